package com.kafkaconnectkraken.connect;

import java.time.Duration;
import java.util.Optional;

/**
 * The WebSocket session keys every Kraken connector defines under the same name, with the same
 * documentation where the meaning is the same: the request timeout and the reconnect backoff
 * (named like Kafka's own clients' {@code reconnect.backoff.ms} / {@code reconnect.backoff.max.ms}).
 * Each connector defines them in its own {@code <Side>ConfigDef} section, with its own defaults and
 * bounds, and checks the backoff pair with {@link #checkBackoff}. The delays follow
 * {@code client.retry.ExponentialBackoff} (doubling, full jitter), as Kraken asks of reconnecting
 * clients (https://docs.kraken.com/api/docs/guides/spot-ws-intro).
 */
public final class WsSessionKeys {

    /** Milliseconds one WebSocket request waits for Kraken's answer. */
    public static final String WS_REQUEST_TIMEOUT_MS = "ws.request.timeout.ms";
    /** Milliseconds: ceiling of the first reconnect delay. */
    public static final String RECONNECT_BACKOFF_MS = "reconnect.backoff.ms";
    /** Milliseconds: cap of every reconnect delay ceiling. */
    public static final String RECONNECT_BACKOFF_MAX_MS = "reconnect.backoff.max.ms";

    /** Documentation of {@link #WS_REQUEST_TIMEOUT_MS}; a connector appends what a timeout means for it. */
    public static final String WS_REQUEST_TIMEOUT_DOC = "How long one WebSocket request waits for Kraken's answer, "
            + "in milliseconds.";
    /** Documentation of {@link #RECONNECT_BACKOFF_MS}; a connector appends what else it paces. */
    public static final String RECONNECT_BACKOFF_DOC = "Ceiling of the first reconnect delay in milliseconds after a "
            + "disconnect; it doubles per attempt up to " + RECONNECT_BACKOFF_MAX_MS + ", each delay drawn with full jitter.";
    /** Documentation of {@link #RECONNECT_BACKOFF_MAX_MS}. */
    public static final String RECONNECT_BACKOFF_MAX_DOC = "Cap of the reconnect delay ceiling in milliseconds.";

    private WsSessionKeys() {
    }

    /**
     * The cross-field rule of the backoff pair.
     *
     * @param backoff    value of {@link #RECONNECT_BACKOFF_MS}
     * @param backoffMax value of {@link #RECONNECT_BACKOFF_MAX_MS}
     * @return a problem on {@link #RECONNECT_BACKOFF_MS} when it exceeds the cap; empty otherwise
     */
    public static Optional<ConfigProblem> checkBackoff(Duration backoff, Duration backoffMax) {
        if (backoff.compareTo(backoffMax) > 0) {
            return Optional.of(new ConfigProblem(RECONNECT_BACKOFF_MS, "must not exceed " + RECONNECT_BACKOFF_MAX_MS));
        }
        return Optional.empty();
    }
}
