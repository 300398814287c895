package com.kafkaconnectkraken.client.ws;

/**
 * What the shared connection lifecycle ({@link ConnectionSupervisor}: open, watchdog, reconnect with the
 * project's one backoff, restore, gap events) needs from a venue's WebSocket protocol. Kraken Spot v2
 * ({@link KrakenWsSession}) and Kraken Futures v1 ({@link FuturesWsSession}) each supply one.
 */
interface WireProtocol {

    /** @return where new connections hand their frames */
    FrameSink frames();

    /**
     * Sends the protocol's keep-alive on {@code connection}, if it has an application-level one.
     *
     * @param connection an open connection
     */
    void ping(WsConnection connection);

    /**
     * Fails every request still waiting for its answer.
     *
     * @param why         {@code "Session closed"} or {@code "Connection lost"}, the start of each failure message
     * @param cause       the connection failure, or {@code null}
     * @param requestSent whether the requests may have reached the server
     */
    void failPending(String why, Throwable cause, boolean requestSent);

    /** @return the venue's last announced engine status (e.g. Spot's {@code maintenance}), or {@code null} */
    String systemStatus();
}
