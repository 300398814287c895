package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one request frame {@code {"method":..,"params":{..},"req_id":n}} docs/protocol/kraken-spot.md §1.2,
 * https://docs.kraken.com/api/docs/guides/spot-ws-intro) and registers it with the
 * {@link RequestTracker} before it leaves, so no response can be missed.
 *
 * <p>Adds the connection's token as {@code params.token} where Kraken requires it
 * (docs/protocol/kraken-spot.md §4.1): every trading method, and {@code subscribe}/{@code unsubscribe} of
 * {@code executions}, {@code balances}, {@code level3}; never to {@code ping} or public channels.
 * The connection's fresh token replaces any {@code token} the caller put in; without a
 * {@link TokenProvider} a caller-supplied token is sent as is. The caller's params are copied,
 * never modified. Frames are never logged (they hold the token).
 */
final class RequestSender {

    private static final Logger log = LoggerFactory.getLogger(RequestSender.class);

    private final ObjectMapper mapper = KrakenJson.mapper();
    private final RequestTracker tracker;
    private final Duration timeout;

    /**
     * @param tracker pending requests
     * @param timeout per-request response timeout
     */
    RequestSender(RequestTracker tracker, Duration timeout) {
        this.tracker = tracker;
        this.timeout = timeout;
    }

    /**
     * Sends a request on a connection.
     *
     * @param connection   the connection, or {@code null} when not connected
     * @param method       Kraken method, e.g. {@code add_order}
     * @param params       request params without token, or {@code null}
     * @param expected     response frames to wait for
     * @param symbolScoped whether acks are per symbol ({@code subscribe}/{@code unsubscribe})
     * @return the response frames; fails with {@link KrakenWsConnectionException} (not connected,
     *         send refused), {@link KrakenWsTimeoutException}, or {@link IllegalStateException}
     *         when a token is required but the session has no {@link TokenProvider}
     */
    CompletableFuture<List<KrakenWsResponse>> send(WsConnection connection, String method, ObjectNode params,
                                                   int expected, boolean symbolScoped) {
        if (connection == null) {
            return CompletableFuture.failedFuture(
                    new KrakenWsConnectionException("Not connected; " + method + " was not sent", null, false));
        }
        long reqId = tracker.nextReqId();
        String text;
        try {
            text = encode(method, params, reqId, connection.token());
        } catch (IllegalStateException | JsonProcessingException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<List<KrakenWsResponse>> responses = tracker.track(reqId, method, expected, symbolScoped, timeout);
        if (!connection.send(text)) {
            tracker.fail(reqId, new KrakenWsConnectionException("Socket refused " + method + " req_id " + reqId
                    + " (connection closing or outbound queue full); it was not sent", null, false));
        } else {
            log.debug("Sent {} req_id {} on connection {}", method, reqId, connection.id());
        }
        return responses;
    }

    /**
     * @param method Kraken method
     * @param params request params (for subscribe/unsubscribe: with {@code channel})
     * @return whether Kraken requires {@code params.token} for this request
     */
    static boolean needsToken(String method, ObjectNode params) {
        switch (method) {
            case "ping":
                return false;
            case "subscribe":
            case "unsubscribe":
                return params != null && SpotChannel.find(params.path("channel").asText())
                        .map(SpotChannel::requiresToken).orElse(false);
            default:
                return true;
        }
    }

    private String encode(String method, ObjectNode params, long reqId, String token) throws JsonProcessingException {
        ObjectNode frame = mapper.createObjectNode();
        frame.put("method", method);
        ObjectNode body = params == null ? null : params.deepCopy();
        if (needsToken(method, params)) {
            if (token != null) {
                body = body == null ? mapper.createObjectNode() : body;
                body.put("token", token);
            } else if (body == null || !body.has("token")) {
                throw new IllegalStateException(method + " needs a WebSocket token (params.token) but the session has "
                        + "no TokenProvider");
            }
        }
        if (body != null) {
            frame.set("params", body);
        }
        frame.put("req_id", reqId);
        return mapper.writeValueAsString(frame);
    }
}
