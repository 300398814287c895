package com.kafkaconnectkraken.client.futures.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.ErrorClass;
import com.kafkaconnectkraken.client.Vectors;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FuturesFeedTest {

    @Test
    void everyRecordedFrameNamesAKnownFeed() {
        JsonNode samples = Vectors.json("futures/feeds_samples.json");
        Map<String, FuturesFeed> expected = Map.of("fills_snapshot", FuturesFeed.FILLS,
                "open_orders_delta", FuturesFeed.OPEN_ORDERS, "ticker", FuturesFeed.TICKER,
                "book_snapshot", FuturesFeed.BOOK, "book_delta", FuturesFeed.BOOK);
        expected.forEach((member, feed) -> assertEquals(Optional.of(feed),
                FuturesFeed.ofFrame(samples.get(member).get("feed").asText()), member));
        assertEquals(Optional.of("book_snapshot"), FuturesFeed.BOOK.snapshotFeed());
        assertEquals(Optional.empty(), FuturesFeed.ofFrame("spread"));
    }

    @Test
    void privateFeedsNeedAChallengeAndTakeNoProducts() {
        for (FuturesFeed feed : FuturesFeed.values()) {
            assertFalse(feed.authenticated() && feed.perProduct(), feed.name());
            assertEquals(feed, FuturesFeed.fromWire(feed.wireName()));
        }
        assertTrue(FuturesFeed.FILLS.authenticated());
        assertTrue(FuturesFeed.BOOK.perProduct());
        assertThrows(IllegalArgumentException.class, () -> FuturesFeed.fromWire("book_snapshot"));
        assertEquals(Optional.empty(), FuturesFeed.HEARTBEAT.recordSchema());
    }

    @Test
    void errorTextsAreClassified() {
        assertEquals(ErrorClass.FATAL, FuturesErrors.classify("Failed to subscribe to authenticated feed"));
        assertEquals(ErrorClass.REJECTED, FuturesErrors.classify("Invalid product id"));
        assertEquals(ErrorClass.REJECTED, FuturesErrors.classify("Json Error"));
        assertEquals(ErrorClass.REJECTED, FuturesErrors.classify("something new"));
        assertEquals(ErrorClass.REJECTED, FuturesErrors.classify(null));
    }
}
