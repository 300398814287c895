package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One response frame (server to client) of Kraken WebSocket v2, docs/protocol/kraken-spot.md §1.3
 * (https://docs.kraken.com/api/docs/guides/spot-ws-intro):
 * {@code {"method":"add_order","req_id":123,"result":{...},"success":true,"time_in":"...","time_out":"..."}}
 * or, on failure, {@code "success":false,"error":"EOrder:Insufficient funds"}. The {@code pong}
 * answer to {@code ping} has neither {@code success} nor {@code result}; it counts as a success.
 *
 * <p>Note the observed server quirk that an <b>un</b>subscribe error can come back with
 * {@code "method":"subscribe"}: the session correlates by {@code req_id} only and never trusts
 * {@code method} on an error.
 *
 * @param method     the {@code method} field as sent by the server (untrusted on errors)
 * @param reqId      the echoed {@code req_id}, or {@code null} when the frame has none
 * @param success    {@code success}, or {@code true} when absent and no {@code error} is present
 * @param result     the {@code result} node (an object, or an array for {@code batch_add}), or
 *                   {@code null}; numbers are exact ({@code BigDecimal} with wire scale)
 * @param error      Kraken's error string (a single string, not an array), or {@code null}
 * @param symbol     the symbol the frame is about: top-level {@code symbol} (failed per-symbol
 *                   acks) or {@code result.symbol} (successful acks), else {@code null}
 * @param timeIn     {@code time_in} text (RFC3339, microseconds), or {@code null}
 * @param timeOut    {@code time_out} text, or {@code null}
 * @param frame      the whole parsed frame, for fields not modelled here
 * @param receivedAt when this process read the frame off the socket
 */
public record KrakenWsResponse(String method, Long reqId, boolean success, JsonNode result,
                               String error, String symbol, String timeIn, String timeOut,
                               JsonNode frame, Instant receivedAt) {

    /**
     * Validates the required components.
     *
     * @throws NullPointerException if {@code frame} or {@code receivedAt} is {@code null}
     */
    public KrakenWsResponse {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /**
     * Reads a response envelope from a parsed frame.
     *
     * @param frame      a JSON object with a {@code method} field
     * @param receivedAt receive time
     * @return the response; never {@code null}
     */
    public static KrakenWsResponse from(JsonNode frame, Instant receivedAt) {
        JsonNode reqId = frame.get("req_id");
        String error = text(frame, "error");
        JsonNode success = frame.get("success");
        boolean ok = success != null && success.isBoolean() ? success.booleanValue() : error == null;
        JsonNode result = frame.get("result");
        String symbol = text(frame, "symbol");
        if (symbol == null && result != null && result.isObject()) {
            symbol = text(result, "symbol");
        }
        return new KrakenWsResponse(text(frame, "method"),
                reqId != null && reqId.canConvertToLong() ? reqId.longValue() : null,
                ok, result, error, symbol, text(frame, "time_in"), text(frame, "time_out"),
                frame, receivedAt);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * Describes the frame without its payload (payloads may hold order details).
     *
     * @return method, req_id, success, symbol and error
     */
    @Override
    public String toString() {
        return "KrakenWsResponse[method=" + method + ", reqId=" + reqId + ", success=" + success
                + (symbol == null ? "" : ", symbol=" + symbol)
                + (error == null ? "" : ", error=" + error) + "]";
    }
}
