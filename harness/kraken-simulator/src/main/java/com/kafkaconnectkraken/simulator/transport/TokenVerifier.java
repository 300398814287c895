package com.kafkaconnectkraken.simulator.transport;

/** Decides whether a WebSocket token (from {@code GetWebSocketsToken}) may be used now. */
@FunctionalInterface
public interface TokenVerifier {

    /**
     * Checks and consumes a token for a new subscription; a token used by a connection stays
     * valid for that connection's life (Kraken: "does not expire once a connection with a private
     * subscription is established").
     *
     * @param token the token from {@code params.token}
     * @return {@code true} if the token was issued by this simulator and is not expired
     */
    boolean isValid(String token);
}
