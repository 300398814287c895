package com.kafkaconnectkraken.simulator.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Formats as in the docs examples (docs/protocol/kraken-spot.md §1.5). */
class WireTimeTest {

    @Test
    void microsAndNanosKeepLeadingZerosOfTheFraction() {
        assertEquals("2023-10-06T17:35:55.219022Z", WireTime.micros(Instant.parse("2023-10-06T17:35:55.219022Z")));
        assertEquals("2023-10-04T16:25:00.000000000Z", WireTime.nanos(Instant.parse("2023-10-04T16:25:00Z")));
        assertEquals("2023-10-06T18:21:00.097010033Z", WireTime.nanos(Instant.parse("2023-10-06T18:21:00.097010033Z")));
        assertEquals("2023-10-06T18:21:00.000007Z", WireTime.micros(Instant.parse("2023-10-06T18:21:00.000007999Z")));
    }

    @Test
    void cachedSecondPrefixFollowsTheInstant() {
        assertEquals("2023-09-24T14:10:23.799685Z", WireTime.micros(Instant.parse("2023-09-24T14:10:23.799685Z")));
        assertEquals("2023-09-24T14:10:24.000001Z", WireTime.micros(Instant.parse("2023-09-24T14:10:24.000001Z")));
        assertEquals("2023-09-24T14:10:23.799703Z", WireTime.micros(Instant.parse("2023-09-24T14:10:23.799703Z")));
    }
}
