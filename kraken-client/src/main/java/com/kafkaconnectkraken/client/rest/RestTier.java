package com.kafkaconnectkraken.client.rest;

/**
 * Kraken verification tiers and their REST call-counter limits
 * (https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits, PROTOCOL.md 6.3).
 * Master and subaccounts share the master's tier.
 */
public enum RestTier {
    /** Maximum 15, decays by 0.33 per second. */
    STARTER(15, 0.33),
    /** Maximum 20, decays by 0.5 per second. */
    INTERMEDIATE(20, 0.5),
    /** Maximum 20, decays by 1 per second. */
    PRO(20, 1.0);

    private final int maxCounter;
    private final double decayPerSecond;

    RestTier(int maxCounter, double decayPerSecond) {
        this.maxCounter = maxCounter;
        this.decayPerSecond = decayPerSecond;
    }

    /** @return the counter value above which Kraken answers {@code EAPI:Rate limit exceeded} */
    public int maxCounter() {
        return maxCounter;
    }

    /** @return how much the counter decreases per second */
    public double decayPerSecond() {
        return decayPerSecond;
    }
}
