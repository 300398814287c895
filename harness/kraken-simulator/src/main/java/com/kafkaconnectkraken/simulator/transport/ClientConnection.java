package com.kafkaconnectkraken.simulator.transport;

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
}
