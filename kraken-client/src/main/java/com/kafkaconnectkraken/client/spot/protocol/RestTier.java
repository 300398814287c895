package com.kafkaconnectkraken.client.spot.protocol;

import java.util.Locale;

/**
 * Kraken's per-API-key REST call counter limits of a verification tier; master and subaccounts share the
 * master's tier (docs/protocol/kraken-spot.md §6.3, https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits).
 *
 * @param maxCounter     counter maximum; a call that would exceed it gets {@code EAPI:Rate limit exceeded}
 * @param decayPerSecond how much the counter drops per second
 */
public record RestTier(double maxCounter, double decayPerSecond) {

    /** Starter: 15, -0.33/s. */
    public static final RestTier STARTER = new RestTier(15, 0.33);
    /** Intermediate: 20, -0.5/s. */
    public static final RestTier INTERMEDIATE = new RestTier(20, 0.5);
    /** Pro: 20, -1/s. */
    public static final RestTier PRO = new RestTier(20, 1.0);

    /**
     * @param name {@code starter}, {@code intermediate} or {@code pro}, any case
     * @return the tier
     * @throws IllegalArgumentException for another name
     */
    public static RestTier of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "starter" -> STARTER;
            case "intermediate" -> INTERMEDIATE;
            case "pro" -> PRO;
            default -> throw new IllegalArgumentException("Unknown tier '" + name + "' (starter, intermediate, pro)");
        };
    }
}
