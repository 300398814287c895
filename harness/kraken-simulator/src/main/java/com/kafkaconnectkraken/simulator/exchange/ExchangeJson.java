package com.kafkaconnectkraken.simulator.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.io.UncheckedIOException;

/**
 * The exchange's JSON handling, on the project's {@link KrakenJson#mapper()}: decimals are read as
 * {@link java.math.BigDecimal} with their exact scale kept (so {@code 26500.0} stays {@code 26500.0}) and
 * written back as plain JSON numbers (never {@code 1E-8}).
 */
public final class ExchangeJson {

    private ExchangeJson() {
    }

    /** @return the shared, thread-safe mapper */
    public static ObjectMapper mapper() {
        return KrakenJson.mapper();
    }

    /** @return a new empty JSON object */
    public static ObjectNode object() {
        return mapper().createObjectNode();
    }

    /** @return {@code node} as compact JSON text with plain decimals */
    public static String write(JsonNode node) {
        try {
            return mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
