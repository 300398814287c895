package com.kafkaconnectkraken.client.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class KrakenTimestampTest {

    @Test
    void parsesMicrosecondFraction() {
        KrakenTimestamp ts = KrakenTimestamp.parse("2023-10-06T17:35:55.219022Z");
        assertEquals(Instant.ofEpochSecond(1696613755L, 219_022_000L), ts.instant());
        assertEquals("2023-10-06T17:35:55.219022Z", ts.text());
    }

    @Test
    void parsesNanosecondFractionWithoutLoss() {
        KrakenTimestamp ts = KrakenTimestamp.parse("2023-10-04T16:26:30.524394914Z");
        assertEquals(Instant.ofEpochSecond(1696436790L, 524_394_914L), ts.instant());
        assertEquals("2023-10-04T16:26:30.524394914Z", ts.toString());
    }

    @Test
    void acceptsSecondsOnlyAndOffsets() {
        assertEquals(Instant.ofEpochSecond(1696436790L), KrakenTimestamp.parseInstant("2023-10-04T16:26:30Z"));
        assertEquals(Instant.ofEpochSecond(1696436790L), KrakenTimestamp.parseInstant("2023-10-04T18:26:30+02:00"));
    }

    @Test
    void docsTimestampWithoutOffsetIsReadAsUtc() {
        // batch_add docs example: "time_out": "2022-06-13T08:09:10.7890123" (7 digits, no Z)
        assertEquals(Instant.ofEpochSecond(1655107750L, 789_012_300L),
                KrakenTimestamp.parseInstant("2022-06-13T08:09:10.7890123"));
    }

    @Test
    void rejectsGarbageNamingTheText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KrakenTimestamp.parse("<RFC3339>"));
        assertEquals("Not an RFC3339 timestamp: '<RFC3339>'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KrakenTimestamp.parse(null));
    }

    @Test
    void bindsFromAndToJsonAsText() throws Exception {
        KrakenTimestamp ts = KrakenJson.mapper().readValue("\"2023-10-06T17:35:55.440295Z\"", KrakenTimestamp.class);
        assertEquals("2023-10-06T17:35:55.440295Z", ts.text());
        assertEquals("\"2023-10-06T17:35:55.440295Z\"", KrakenJson.mapper().writeValueAsString(ts));
    }
}
