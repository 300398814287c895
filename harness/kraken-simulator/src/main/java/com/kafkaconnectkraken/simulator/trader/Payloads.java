package com.kafkaconnectkraken.simulator.trader;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads fields of a client message's {@code payload}, refusing with the codes of docs/protocol/trader-api.md §6: a
 * missing or mistyped field {@code INVALID_REQUEST}, a quantity that is not a positive JSON number
 * {@code INVALID_QUANTITY}, a price that is not a positive JSON number {@code INVALID_PRICE}. Numbers must be JSON
 * numbers (a numeric string is refused, §7).
 */
final class Payloads {

    private Payloads() {
    }

    /** @return the text of {@code field}; {@code null} when absent or JSON null and not required */
    static String text(JsonNode payload, String field, boolean required) {
        JsonNode node = payload.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw invalid(field + " is required");
            }
            return null;
        }
        if (!node.isTextual() || node.asText().isEmpty()) {
            throw invalid(field + " must be a non-empty string");
        }
        return node.asText();
    }

    /** @return the positive quantity in {@code field}; {@code null} when absent and not required */
    static BigDecimal quantity(JsonNode payload, String field, boolean required) {
        return positive(payload, field, required, RequestRefused.INVALID_QUANTITY);
    }

    /** @return the positive price in {@code field}; {@code null} when absent and not required */
    static BigDecimal price(JsonNode payload, String field, boolean required) {
        return positive(payload, field, required, RequestRefused.INVALID_PRICE);
    }

    private static BigDecimal positive(JsonNode payload, String field, boolean required, String code) {
        JsonNode node = payload.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new RequestRefused(code, field + " is required");
            }
            return null;
        }
        if (!node.isNumber() || node.decimalValue().signum() <= 0) {
            throw new RequestRefused(code, field + " must be a positive number: " + node);
        }
        return node.decimalValue();
    }

    /** @return the constant named by {@code field} (case-sensitive wire names), or {@code fallback} when absent */
    static <E extends Enum<E>> E constant(JsonNode payload, String field, Class<E> type, E fallback) {
        String name = text(payload, field, fallback == null);
        if (name == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw invalid(field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ": " + name);
        }
    }

    /** @return the ISO-8601 time in {@code field} ({@code 2026-06-01T12:00:00Z}, any offset), or {@code null} */
    static Instant time(JsonNode payload, String field) {
        String text = text(payload, field, false);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT)).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(field + " must be an ISO-8601 time: " + text);
        }
    }

    /** @return the integer in {@code field} within {@code [min, max]}, or {@code fallback} when absent */
    static int integer(JsonNode payload, String field, int min, int max, int fallback) {
        JsonNode node = payload.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            throw invalid(field + " must be an integer " + min + ".." + max + ": " + node);
        }
        return node.intValue();
    }

    static RequestRefused invalid(String message) {
        return new RequestRefused(RequestRefused.INVALID_REQUEST, message);
    }
}
