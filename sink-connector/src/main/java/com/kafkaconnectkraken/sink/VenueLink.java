package com.kafkaconnectkraken.sink;

import com.kafkaconnectkraken.client.retry.ExponentialBackoff;
import com.kafkaconnectkraken.sink.metrics.SinkTaskMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sink task's link to its venue, exposed as the JMX attribute {@code connection-state}
 * ({@link SinkTaskMetrics#connectionState}): {@code CONNECTING} until the first connection is up, {@code CONNECTED},
 * {@code RETRYING} while connecting or authenticating fails with a transient error (or the connection is down) and
 * is tried again after the project's backoff (reconnect.backoff.ms doubling to reconnect.backoff.max.ms, full
 * jitter), {@code CLOSED} once the task stops. One log line per change of state, not per attempt; attempts never
 * run out. Thread-safe.
 */
final class VenueLink {

    /** The states, in the order a task normally goes through them. */
    enum State { CONNECTING, CONNECTED, RETRYING, CLOSED }

    private static final Logger log = LoggerFactory.getLogger(VenueLink.class);

    private final String name;
    private final ExponentialBackoff backoff;
    private final SinkTaskMetrics metrics;
    private volatile State state = State.CONNECTING;
    private int attempts;

    /**
     * @param name    the task's name for log lines, e.g. {@code kraken-sink orders-sink-0}
     * @param backoff the wait before each new attempt
     * @param metrics where {@code connection-state} is registered
     */
    VenueLink(String name, ExponentialBackoff backoff, SinkTaskMetrics metrics) {
        this.name = name;
        this.backoff = backoff;
        this.metrics = metrics;
        metrics.connectionState(() -> state.name());
    }

    /** @return the current state */
    State state() {
        return state;
    }

    /** The venue is connected (again): CONNECTED, attempts start over. */
    synchronized void up() {
        if (state == State.RETRYING) {
            log.info("{}: venue connection RETRYING -> CONNECTED after {} failed attempt(s)", name, attempts);
        } else if (state == State.CONNECTING) {
            log.info("{}: venue connection CONNECTING -> CONNECTED", name);
        }
        attempts = 0;
        if (state != State.CLOSED) {
            state = State.CONNECTED;
        }
    }

    /**
     * An attempt failed transiently, or the connection is down: RETRYING.
     *
     * @param reason why, without secrets (an exception's message chain)
     * @return the wait before the next attempt, in ms
     */
    synchronized long down(String reason) {
        attempts++;
        long wait = backoff.delay(attempts).toMillis();
        metrics.connectRetry();
        if (state != State.RETRYING && state != State.CLOSED) {
            log.warn("{}: venue connection {} -> RETRYING ({}); next attempt in {} ms", name, state, reason, wait);
            state = State.RETRYING;
        } else {
            log.debug("{}: still RETRYING (attempt {}: {}); next attempt in {} ms", name, attempts, reason, wait);
        }
        return wait;
    }

    /** The task stopped. */
    void closed() {
        state = State.CLOSED;
    }
}
