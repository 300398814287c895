package com.kafkaconnectkraken.simulator.market;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * RFC3339 UTC timestamps as Kraken writes them: 6 fractional digits for most fields
 * ({@code 2023-10-06T17:35:55.219022Z}), 9 for ohlc {@code interval_begin}, level3 orders and the
 * ohlc message {@code timestamp} (docs/protocol/kraken-spot.md §1.5).
 *
 * <p>Called for nearly every frame, so the {@code yyyy-MM-ddTHH:mm:ss.} prefix of the current
 * second is cached (an immutable holder; safe to race on) and only the fraction is formatted.
 */
final class WireTime {

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.").withZone(ZoneOffset.UTC);

    private record Prefix(long epochSecond, String text) {
    }

    private static volatile Prefix cached = new Prefix(Long.MIN_VALUE, "");

    private WireTime() {
    }

    /** @return {@code instant} with microseconds */
    static String micros(Instant instant) {
        return format(instant, 6);
    }

    /** @return {@code instant} with nanoseconds */
    static String nanos(Instant instant) {
        return format(instant, 9);
    }

    /** @return the current time with microseconds */
    static String nowMicros() {
        return micros(Instant.now());
    }

    private static String format(Instant instant, int digits) {
        Prefix prefix = cached;
        if (prefix.epochSecond() != instant.getEpochSecond()) {
            prefix = new Prefix(instant.getEpochSecond(), SECONDS.format(instant));
            cached = prefix;
        }
        long fraction = digits == 6 ? instant.getNano() / 1000 : instant.getNano();
        String digitsText = Long.toString(fraction);
        StringBuilder out = new StringBuilder(prefix.text().length() + digits + 1).append(prefix.text());
        for (int i = digitsText.length(); i < digits; i++) {
            out.append('0');
        }
        return out.append(digitsText).append('Z').toString();
    }
}
