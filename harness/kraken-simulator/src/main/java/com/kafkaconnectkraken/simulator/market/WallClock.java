package com.kafkaconnectkraken.simulator.market;

import java.time.Instant;

/** Wall-clock time in epoch nanoseconds (timestamps are wall clock; the event sequence is seeded). */
final class WallClock {

    private WallClock() {
    }

    static long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    static Instant instant(long epochNanos) {
        return Instant.ofEpochSecond(0, epochNanos);
    }
}
