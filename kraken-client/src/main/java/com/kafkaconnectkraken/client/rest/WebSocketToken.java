package com.kafkaconnectkraken.client.rest;

import java.util.Objects;

/**
 * A WebSocket v2 authentication token from {@code POST /0/private/GetWebSocketsToken}
 * (https://docs.kraken.com/api/docs/rest-api/get-websockets-token). It must be used within
 * {@code expiresSeconds} (900 s = 15 minutes) of creation; once a connection with a private
 * subscription is established it stays valid for that connection. Fetch a fresh one per
 * (re)connection.
 *
 * @param token          the token, sent as {@code params.token} (a secret: never log it)
 * @param expiresSeconds validity in seconds from creation if unused
 */
public record WebSocketToken(String token, long expiresSeconds) {

    /**
     * Validates the token.
     *
     * @throws IllegalArgumentException if the token is blank or the expiry is negative
     */
    public WebSocketToken {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("WebSocket token is blank");
        }
        if (expiresSeconds < 0) {
            throw new IllegalArgumentException("WebSocket token expiry must be >= 0 seconds but was " + expiresSeconds);
        }
    }

    /** @return a description with the token masked */
    @Override
    public String toString() {
        return "WebSocketToken[token=****, expiresSeconds=" + expiresSeconds + "]";
    }
}
