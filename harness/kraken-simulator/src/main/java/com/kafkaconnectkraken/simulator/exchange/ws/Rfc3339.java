package com.kafkaconnectkraken.simulator.exchange.ws;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** WS v2 timestamp formats (docs/protocol/kraken-spot.md §1.3, §1.5). */
public final class Rfc3339 {

    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private Rfc3339() {
    }

    /** @return e.g. {@code 2023-09-21T14:15:07.197274Z} (6 fractional digits) */
    public static String micros(Instant time) {
        return MICROS.format(time.truncatedTo(ChronoUnit.MICROS));
    }

    /** @return e.g. {@code 2023-09-21T15:49:29Z} (cancel_all_orders_after times) */
    public static String seconds(Instant time) {
        return SECONDS.format(time.truncatedTo(ChronoUnit.SECONDS));
    }
}
