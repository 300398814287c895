package com.kafkaconnectkraken.simulator.exchange.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeJson;
import java.time.Instant;

/**
 * One parsed private WS request (docs/protocol/kraken-spot.md §1.2).
 *
 * @param session the connection it came from
 * @param method  {@code method}
 * @param params  {@code params} (an empty object when absent)
 * @param reqId   {@code req_id} node to echo, or {@code null}
 * @param timeIn  receipt time ({@code time_in})
 */
record WsRequest(Session session, String method, JsonNode params, JsonNode reqId, Instant timeIn) {

    WsRequest {
        if (params == null || !params.isObject()) {
            params = ExchangeJson.object();
        }
    }

    /** @return a success envelope for this request */
    ObjectNode success(JsonNode result, Instant timeOut) {
        return Envelope.success(method, reqId, result, timeIn, timeOut);
    }

    /** @return a failure envelope for this request */
    ObjectNode failure(String error, Instant timeOut) {
        return Envelope.failure(method, reqId, error, timeIn, timeOut);
    }

    /** @return {@code params.token} or {@code null} */
    String token() {
        JsonNode t = params.get("token");
        return t == null || !t.isTextual() ? null : t.asText();
    }
}
