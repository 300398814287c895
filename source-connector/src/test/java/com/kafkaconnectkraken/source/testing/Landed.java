package com.kafkaconnectkraken.source.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;

/**
 * Asserts that every field of a Kraken JSON object arrived in a record value with the same value,
 * comparing against the JSON itself (the vector), not against mapping code.
 */
public final class Landed {

    private Landed() {
    }

    /**
     * @param json    the Kraken object as sent
     * @param struct  the record value
     * @param renames JSON name to record field name where the contract renames (e.g. ohlc timestamp)
     */
    public static void assertAllFieldsLanded(JsonNode json, Struct struct, Map<String, String> renames) {
        json.properties().forEach(entry -> {
            String name = renames.getOrDefault(entry.getKey(), entry.getKey());
            Field field = struct.schema().field(name);
            assertNotNull(field, "field '" + entry.getKey() + "' of " + json + " has no place in " + struct.schema().name());
            assertValue(entry.getValue(), struct, field);
        });
        if (struct.schema().field("extra_fields") != null) {
            assertEquals(null, struct.get("extra_fields"), "unexpected extra fields");
        }
    }

    private static void assertValue(JsonNode expected, Struct struct, Field field) {
        Object actual = struct.get(field);
        String where = struct.schema().name() + "." + field.name();
        if (expected.isNull()) {
            assertEquals(null, actual, where);
        } else if (Timestamp.LOGICAL_NAME.equals(field.schema().name())) {
            String text = expected.isBigDecimal() ? expected.decimalValue().toPlainString() : expected.asText();
            assertEquals(text, struct.get(field.name() + "_text"), where + "_text");
            boolean unset = expected.isNumber() ? expected.decimalValue().signum() == 0 : "0".equals(text);
            if (unset) {
                assertEquals(null, actual, where); // Kraken's 0 = unset
            } else {
                assertTrue(actual instanceof Date, where);
                assertEquals(epochMillis(text), ((Date) actual).getTime(), where + " from " + text);
            }
        } else if (Decimal.LOGICAL_NAME.equals(field.schema().name())) {
            BigDecimal wire = new BigDecimal(expected.isNumber() ? expected.decimalValue().toPlainString() : expected.asText());
            assertEquals(0, wire.compareTo((BigDecimal) actual), where + " expected " + wire + " got " + actual);
        } else {
            assertPlain(expected, actual, where);
        }
    }

    /**
     * The instant a Kraken time text names, in epoch milliseconds (sub-millisecond digits cut):
     * RFC 3339 on WebSocket v2 (e.g. {@code 2023-09-25T09:04:31.742599Z}), decimal epoch seconds on
     * REST (e.g. {@code 1688464484.1787}).
     */
    private static long epochMillis(String text) {
        if (text.contains("T")) {
            return Instant.parse(text).toEpochMilli();
        }
        return new BigDecimal(text).movePointRight(3).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    private static void assertPlain(JsonNode expected, Object actual, String where) {
        if (expected.isObject() && actual instanceof Struct) {
            assertAllFieldsLanded(expected, (Struct) actual, Map.of());
        } else if (expected.isObject()) {
            Map<?, ?> map = (Map<?, ?>) actual;
            expected.properties().forEach(e -> {
                Object value = map.get(e.getKey());
                if (value instanceof Struct) {
                    assertAllFieldsLanded(e.getValue(), (Struct) value, Map.of());
                } else {
                    assertEquals(e.getValue().asText(), String.valueOf(value), where + "." + e.getKey());
                }
            });
        } else if (expected.isArray()) {
            List<?> list = (List<?>) actual;
            assertEquals(expected.size(), list.size(), where);
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Struct) {
                    assertAllFieldsLanded(expected.get(i), (Struct) list.get(i), Map.of());
                } else {
                    assertEquals(expected.get(i).asText(), String.valueOf(list.get(i)), where + "[" + i + "]");
                }
            }
        } else if (expected.isBoolean()) {
            assertEquals(expected.booleanValue(), actual, where);
        } else if (expected.isIntegralNumber()) {
            assertEquals(expected.longValue(), ((Number) actual).longValue(), where);
        } else {
            assertEquals(expected.asText(), actual, where);
        }
    }
}
