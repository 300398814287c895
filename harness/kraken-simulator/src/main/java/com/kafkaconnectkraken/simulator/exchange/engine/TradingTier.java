package com.kafkaconnectkraken.simulator.exchange.engine;

/**
 * Per-pair trading limits of a verification tier (https://docs.kraken.com/api/docs/guides/spot-ratelimits,
 * docs/protocol/kraken-spot.md §5.9).
 *
 * @param threshold      rate counter maximum ({@code maxratecount}); above it {@code EOrder:Rate limit exceeded}
 * @param decayPerSecond how much the counter drops per second
 * @param maxOpenOrders  open orders per pair; above it {@code EOrder:Orders limit exceeded}
 */
public record TradingTier(double threshold, double decayPerSecond, int maxOpenOrders) {

    /** Starter: 60, −1/s, 60 open orders. */
    public static final TradingTier STARTER = new TradingTier(60, 1.0, 60);
    /** Intermediate: 125, −2.34/s, 80 open orders (the simulator's default; matches the docs' maxratecount 125). */
    public static final TradingTier INTERMEDIATE = new TradingTier(125, 2.34, 80);
    /** Pro: 180, −3.75/s, 225 open orders. */
    public static final TradingTier PRO = new TradingTier(180, 3.75, 225);
}
