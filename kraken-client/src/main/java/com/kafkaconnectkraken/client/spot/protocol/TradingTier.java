package com.kafkaconnectkraken.client.spot.protocol;

import java.util.Locale;

/**
 * Kraken's per-pair trading rate counter limits of a verification tier, shared by REST, WebSocket and FIX
 * (docs/protocol/kraken-spot.md §5.9, https://docs.kraken.com/api/docs/guides/spot-ratelimits).
 *
 * @param threshold      counter maximum ({@code maxratecount}); above it {@code EOrder:Rate limit exceeded}
 * @param decayPerSecond how much the counter drops per second
 * @param maxOpenOrders  open orders per pair; above it {@code EOrder:Orders limit exceeded}
 */
public record TradingTier(double threshold, double decayPerSecond, int maxOpenOrders) {

    /** Starter: 60, -1/s, 60 open orders. */
    public static final TradingTier STARTER = new TradingTier(60, 1.0, 60);
    /** Intermediate: 125, -2.34/s, 80 open orders. */
    public static final TradingTier INTERMEDIATE = new TradingTier(125, 2.34, 80);
    /** Pro: 180, -3.75/s, 225 open orders. */
    public static final TradingTier PRO = new TradingTier(180, 3.75, 225);

    /**
     * @param name {@code starter}, {@code intermediate} or {@code pro}, any case
     * @return the tier
     * @throws IllegalArgumentException for another name
     */
    public static TradingTier of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "starter" -> STARTER;
            case "intermediate" -> INTERMEDIATE;
            case "pro" -> PRO;
            default -> throw new IllegalArgumentException("Unknown tier '" + name + "' (starter, intermediate, pro)");
        };
    }
}
