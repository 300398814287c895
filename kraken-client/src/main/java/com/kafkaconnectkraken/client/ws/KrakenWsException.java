package com.kafkaconnectkraken.client.ws;

/**
 * Base class of every failure reported by {@link KrakenWsSession}. Messages never contain the
 * WebSocket token or a request payload.
 */
public class KrakenWsException extends RuntimeException {

    /**
     * @param message what went wrong
     */
    public KrakenWsException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause   the underlying failure (may be {@code null})
     */
    public KrakenWsException(String message, Throwable cause) {
        super(message, cause);
    }
}
