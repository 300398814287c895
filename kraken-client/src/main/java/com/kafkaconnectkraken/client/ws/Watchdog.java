package com.kafkaconnectkraken.client.ws;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Staleness detection for one connection: the connection is stale when no frame of any kind
 * (data, heartbeat, pong, response) was read for longer than the stale timeout.
 *
 * <p>Time a listener spends inside a callback is not silence: while the reader thread is
 * dispatching (the listener may block to apply backpressure) the connection is never stale, and
 * the silence clock restarts when the callback returns. Thread-safe.
 */
final class Watchdog {

    private final long staleNanos;
    private final LongSupplier nanoClock;
    private volatile long lastActivityNanos;
    private volatile boolean dispatching;

    /**
     * @param staleTimeout silence that makes the connection stale
     * @param nanoClock    monotonic clock in nanoseconds, normally {@code System::nanoTime}
     */
    Watchdog(Duration staleTimeout, LongSupplier nanoClock) {
        this.staleNanos = staleTimeout.toNanos();
        this.nanoClock = nanoClock;
        this.lastActivityNanos = nanoClock.getAsLong();
    }

    /** Restarts the silence clock, e.g. when the connection opens. */
    void reset() {
        lastActivityNanos = nanoClock.getAsLong();
    }

    /** A frame was read; called by the reader thread before dispatching it. */
    void frameReceived() {
        lastActivityNanos = nanoClock.getAsLong();
        dispatching = true;
    }

    /** The frame's dispatch (listener callback) finished. */
    void dispatchFinished() {
        lastActivityNanos = nanoClock.getAsLong();
        dispatching = false;
    }

    /**
     * @return the current silence, or {@code null} when the connection is not stale
     */
    Duration staleFor() {
        if (dispatching) {
            return null;
        }
        long silence = nanoClock.getAsLong() - lastActivityNanos;
        return silence > staleNanos ? Duration.ofNanos(silence) : null;
    }
}
