package com.kafkaconnectkraken.simulator.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeVectors;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Futures book: sequence numbers, injected gaps, deletes and the frames' shapes against Kraken's samples. */
class FuturesBookTest {

    private static final JsonNode SAMPLES = ExchangeVectors.json("futures/feeds_samples.json");
    private static final FuturesProduct PI_XBTUSD = FuturesProduct.parse("PI_XBTUSD");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void everyChangeRaisesSeqByOneAndQtyZeroDeletes() {
        FuturesBook book = new FuturesBook(100);
        book.seed(FuturesSide.BUY, d("100"), d("5"));
        book.seed(FuturesSide.SELL, d("101"), d("7"));
        assertEquals(100, book.seq(), "seeding uses no sequence number");
        assertEquals(101, book.set(FuturesSide.BUY, d("99.5"), d("3")).seq());
        assertEquals(102, book.set(FuturesSide.BUY, d("100.0"), d("0")).seq());
        assertFalse(book.side(FuturesSide.BUY).containsKey(d("100")), "qty 0 removed the level (100.0 == 100)");
        assertEquals(d("99.5"), book.best(FuturesSide.BUY));
        assertEquals(102, book.seq());
    }

    @Test
    void anInjectedGapSkipsExactlyOneSeqOnceAndKeepsTheBook() {
        FuturesBook book = new FuturesBook(7);
        book.seed(FuturesSide.SELL, d("101"), d("1"));
        assertEquals(8, book.set(FuturesSide.BUY, d("100"), d("1")).seq());
        book.skipNextSeq();
        FuturesBook.Delta gap = book.set(FuturesSide.BUY, d("100"), d("2"));
        assertEquals(10, gap.seq());
        assertEquals(d("2"), book.side(FuturesSide.BUY).get(d("100")), "no change was lost");
        assertEquals(11, book.set(FuturesSide.BUY, d("100"), d("3")).seq(), "contiguous again after the gap");
    }

    @Test
    void crossingOrNegativeLevelsAreRefused() {
        FuturesBook book = new FuturesBook(0);
        book.seed(FuturesSide.SELL, d("101"), d("1"));
        assertThrows(IllegalArgumentException.class, () -> book.set(FuturesSide.BUY, d("101"), d("1")));
        assertThrows(IllegalArgumentException.class, () -> book.set(FuturesSide.BUY, d("100"), d("-1")));
        assertThrows(IllegalArgumentException.class, () -> book.set(FuturesSide.SELL, d("0"), d("1")));
    }

    @Test
    void snapshotAndDeltaFramesHaveTheSamplesFieldsAndExactNumbers() {
        FuturesBook book = new FuturesBook(326072249);
        book.seed(FuturesSide.BUY, d("34892.5"), d("6385"));
        book.seed(FuturesSide.BUY, d("34892.0"), d("10924"));
        book.seed(FuturesSide.SELL, d("34911.5"), d("20598"));
        ObjectNode snapshot = PublicFrames.bookSnapshot(PI_XBTUSD, book, 1612269825817L);
        assertEquals(fields(SAMPLES.get("book_snapshot")), fields(snapshot));
        assertTrue(snapshot.get("tickSize").isNull());
        assertEquals("{\"price\":34892.5,\"qty\":6385}", FuturesJson.write(snapshot.get("bids").get(0)));
        assertEquals("{\"price\":34892,\"qty\":10924}", FuturesJson.write(snapshot.get("bids").get(1)),
                "best first, trailing zeros stripped, as in the sample");
        ObjectNode delta = PublicFrames.bookDelta(PI_XBTUSD, book.set(FuturesSide.SELL, d("34981"), d("0")), 1612269953629L);
        assertEquals(fields(SAMPLES.get("book_delta")), fields(delta));
        assertEquals("{\"feed\":\"book\",\"product_id\":\"PI_XBTUSD\",\"side\":\"sell\",\"seq\":326072250,\"price\":34981,"
                + "\"qty\":0,\"timestamp\":1612269953629}", FuturesJson.write(delta));
    }

    @Test
    void theGeneratorIsSeededAndKeepsABookThatNeverCrosses() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        ProductMarket a = new ProductMarket(FuturesProduct.parse("PF_XBTUSD"), 5, clock);
        ProductMarket b = new ProductMarket(FuturesProduct.parse("PF_XBTUSD"), 5, clock);
        long seq = a.bookSeq();
        for (int i = 0; i < 2000; i++) {
            a.step();
            b.step();
        }
        assertEquals(seq + 2000, a.bookSeq(), "one book message per step");
        assertEquals(a.markPrice(), b.markPrice(), "same seed, same market");
        assertEquals(b.bookSeq(), a.bookSeq());
    }

    static Set<String> fields(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> ids(JsonNode array, String field) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }
}
