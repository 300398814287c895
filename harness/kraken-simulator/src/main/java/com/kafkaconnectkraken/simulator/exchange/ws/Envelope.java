package com.kafkaconnectkraken.simulator.exchange.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeJson;
import java.time.Instant;

/**
 * WS v2 response envelopes (docs/protocol/kraken-spot.md §1.3, https://docs.kraken.com/api/docs/guides/spot-ws-intro):
 * {@code {method, req_id?, result|error, success, time_in, time_out}}; {@code error} is a single string.
 */
final class Envelope {

    private Envelope() {
    }

    /** @return a success frame; {@code reqId} is echoed when present */
    static ObjectNode success(String method, JsonNode reqId, JsonNode result, Instant timeIn, Instant timeOut) {
        ObjectNode frame = head(method, reqId);
        frame.set("result", result);
        frame.put("success", true);
        return times(frame, timeIn, timeOut);
    }

    /** @return a failure frame with Kraken's error string */
    static ObjectNode failure(String method, JsonNode reqId, String error, Instant timeIn, Instant timeOut) {
        ObjectNode frame = head(method, reqId);
        frame.put("error", error);
        frame.put("success", false);
        return times(frame, timeIn, timeOut);
    }

    /** @return {@code {"method":"pong","req_id":..,"time_in":..,"time_out":..}} */
    static ObjectNode pong(JsonNode reqId, Instant timeIn, Instant timeOut) {
        return times(head("pong", reqId), timeIn, timeOut);
    }

    private static ObjectNode head(String method, JsonNode reqId) {
        ObjectNode frame = ExchangeJson.object();
        if (method != null) {
            frame.put("method", method);
        }
        if (reqId != null && !reqId.isNull() && !reqId.isMissingNode()) {
            frame.set("req_id", reqId);
        }
        return frame;
    }

    private static ObjectNode times(ObjectNode frame, Instant timeIn, Instant timeOut) {
        frame.put("time_in", Rfc3339.micros(timeIn));
        frame.put("time_out", Rfc3339.micros(timeOut));
        return frame;
    }
}
