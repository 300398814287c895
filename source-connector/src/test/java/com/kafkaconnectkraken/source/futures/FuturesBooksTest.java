package com.kafkaconnectkraken.source.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.book.SequencedBook;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.source.book.BookResets;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import com.kafkaconnectkraken.source.testing.Vectors;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The recorded book snapshot and delta; a seq gap gives one reset and one resync of that product only. */
class FuturesBooksTest {

    private static final JsonNode SAMPLES = Vectors.json("futures/feeds_samples.json");

    private final List<String> resyncs = new ArrayList<>();
    private final TaskMetrics metrics = new TaskMetrics("futures-books-test", 0);
    private final RecordFactory factory = FuturesRecordsTest.factory(DecimalHandlingMode.PRECISE);
    private final FuturesBooks books = new FuturesBooks(10, SequencedBook.Mode.CONTIGUOUS, factory,
            new BookResets(factory, FuturesRecordType.BOOK_RESET, (feed, product) -> resyncs.add(feed + ":" + product), metrics));

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void snapshotThenContiguousDeltaGiveVerifiedTopLevels() {
        Struct snapshot = value(books.onMessage(FuturesRecordsTest.message(FuturesFeed.BOOK, true, SAMPLES.get("book_snapshot"))));
        assertEquals("snapshot", snapshot.get("type"));
        assertEquals(326072249L, snapshot.get("seq"));
        assertEquals(2, snapshot.getArray("bids").size());
        assertEquals(new BigDecimal("34892.5"), ((BigDecimal) ((Struct) snapshot.getArray("bids").get(0)).get("price")).stripTrailingZeros());
        Struct update = value(books.onMessage(FuturesRecordsTest.message(FuturesFeed.BOOK, false,
                delta("sell", "34911.5", "0", 326072250L))));
        assertEquals("update", update.get("type"));
        assertEquals(1, update.getArray("asks").size(), "the deleted ask is gone");
        assertTrue(resyncs.isEmpty());
    }

    @Test
    void aSeqGapGivesOneResetAndOneResyncThenNothingUntilTheNextSnapshot() {
        books.onMessage(FuturesRecordsTest.message(FuturesFeed.BOOK, true, SAMPLES.get("book_snapshot")));
        List<SourceRecord> gap = books.onMessage(FuturesRecordsTest.message(FuturesFeed.BOOK, false, SAMPLES.get("book_delta")));
        assertEquals(1, gap.size());
        assertEquals("kraken.futures.book_reset", gap.get(0).topic());
        Struct reset = (Struct) gap.get(0).value();
        assertEquals("sequence_gap", reset.get("reason"));
        assertEquals(326072250L, reset.get("expected_seq"));
        assertEquals(326094134L, reset.get("received_seq"));
        assertEquals(List.of("book:PI_XBTUSD"), resyncs);
        assertTrue(books.onMessage(FuturesRecordsTest.message(FuturesFeed.BOOK, false, delta("buy", "1", "1", 326094135L))).isEmpty());
        assertEquals(1, books.dropped());
        assertEquals("snapshot", value(books.onMessage(FuturesRecordsTest.message(FuturesFeed.BOOK, true,
                SAMPLES.get("book_snapshot")))).get("type"));
        assertEquals(1, resyncs.size());
    }

    private static ObjectNode delta(String side, String price, String qty, long seq) {
        ObjectNode delta = SAMPLES.get("book_delta").deepCopy();
        delta.put("side", side).put("price", new BigDecimal(price)).put("qty", new BigDecimal(qty)).put("seq", seq);
        return delta;
    }

    private static Struct value(List<SourceRecord> records) {
        assertEquals(1, records.size());
        return (Struct) records.get(0).value();
    }
}
