package com.kafkaconnectkraken.simulator.market;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * RFC3339 UTC timestamps as Kraken writes them: 6 fractional digits for most fields
 * ({@code 2023-10-06T17:35:55.219022Z}), 9 for ohlc {@code interval_begin}, level3 orders and the
 * ohlc message {@code timestamp} (PROTOCOL.md 1.5).
 */
final class WireTime {

    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter NANOS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private WireTime() {
    }

    /** @return {@code instant} with microseconds */
    static String micros(Instant instant) {
        return MICROS.format(instant);
    }

    /** @return {@code instant} with nanoseconds */
    static String nanos(Instant instant) {
        return NANOS.format(instant);
    }

    /** @return the current time with microseconds */
    static String nowMicros() {
        return micros(Instant.now());
    }
}
