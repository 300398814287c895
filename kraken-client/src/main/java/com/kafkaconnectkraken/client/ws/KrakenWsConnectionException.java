package com.kafkaconnectkraken.client.ws;

/**
 * A request could not be answered because of the connection: the session was not connected,
 * the socket refused the frame, the connection was lost before the response arrived, or the
 * session was closed.
 *
 * <p>{@link #requestSent()} tells a trading caller whether the exchange may have seen the
 * request: {@code false} means it was never written to the socket (safe to retry), {@code true}
 * means it was handed to the socket and its outcome is <b>unknown</b> (reconcile through the
 * {@code executions} channel before retrying).
 */
public final class KrakenWsConnectionException extends KrakenWsException {

    private final boolean requestSent;

    /**
     * @param message     what happened
     * @param cause       underlying failure (may be {@code null})
     * @param requestSent whether the request had been handed to the socket
     */
    public KrakenWsConnectionException(String message, Throwable cause, boolean requestSent) {
        super(message, cause);
        this.requestSent = requestSent;
    }

    /**
     * @return {@code true} if the request was handed to the socket (outcome unknown),
     *         {@code false} if it never left this process
     */
    public boolean requestSent() {
        return requestSent;
    }
}
