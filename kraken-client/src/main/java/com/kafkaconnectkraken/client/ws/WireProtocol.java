package com.kafkaconnectkraken.client.ws;

import java.net.URI;
import okhttp3.Request;

/**
 * What the shared connection lifecycle ({@link ConnectionSupervisor}: open, watchdog, reconnect with the
 * project's one backoff, restore, gap events) needs from a venue's WebSocket protocol. Kraken Spot v2
 * ({@link KrakenWsSession}), Kraken Futures v1 ({@link FuturesWsSession}) and the Trader API
 * ({@link TraderWsSession}) each supply one.
 */
interface WireProtocol {

    /**
     * Builds the upgrade request of a new connection; called on the lifecycle thread before every connect,
     * so it may block (the Trader API logs in here and puts its JWT in the query).
     *
     * @param uri the configured endpoint
     * @return the request to open
     * @throws Exception when the connection cannot be attempted now (reported as a connection failure)
     */
    default Request openRequest(URI uri) throws Exception {
        return new Request.Builder().url(uri.toString()).build();
    }

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
