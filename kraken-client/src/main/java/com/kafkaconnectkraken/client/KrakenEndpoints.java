package com.kafkaconnectkraken.client;

import java.net.URI;
import java.util.Objects;

/**
 * The four Kraken Spot base URLs a client needs, as configuration rather than constants.
 *
 * <p>Source: https://docs.kraken.com/api/docs/guides/spot-ws-intro and
 * https://docs.kraken.com/api/docs/websocket-v2/level3 (docs/protocol/kraken-spot.md §1.1). Tests and the local
 * simulator build their own instance with loopback URLs.
 *
 * @param publicWs  public market data WebSocket v2 (ticker, book, trade, ohlc, instrument, status,
 *                  heartbeat, ping), e.g. {@code wss://ws.kraken.com/v2}
 * @param privateWs authenticated WebSocket v2 (executions, balances and every trading method),
 *                  e.g. {@code wss://ws-auth.kraken.com/v2}
 * @param level3Ws  level3 (order-by-order book, token required), e.g. {@code wss://ws-l3.kraken.com/v2}
 * @param rest      REST base URL without path, e.g. {@code https://api.kraken.com}; calls go to
 *                  {@code /0/public/*} and {@code /0/private/*} below it
 */
public record KrakenEndpoints(URI publicWs, URI privateWs, URI level3Ws, URI rest) {

    private static final URI PRODUCTION_LEVEL3 = URI.create("wss://ws-l3.kraken.com/v2");
    private static final URI PRODUCTION_REST = URI.create("https://api.kraken.com");

    /**
     * Validates that no URL is missing.
     *
     * @throws NullPointerException if any URL is {@code null}
     */
    public KrakenEndpoints {
        Objects.requireNonNull(publicWs, "publicWs");
        Objects.requireNonNull(privateWs, "privateWs");
        Objects.requireNonNull(level3Ws, "level3Ws");
        Objects.requireNonNull(rest, "rest");
    }

    /**
     * Kraken production: {@code wss://ws.kraken.com/v2}, {@code wss://ws-auth.kraken.com/v2},
     * {@code wss://ws-l3.kraken.com/v2}, {@code https://api.kraken.com}.
     *
     * @return the production endpoints
     */
    public static KrakenEndpoints production() {
        return new KrakenEndpoints(URI.create("wss://ws.kraken.com/v2"),
                URI.create("wss://ws-auth.kraken.com/v2"), PRODUCTION_LEVEL3, PRODUCTION_REST);
    }

    /**
     * Kraken beta WebSocket v2: {@code wss://beta-ws.kraken.com/v2} and
     * {@code wss://beta-ws-auth.kraken.com/v2}. Beta runs beta API software against the
     * <b>production matching engine</b> (orders are real). No beta level3 endpoint is documented,
     * so level3 falls back to production {@code wss://ws-l3.kraken.com/v2}; REST has no beta host
     * and stays {@code https://api.kraken.com}.
     *
     * @return the beta endpoints
     */
    public static KrakenEndpoints beta() {
        return new KrakenEndpoints(URI.create("wss://beta-ws.kraken.com/v2"),
                URI.create("wss://beta-ws-auth.kraken.com/v2"), PRODUCTION_LEVEL3, PRODUCTION_REST);
    }
}
