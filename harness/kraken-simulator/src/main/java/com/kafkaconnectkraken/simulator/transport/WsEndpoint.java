package com.kafkaconnectkraken.simulator.transport;

/**
 * Protocol logic behind one simulated WebSocket URL (public, private/auth, level3).
 *
 * <p>Callbacks for one connection are never concurrent with each other.
 */
public interface WsEndpoint {

    /** Called once when a client connected. */
    void onOpen(ClientConnection connection);

    /** Called for each complete text frame the client sent. */
    void onText(ClientConnection connection, String text);

    /** Called once when the connection is gone, however it ended. */
    void onClose(ClientConnection connection);

    /** Called for each pong frame the client sent (an answer to {@link ClientConnection#ping}, or unsolicited). */
    default void onPong(ClientConnection connection) {
    }

    /**
     * Decides whether a ping frame the client sent is answered with a pong (RFC 6455 requires it; a test may want a
     * server that does not).
     *
     * @return {@code true} (the default) to answer it
     */
    default boolean answersPing(ClientConnection connection) {
        return true;
    }
}
