package com.kafkaconnectkraken.simulator.exchange.rest;

import com.kafkaconnectkraken.client.spot.protocol.RestCosts;
import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import com.kafkaconnectkraken.simulator.exchange.engine.KrakenRejection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Server-side REST call counter per API key (docs/protocol/kraken-spot.md §6.3): +1 per call, +{@code historyCost} for
 * ledger/trade-history calls ({@code Ledgers}, {@code QueryLedgers}, {@code TradesHistory},
 * {@code QueryTrades}), linear decay. The docs disagree on the history cost (2 vs 4), so it is configurable.
 * A refused call is not counted. Thread-safe.
 */
public final class RestRateLimit {

    private final RestTier tier;
    private final int historyCost;
    private final Clock clock;
    private final Map<String, double[]> counters = new HashMap<>();
    private final Map<String, Instant> updated = new HashMap<>();

    /**
     * @param tier        maximum and decay
     * @param historyCost cost of a history call (docs: 2, newer page: 4)
     * @param clock       time source for decay
     */
    public RestRateLimit(RestTier tier, int historyCost, Clock clock) {
        this.tier = tier;
        this.historyCost = historyCost;
        this.clock = clock;
    }

    /** @return the cost of one call to {@code method} */
    public int costOf(String method) {
        return RestCosts.costOf(method, historyCost);
    }

    /**
     * Charges one call.
     *
     * @throws KrakenRejection {@code EAPI:Rate limit exceeded} if the counter would exceed the maximum
     */
    public synchronized void charge(String apiKey, String method) {
        Instant now = clock.instant();
        double[] value = counters.computeIfAbsent(apiKey, k -> new double[1]);
        Instant last = updated.put(apiKey, now);
        if (last != null) {
            double seconds = Math.max(0, Duration.between(last, now).toNanos() / 1e9);
            value[0] = Math.max(0, value[0] - seconds * tier.decayPerSecond());
        }
        int cost = costOf(method);
        if (value[0] + cost > tier.maxCounter()) {
            throw new KrakenRejection("EAPI:Rate limit exceeded");
        }
        value[0] += cost;
    }
}
