package com.kafkaconnectkraken.client.ws;

import com.kafkaconnectkraken.client.trader.TraderTokens;
import com.kafkaconnectkraken.client.trader.protocol.TraderEndpoints;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import okhttp3.Request;

/**
 * The Trader API as a {@link WireProtocol} (docs/protocol/trader-api.md §1): every connection's upgrade carries a
 * current JWT as {@code ?token=} (logging in first when needed); the keep-alive is the WebSocket ping frame OkHttp
 * sends every {@code pingInterval}, and OkHttp answers the server's ping frames with pongs by itself.
 *
 * @param router   inbound frame routing
 * @param requests the action in flight and the queued ones
 * @param tokens   the JWT source
 */
record TraderWire(TraderFrameRouter router, SerialRequests requests, TraderTokens tokens) implements WireProtocol {

    @Override
    public Request openRequest(URI uri) throws Exception {
        String base = uri.toString();
        String token = URLEncoder.encode(tokens.current(), StandardCharsets.UTF_8);
        return new Request.Builder().url(base + (uri.getRawQuery() == null ? "?" : "&")
                + TraderEndpoints.TOKEN_PARAM + "=" + token).build();
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
