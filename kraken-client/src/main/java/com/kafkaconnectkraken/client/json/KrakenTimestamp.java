package com.kafkaconnectkraken.client.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * An RFC3339 timestamp as sent by Kraken WebSocket v2, with its original text kept.
 *
 * <p>Kraken uses UTC timestamps with 6 (microseconds, e.g. {@code 2023-10-06T17:35:55.219022Z})
 * or 9 (nanoseconds, e.g. {@code ohlc.interval_begin}, {@code level3}) fractional digits
 * (https://docs.kraken.com/api/docs/guides/spot-ws-intro). Any fraction of 0-9 digits and any
 * offset are accepted. Some docs examples (batch_add, batch_cancel {@code time_out}) omit the
 * offset; such values are read as UTC rather than rejected. Kraken's own layout
 * ({@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}) is read by a fixed-layout fast path; anything else goes
 * through {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}, with the same result.
 *
 * @param instant the parsed instant (nanosecond resolution)
 * @param text    the timestamp exactly as received
 */
public record KrakenTimestamp(Instant instant, String text) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public KrakenTimestamp {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Parses an RFC3339 timestamp.
     *
     * @param text the wire text, e.g. {@code 2023-10-04T16:26:30.524394914Z}
     * @return the timestamp with {@code text} kept verbatim
     * @throws IllegalArgumentException if {@code text} is {@code null} or not an RFC3339 date-time
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static KrakenTimestamp parse(String text) {
        return new KrakenTimestamp(parseInstant(text), text);
    }

    /**
     * Parses an RFC3339 timestamp to an {@link Instant}.
     *
     * @param text the wire text
     * @return the instant
     * @throws IllegalArgumentException if {@code text} is {@code null} or not an RFC3339 date-time
     */
    public static Instant parseInstant(String text) {
        if (text == null) {
            throw new IllegalArgumentException("RFC3339 timestamp expected but was null");
        }
        Instant fast = parseUtcLayout(text);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException withOffset) {
            try {
                return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException withoutOffset) {
                throw new IllegalArgumentException("Not an RFC3339 timestamp: '" + text + "'", withOffset);
            }
        }
    }

    /**
     * Reads exactly {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} with every component in range, without
     * {@link DateTimeFormatter}; returns null for any other text (the general parser then decides).
     */
    private static Instant parseUtcLayout(String text) {
        int length = text.length();
        if (length < 20 || length == 21 || length > 30 || text.charAt(length - 1) != 'Z'
                || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || (length > 20 && text.charAt(19) != '.')) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int fraction = length > 20 ? digits(text, 20, length - 1) : 0;
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || fraction < 0) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException invalidDay) {
            return null;
        }
        int nanos = fraction;
        for (int scale = length - 21; scale < 9; scale++) {
            nanos *= 10;
        }
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The ASCII decimal digits in {@code [from, to)} (at most 9) as a number, or -1 if one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Returns the original wire text (also used when serialising with Jackson).
     *
     * @return the text exactly as received
     */
    @JsonValue
    @Override
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
