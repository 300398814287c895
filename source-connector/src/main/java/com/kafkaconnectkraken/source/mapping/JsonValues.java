package com.kafkaconnectkraken.source.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.json.KrakenTimestamp;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.apache.kafka.connect.errors.DataException;

/**
 * Reads scalar Kraken JSON values exactly: decimals from numbers (parsed as BigDecimal by
 * {@code KrakenJson.mapper()}) or REST strings, times from RFC3339 text or unix seconds.
 * Every failure is a {@link DataException} naming the field path.
 */
final class JsonValues {

    private JsonValues() {
    }

    /** A wire time: the instant (null for Kraken's "unset" value 0) and the exact text it came from. */
    record WireTime(Instant instant, String text) {
    }

    static BigDecimal decimal(JsonNode value, String path) {
        try {
            if (value.isNumber()) {
                return value.decimalValue();
            }
            if (value.isTextual()) {
                return new BigDecimal(value.asText().trim());
            }
        } catch (NumberFormatException e) {
            throw new DataException("Field '" + path + "' is not a decimal: " + KrakenJson.quote(value), e);
        }
        throw new DataException("Field '" + path + "' must be a decimal, was " + value.getNodeType());
    }

    static String text(JsonNode value, String path) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText();
        }
        throw new DataException("Field '" + path + "' must be text, was " + value.getNodeType());
    }

    static long longValue(JsonNode value, String path) {
        try {
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                return value.longValue();
            }
            if (value.isNumber()) {
                return value.decimalValue().longValueExact();
            }
            if (value.isTextual()) {
                return Long.parseLong(value.asText().trim());
            }
        } catch (ArithmeticException | NumberFormatException e) {
            throw new DataException("Field '" + path + "' is not a 64-bit integer: " + KrakenJson.quote(value), e);
        }
        throw new DataException("Field '" + path + "' must be an integer, was " + value.getNodeType());
    }

    static boolean bool(JsonNode value, String path) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && ("true".equals(value.asText()) || "false".equals(value.asText()))) {
            return Boolean.parseBoolean(value.asText());
        }
        throw new DataException("Field '" + path + "' must be a boolean, was " + value.getNodeType());
    }

    /**
     * Reads a time: RFC3339 text (WS v2) or a number (or numeric text) of {@code unit}s since the epoch.
     *
     * @return the time; its instant is null for Kraken's "unset" value 0
     */
    static WireTime time(JsonNode value, String path, NumericTime unit) {
        if (value.isTextual() && !looksNumeric(value.asText())) {
            try {
                KrakenTimestamp parsed = KrakenTimestamp.parse(value.asText());
                return new WireTime(parsed.instant(), parsed.text());
            } catch (IllegalArgumentException e) {
                throw new DataException("Field '" + path + "' is not an RFC3339 time: " + KrakenJson.quote(value), e);
            }
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            long count = value.longValue();
            String text = Long.toString(count);
            if (count == 0) {
                return new WireTime(null, text);
            }
            return new WireTime(unit == NumericTime.EPOCH_MILLIS ? Instant.ofEpochMilli(count) : Instant.ofEpochSecond(count), text);
        }
        BigDecimal seconds = decimal(value, path);
        String text = value.isTextual() ? value.asText() : seconds.toPlainString();
        if (seconds.signum() == 0) {
            return new WireTime(null, text);
        }
        BigDecimal nanos = seconds.movePointRight(unit.nanosShift()).setScale(0, RoundingMode.FLOOR);
        BigDecimal[] split = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
        Instant instant = Instant.ofEpochSecond(split[0].longValueExact(), split[1].longValueExact());
        return new WireTime(instant, text);
    }

    private static boolean looksNumeric(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && c != '.') {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
