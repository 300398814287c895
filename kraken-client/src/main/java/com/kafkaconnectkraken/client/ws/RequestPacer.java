package com.kafkaconnectkraken.client.ws;

import java.util.function.LongSupplier;

/**
 * Spaces requests evenly at no more than {@code maxPerSecond}: each {@link #reserve()} claims the
 * next free slot and returns how long the caller must wait for it. No burst allowance, so a
 * resubscribe of many subscriptions never exceeds the rate even momentarily (Kraken does not
 * publish its WebSocket message-rate limit, docs/protocol/kraken-spot.md §1.6). Thread-safe; never blocks.
 */
final class RequestPacer {

    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private long nextFreeNanos;
    private boolean used;

    /**
     * @param maxPerSecond maximum requests per second (&gt;= 1)
     * @param nanoClock    monotonic clock in nanoseconds, normally {@code System::nanoTime}
     */
    RequestPacer(int maxPerSecond, LongSupplier nanoClock) {
        if (maxPerSecond < 1) {
            throw new IllegalArgumentException("maxPerSecond must be >= 1, was " + maxPerSecond);
        }
        this.intervalNanos = 1_000_000_000L / maxPerSecond;
        this.nanoClock = nanoClock;
    }

    /**
     * Claims the next send slot.
     *
     * @return nanoseconds to wait before sending (0 = send now)
     */
    synchronized long reserve() {
        long now = nanoClock.getAsLong();
        long slot = !used || now - nextFreeNanos > 0 ? now : nextFreeNanos;
        used = true;
        nextFreeNanos = slot + intervalNanos;
        return slot - now;
    }
}
