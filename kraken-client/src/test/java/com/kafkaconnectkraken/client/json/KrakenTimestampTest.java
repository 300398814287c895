package com.kafkaconnectkraken.client.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void everyFractionLengthOfTheUtcLayoutIsExact() {
        assertEquals(Instant.ofEpochSecond(1696436790L, 500_000_000L), KrakenTimestamp.parseInstant("2023-10-04T16:26:30.5Z"));
        assertEquals(Instant.ofEpochSecond(1696436790L, 520_000_000L), KrakenTimestamp.parseInstant("2023-10-04T16:26:30.52Z"));
        assertEquals(Instant.ofEpochSecond(1696436790L, 524_394_910L),
                KrakenTimestamp.parseInstant("2023-10-04T16:26:30.52439491Z"));
        assertEquals(Instant.ofEpochSecond(1696436790L, 1L), KrakenTimestamp.parseInstant("2023-10-04T16:26:30.000000001Z"));
        // 2024-02-29 is day 19782 after the epoch: 19782 * 86400 + 23 * 3600 + 59 * 60 + 59
        assertEquals(Instant.ofEpochSecond(1709251199L), KrakenTimestamp.parseInstant("2024-02-29T23:59:59Z"));
        assertEquals(Instant.ofEpochSecond(0L), KrakenTimestamp.parseInstant("1970-01-01T00:00:00.000000Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-10-06T17:35:55.219022Z", "2023-10-04T16:26:30.524394914Z", "2023-10-04T16:26:30Z",
        "2023-10-04T16:26:30.Z", "2023-10-04t16:26:30.1z", "2023-02-29T00:00:00Z", "2023-04-31T00:00:00Z",
        "2023-13-01T00:00:00Z", "2023-00-10T00:00:00Z", "2023-10-04T24:00:00Z", "2023-10-04T23:60:00Z",
        "2023-10-04T23:59:60Z", "2023-10-04T16:26:30.1234567890Z", "2023-1a-04T16:26:30Z", "2023-10-04 16:26:30Z",
        "+2023-10-04T16:26:30Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2023-10-04T16:26:3Z",
        "2023-10-04T16:26:30+00:00", "2023-10-04T16:26:30.5-01:30", "２023-10-04T16:26:30Z"})
    void readsLikeTheJdkIsoParser(String text) {
        Instant expected;
        try {
            expected = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class, () -> KrakenTimestamp.parse(text));
            assertEquals("Not an RFC3339 timestamp: '" + text + "'", rejected.getMessage());
            return;
        }
        assertEquals(expected, KrakenTimestamp.parseInstant(text));
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
