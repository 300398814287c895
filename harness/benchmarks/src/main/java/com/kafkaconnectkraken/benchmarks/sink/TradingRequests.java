package com.kafkaconnectkraken.benchmarks.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.benchmarks.data.VectorsDir;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The official WS v2 trading request examples of one method ({@code ws-v2-trading/<method>.json},
 * every top-level {@code request*} object), as sent on the wire (with {@code token}).
 */
final class TradingRequests {

    private TradingRequests() {
    }

    static List<ObjectNode> of(String method) {
        JsonNode vector = VectorsDir.read("ws-v2-trading/" + method + ".json");
        List<ObjectNode> requests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : vector.properties()) {
            if (field.getKey().startsWith("request") && field.getValue().isObject()
                    && method.equals(field.getValue().path("method").asText())) {
                requests.add((ObjectNode) field.getValue());
            }
        }
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("No '" + method + "' request examples in the vectors");
        }
        return requests;
    }
}
