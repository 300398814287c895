package com.kafkaconnectkraken.simulator.trader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * JSON of the Trader messages (docs/protocol/trader-api.md §2, §7), on the project's {@link KrakenJson#mapper()}:
 * decimals are {@link BigDecimal} written as plain JSON numbers with the scale they carry (a EURUSD price always has 5
 * decimals, {@code 1.08430}), never through {@code double}; times are ISO-8601 UTC with milliseconds
 * ({@code 2026-06-01T12:00:00.000Z}).
 */
final class TraderJson {

    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private TraderJson() {
    }

    static ObjectMapper mapper() {
        return KrakenJson.mapper();
    }

    /** @return a new empty object */
    static ObjectNode object() {
        return mapper().createObjectNode();
    }

    /** @return the envelope {@code {"type": type, "payload": payload}} as compact JSON text */
    static String envelope(String type, JsonNode payload) {
        ObjectNode frame = object();
        frame.put("type", type);
        frame.set("payload", payload);
        return write(frame);
    }

    /** Puts {@code value} as a JSON number with its own scale; omits the field when {@code value} is null. */
    static void decimal(ObjectNode node, String field, BigDecimal value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** @return {@code instant} as {@code 2026-06-01T12:00:00.000Z} */
    static String iso(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    /** @return compact JSON text */
    static String write(JsonNode node) {
        try {
            return mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
