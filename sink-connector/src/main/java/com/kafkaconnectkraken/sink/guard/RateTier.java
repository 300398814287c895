package com.kafkaconnectkraken.sink.guard;

import java.util.Locale;

/**
 * Kraken's per-pair trading rate counter parameters by verification tier (PROTOCOL.md §5.9,
 * https://docs.kraken.com/api/docs/guides/spot-ratelimits): threshold and decay per second.
 */
public enum RateTier {
    STARTER(60, 1.0),
    INTERMEDIATE(125, 2.34),
    PRO(180, 3.75);

    private final int threshold;
    private final double decayPerSecond;

    RateTier(int threshold, double decayPerSecond) {
        this.threshold = threshold;
        this.decayPerSecond = decayPerSecond;
    }

    /** @return the counter value past which Kraken answers {@code EOrder:Rate limit exceeded}. */
    public int threshold() {
        return threshold;
    }

    /** @return how much the counter decays per second. */
    public double decayPerSecond() {
        return decayPerSecond;
    }

    /** @return the tier for a config value (starter|intermediate|pro), case-insensitive. */
    public static RateTier of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
