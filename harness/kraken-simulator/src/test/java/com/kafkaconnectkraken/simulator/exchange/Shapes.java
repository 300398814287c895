package com.kafkaconnectkraken.simulator.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares a produced JSON frame with a docs vector by shape: the same field names (strict) or at least the
 * vector's field names (subset), each with the same JSON type (numbers of any kind count as one type),
 * recursively; arrays compare every produced element with the vector's first element.
 */
final class Shapes {

    private static final Pattern RFC3339_MICROS = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");

    private Shapes() {
    }

    /** Asserts identical field names and types. */
    static void assertSameShape(JsonNode vector, JsonNode actual) {
        compare(vector, actual, "$", true, Set.of());
    }

    /** Asserts the vector's fields (except {@code ignored}) are present with the same types. */
    static void assertContainsShape(JsonNode vector, JsonNode actual, Set<String> ignored) {
        compare(vector, actual, "$", false, ignored);
    }

    /** Asserts {@code time_in}/{@code time_out} are RFC3339 with microseconds. */
    static void assertEnvelopeTimes(JsonNode frame) {
        for (String field : new String[] {"time_in", "time_out"}) {
            String value = frame.path(field).asText();
            assertTrue(RFC3339_MICROS.matcher(value).matches(), field + " = " + value);
        }
    }

    private static void compare(JsonNode vector, JsonNode actual, String path, boolean strict, Set<String> ignored) {
        assertEquals(type(vector), type(actual), "type of " + path + " in " + actual);
        if (vector.isObject()) {
            Set<String> expectedNames = new TreeSet<>();
            vector.fieldNames().forEachRemaining(expectedNames::add);
            expectedNames.removeAll(ignored);
            Set<String> actualNames = new TreeSet<>();
            actual.fieldNames().forEachRemaining(actualNames::add);
            if (strict) {
                assertEquals(expectedNames, actualNames, "field names of " + path);
            } else if (!actualNames.containsAll(expectedNames)) {
                fail("missing fields at " + path + ": expected " + expectedNames + " in " + actualNames);
            }
            for (String name : expectedNames) {
                compare(vector.get(name), actual.get(name), path + "." + name, strict, ignored);
            }
        } else if (vector.isArray() && vector.size() > 0) {
            for (int i = 0; i < actual.size(); i++) {
                compare(vector.get(0), actual.get(i), path + "[" + i + "]", strict, ignored);
            }
        }
    }

    private static String type(JsonNode node) {
        return node.isNumber() ? "number" : node.getNodeType().name();
    }
}
