package com.kafkaconnectkraken.client.ws;

/**
 * Supplies a fresh Kraken WebSocket token for one (re)connection.
 *
 * <p>A token comes from REST {@code POST /0/private/GetWebSocketsToken}
 * (https://docs.kraken.com/api/docs/rest-api/get-websockets-token); it must be used within 15
 * minutes of creation, and once a connection holds a private subscription it stays valid for
 * the life of that connection (https://docs.kraken.com/api/docs/guides/spot-ws-auth). The
 * session therefore calls {@link #fetchToken()} on <b>every</b> connect and reconnect and never
 * caches a token across connections.
 *
 * <p>Called on the session's lifecycle thread (never on the socket reader thread), so a
 * blocking REST call is fine. Typical implementation:
 * {@code () -> restClient.webSocketsToken().token()}.
 */
@FunctionalInterface
public interface TokenProvider {

    /**
     * Fetches a new token.
     *
     * @return the token text; never {@code null} or blank (the session treats that as a failure)
     * @throws Exception when the token cannot be obtained; the session reports it as a connection
     *                   failure and retries with backoff (or fails {@code connect()} on the first
     *                   connection)
     */
    String fetchToken() throws Exception;
}
