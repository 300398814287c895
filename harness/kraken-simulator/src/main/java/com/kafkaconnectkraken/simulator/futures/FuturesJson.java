package com.kafkaconnectkraken.simulator.futures;

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
 * JSON for the Futures frames, on the project's {@link KrakenJson#mapper()}: decimals are {@link BigDecimal} all the
 * way and written as plain JSON numbers with trailing zeros stripped ({@code 34892}, {@code 34892.5}), never through
 * {@code double}; times are epoch milliseconds unless a field is documented as an ISO 8601 date.
 */
final class FuturesJson {

    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private FuturesJson() {
    }

    static ObjectMapper mapper() {
        return KrakenJson.mapper();
    }

    /** @return a new object whose first field is {@code feed} */
    static ObjectNode feed(String feed) {
        ObjectNode node = mapper().createObjectNode();
        node.put("feed", feed);
        return node;
    }

    /** @return a new empty object */
    static ObjectNode object() {
        return mapper().createObjectNode();
    }

    /** Puts {@code value} as a JSON number (trailing zeros stripped), or {@code null}. */
    static void decimal(ObjectNode node, String field, BigDecimal value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
        }
    }

    /** @return {@code epochMillis} as {@code 2022-06-22T15:00:00.000Z} (the account log's {@code date}) */
    static String isoMillis(long epochMillis) {
        return ISO_MILLIS.format(Instant.ofEpochMilli(epochMillis));
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
