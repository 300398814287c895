package com.kafkaconnectkraken.simulator.exchange.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * Trading rate counter increments per transaction and order age docs/protocol/kraken-spot.md §5.9,
 * https://docs.kraken.com/api/docs/guides/spot-ratelimits). Ages are measured from the order's acceptance.
 */
final class RateCosts {

    private RateCosts() {
    }

    static double add() {
        return 1;
    }

    static double batchAdd(int orders) {
        return orders / 2.0;
    }

    static double amend(Instant placed, Instant now) {
        long ms = age(placed, now);
        return 1 + (ms < 5_000 ? 3 : ms < 10_000 ? 2 : ms < 15_000 ? 1 : 0);
    }

    static double edit(Instant placed, Instant now) {
        long ms = age(placed, now);
        return 1 + (ms < 5_000 ? 6 : ms < 10_000 ? 5 : ms < 15_000 ? 4 : ms < 45_000 ? 2 : ms < 90_000 ? 1 : 0);
    }

    static double cancel(Instant placed, Instant now) {
        long ms = age(placed, now);
        if (ms < 5_000) {
            return 8;
        }
        if (ms < 10_000) {
            return 6;
        }
        if (ms < 15_000) {
            return 5;
        }
        return ms < 45_000 ? 4 : ms < 90_000 ? 2 : ms < 300_000 ? 1 : 0;
    }

    private static long age(Instant placed, Instant now) {
        return Math.max(0, Duration.between(placed, now).toMillis());
    }
}
