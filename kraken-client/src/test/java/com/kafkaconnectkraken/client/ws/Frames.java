package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.Vectors;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Test helpers: official sample frames from the shared vectors, re-addressed to a req_id. */
final class Frames {

    private Frames() {
    }

    /** @return a frame from a vectors file, e.g. {@code vector("ws-v2/ticker.json", "subscribe_ack")} */
    static ObjectNode vector(String file, String field) {
        return (ObjectNode) Vectors.json(file).get(field).deepCopy();
    }

    /** @return element {@code index} of an array field of a vectors file */
    static ObjectNode vector(String file, String field, int index) {
        return (ObjectNode) Vectors.json(file).get(field).get(index).deepCopy();
    }

    /** @return a copy of {@code frame} carrying {@code req_id} */
    static ObjectNode withReqId(JsonNode frame, long reqId) {
        ObjectNode copy = (ObjectNode) frame.deepCopy();
        copy.put("req_id", reqId);
        return copy;
    }

    static KrakenWsResponse response(JsonNode frame) {
        return KrakenWsResponse.from(frame, Instant.EPOCH);
    }

    static JsonNode parse(String text) {
        try {
            return KrakenJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(JsonNode node) {
        try {
            return KrakenJson.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
