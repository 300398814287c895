package com.kafkaconnectkraken.client.ws;

/**
 * Kraken Spot WebSocket v2 as a {@link WireProtocol}: frames go to the {@link FrameRouter}, the keep-alive is
 * the application {@code ping} method (docs/protocol/kraken-spot.md §1.6), pending requests live in the
 * {@link RequestTracker}.
 *
 * @param tracker pending requests by {@code req_id}
 * @param router  inbound frame routing
 * @param sender  outbound requests
 */
record SpotWire(RequestTracker tracker, FrameRouter router, RequestSender sender) implements WireProtocol {

    @Override
    public FrameSink frames() {
        return router;
    }

    @Override
    public void ping(WsConnection connection) {
        sender.send(connection, "ping", null, 1, false);
    }

    @Override
    public void failPending(String why, Throwable cause, boolean requestSent) {
        tracker.failAll((reqId, method) -> new KrakenWsConnectionException(
                why + " before the response to " + method + " req_id " + reqId, cause, requestSent));
    }

    @Override
    public String systemStatus() {
        return router.systemStatus();
    }
}
