package com.kafkaconnectkraken.client.ws;

/**
 * Kraken Futures WebSocket v1 as a {@link WireProtocol}. Its keep-alive is the WebSocket ping frame OkHttp
 * sends every {@code pingInterval} (the docs ask for a ping at least every 60 s; that a protocol ping frame
 * satisfies it is [INFERRED], and the {@code heartbeat} feed the connector subscribes keeps traffic flowing
 * under the other reading), so there is no application ping.
 *
 * @param router   inbound frame routing
 * @param requests the request in flight and the queued ones
 */
record FuturesWire(FuturesFrameRouter router, SerialRequests requests) implements WireProtocol {

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
