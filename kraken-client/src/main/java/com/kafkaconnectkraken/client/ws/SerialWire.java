package com.kafkaconnectkraken.client.ws;

import java.net.URI;
import okhttp3.Request;

/**
 * A protocol without request ids (Kraken Futures v1, the Trader API) as a {@link WireProtocol}: frames go to the
 * venue's router, requests wait one at a time in {@link SerialRequests}. The keep-alive is the WebSocket ping frame
 * OkHttp sends every {@code pingInterval} (OkHttp also answers the server's ping frames with pongs), so there is no
 * application ping. Kraken Futures asks for a ping at least every 60 s; that a ping frame satisfies it is [INFERRED]
 * (docs/protocol/kraken-futures.md §1), and the {@code heartbeat} feed the connector subscribes covers the other reading.
 *
 * @param router   inbound frame routing
 * @param requests the request in flight and the queued ones
 * @param upgrade  builds each connection's upgrade request (the Trader API puts a fresh JWT in its query)
 */
record SerialWire(FrameSink router, SerialRequests requests, Upgrade upgrade) implements WireProtocol {

    /** Builds the upgrade request of a new connection, on the lifecycle thread (it may block). */
    @FunctionalInterface
    interface Upgrade {
        /** The configured endpoint as is. */
        Upgrade PLAIN = uri -> new Request.Builder().url(uri.toString()).build();

        /**
         * @param uri the configured endpoint
         * @return the request to open
         * @throws Exception when the connection cannot be attempted now
         */
        Request request(URI uri) throws Exception;
    }

    @Override
    public Request openRequest(URI uri) throws Exception {
        return upgrade.request(uri);
    }

    @Override
    public FrameSink frames() {
        return router;
    }

    @Override
    public void ping(WsConnection connection) {
        // OkHttp's ping frames (pingInterval) are the keep-alive.
    }

    @Override
    public void failPending(String why, Throwable cause, boolean requestSent) {
        requests.failAll(why, cause, requestSent);
    }

    @Override
    public String systemStatus() {
        return null;
    }
}
