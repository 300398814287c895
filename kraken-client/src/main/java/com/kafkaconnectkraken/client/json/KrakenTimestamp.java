package com.kafkaconnectkraken.client.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
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
 * offset; such values are read as UTC rather than rejected.
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
