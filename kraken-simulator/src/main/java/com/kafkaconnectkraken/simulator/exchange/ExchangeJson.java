package com.kafkaconnectkraken.simulator.exchange;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The exchange's JSON configuration: decimals are read as {@link java.math.BigDecimal} with their exact
 * scale kept in trees (so {@code 26500.0} stays {@code 26500.0}) and written back as plain JSON numbers.
 */
public final class ExchangeJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .nodeFactory(NODES)
            .build();

    private ExchangeJson() {
    }

    /** @return the shared, thread-safe mapper */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** @return a new empty JSON object using exact decimals */
    public static ObjectNode object() {
        return NODES.objectNode();
    }
}
