package com.kafkaconnectkraken.simulator.exchange.rest;

/**
 * Per-API-key REST call counter limits (https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits,
 * docs/protocol/kraken-spot.md §6.3).
 *
 * @param maxCounter     counter maximum; a call that would exceed it gets {@code EAPI:Rate limit exceeded}
 * @param decayPerSecond how much the counter drops per second
 */
public record RestTier(double maxCounter, double decayPerSecond) {

    /** Starter: 15, −0.33/s. */
    public static final RestTier STARTER = new RestTier(15, 0.33);
    /** Intermediate: 20, −0.5/s (the simulator's default). */
    public static final RestTier INTERMEDIATE = new RestTier(20, 0.5);
    /** Pro: 20, −1/s. */
    public static final RestTier PRO = new RestTier(20, 1.0);
}
