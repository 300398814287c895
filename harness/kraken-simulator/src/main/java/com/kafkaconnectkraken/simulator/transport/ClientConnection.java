package com.kafkaconnectkraken.simulator.transport;

import java.util.List;
import java.util.Map;

/**
 * One server-side WebSocket connection of the simulator, as seen by an endpoint.
 *
 * <p>Implementations are thread-safe: {@link #send(String)} may be called from any thread and
 * frames from one caller are delivered in call order.
 */
public interface ClientConnection {

    /** @return a process-unique id of this connection (also used as the status frame's {@code connection_id}). */
    long id();

    /**
     * Queues one JSON text frame for delivery; a no-op once the connection is closed.
     *
     * @param text the complete JSON frame
     */
    void send(String text);

    /**
     * Closes the connection with a WebSocket close frame.
     *
     * @param code   RFC 6455 close code (1000 normal, 1001 going away, 1011 server error)
     * @param reason short reason text, may be empty
     */
    void close(int code, String reason);

    /** Drops the TCP connection without a close frame (fault injection: "connection lost"). */
    void abort();

    /** @return {@code true} until the connection is closed or aborted. */
    boolean isOpen();

    /**
     * @return the decoded query parameters of the upgrade request (e.g. {@code token} of
     *         {@code /api/v1/ws?token=...}); empty when there were none or the connection has no request
     */
    default Map<String, List<String>> requestParameters() {
        return Map.of();
    }

    /**
     * Sends one WebSocket ping frame (RFC 6455 §5.5.2); a no-op once the connection is closed, or for a
     * connection that has no socket.
     *
     * @param payload at most 125 bytes
     */
    default void ping(byte[] payload) {
    }
}
