package com.kafkaconnectkraken.client.trader.protocol;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The Trader API's endpoints (docs/protocol/trader-api.md §1): the socket {@code wss://<host>/api/v1/ws?token=<JWT>}
 * and the login {@code POST https://<host>/api/v1/login} on the same host [SPEC].
 */
public final class TraderEndpoints {

    /** Path of the WebSocket. */
    public static final String WS_PATH = "/api/v1/ws";
    /** Path of the login call. */
    public static final String LOGIN_PATH = "/api/v1/login";
    /** Query parameter carrying the JWT on the WebSocket upgrade. */
    public static final String TOKEN_PARAM = "token";

    private TraderEndpoints() {
    }

    /**
     * @param ws the socket URI, e.g. {@code wss://trader.example.com/api/v1/ws}
     * @return the login URI on the same host: {@code wss}→{@code https}, {@code ws}→{@code http}, the path's
     *     {@code /api/v1/ws} replaced by {@code /api/v1/login} (a prefix before it is kept)
     * @throws IllegalArgumentException when {@code ws} is not a ws/wss URI
     */
    public static URI loginUri(URI ws) {
        String scheme = switch (String.valueOf(ws.getScheme()).toLowerCase(java.util.Locale.ROOT)) {
            case "wss" -> "https";
            case "ws" -> "http";
            default -> throw new IllegalArgumentException("not a ws:// or wss:// URI: " + ws);
        };
        String path = ws.getPath() == null ? "" : ws.getPath();
        String prefix = path.endsWith(WS_PATH) ? path.substring(0, path.length() - WS_PATH.length()) : "";
        try {
            return new URI(scheme, null, ws.getHost(), ws.getPort(), prefix + LOGIN_PATH, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot derive the login URI from " + ws, e);
        }
    }
}
