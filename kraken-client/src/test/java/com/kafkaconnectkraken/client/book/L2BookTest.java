package com.kafkaconnectkraken.client.book;

import static com.kafkaconnectkraken.client.book.BookVectors.apply;
import static com.kafkaconnectkraken.client.book.BookVectors.checksum;
import static com.kafkaconnectkraken.client.book.BookVectors.data0;
import static com.kafkaconnectkraken.client.book.BookVectors.precision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.Vectors;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class L2BookTest {

    @Test
    void docsBtcUsdExampleWithInstrumentPrecision() {
        JsonNode v = Vectors.json("checksum/book_checksum_docs_btcusd.json");
        L2Book book = new L2Book("BTC/USD", 10, precision(v, "price_precision"), precision(v, "qty_precision"));
        apply(book, v.get("snapshot_message_as_strings"));

        assertEquals(v.get("expected_concatenated_string").asText(), book.checksumInput());
        assertEquals(v.get("expected_asks_string").asText() + v.get("expected_bids_string").asText(), book.checksumInput());
        assertEquals(3310070434L, v.get("expected_checksum").longValue());
        assertEquals(3310070434L, book.checksum());
        book.verify(3310070434L);
    }

    @Test
    void docsBtcUsdExampleWithFullPrecisionWireScale() {
        JsonNode v = Vectors.json("checksum/book_checksum_docs_btcusd.json");
        L2Book book = new L2Book("BTC/USD", 10, null, null);
        apply(book, v.get("snapshot_message_as_strings"));
        assertEquals(v.get("expected_checksum").longValue(), book.checksum());
    }

    @Test
    void docsBtcUsdNaiveFormattingGivesTheDocumentedWrongChecksum() {
        JsonNode v = Vectors.json("checksum/book_checksum_docs_btcusd.json");
        JsonNode d = data0(v.get("snapshot_message_as_strings"));
        L2Book book = new L2Book("BTC/USD", 10, null, null);
        book.applySnapshot(stripped(BookJson.levels(d.get("bids"))), stripped(BookJson.levels(d.get("asks"))));
        assertEquals(v.get("negative_check").get("checksum").longValue(), book.checksum());
    }

    @Test
    void docsMaticUsdSnapshotAndUpdate() {
        JsonNode v = Vectors.json("checksum/book_checksum_docs_maticusd.json");
        L2Book book = new L2Book("MATIC/USD", 10, precision(v, "price_precision"), precision(v, "qty_precision"));

        apply(book, v.get("snapshot"));
        assertEquals(v.get("snapshot_expected_string").asText(), book.checksumInput());
        assertEquals(2439117997L, v.get("snapshot_expected_checksum").longValue());
        book.verify(checksum(v.get("snapshot")));
        assertEquals(2439117997L, book.checksum());

        apply(book, v.get("update"));
        assertEquals(v.get("book_after_update_expected_string").asText(), book.checksumInput());
        assertEquals(2114181697L, book.checksum());
        book.verify(checksum(v.get("update")));
    }

    @Test
    void docsMaticUsdNaiveFormattingFails() {
        JsonNode v = Vectors.json("checksum/book_checksum_docs_maticusd.json");
        L2Book book = new L2Book("MATIC/USD", 10, null, null);
        apply(book, v.get("snapshot"));
        assertEquals(v.get("negative_check").get("naive_formatting_checksum").longValue(), book.checksum());
    }

    @Test
    void recordedBtcUsdStreamVerifiesEveryMessageAndTheBadUpdateFails() {
        JsonNode v = Vectors.json("checksum/book_replay_btcusd_depth10_python_kraken_sdk.json");
        L2Book book = new L2Book("BTC/USD", v.get("depth").intValue(),
                precision(v, "price_precision"), precision(v, "qty_precision"));
        int verified = 0;
        apply(book, v.get("init"));
        book.verify(checksum(v.get("init")));
        verified++;
        for (JsonNode update : v.get("updates")) {
            apply(book, update);
            book.verify(checksum(update));
            verified++;
            assertEquals(true, book.bids().size() <= 10 && book.asks().size() <= 10, "truncated to depth");
        }
        assertEquals(510, verified);

        JsonNode bad = v.get("bad_update_must_fail");
        apply(book, bad);
        BookChecksumException e = assertThrows(BookChecksumException.class, () -> book.verify(checksum(bad)));
        assertEquals("BTC/USD", e.symbol());
        assertEquals(2438868880L, e.expected());
        assertEquals("Book checksum mismatch for BTC/USD: expected 2438868880, computed " + e.actual(), e.getMessage());
    }

    @Test
    void mismatchReportsTheChecksumOfTheBookAsHeld() {
        L2Book book = new L2Book("X/Y", 10, 1, 2);
        book.applySnapshot(List.of(BookLevel.of("10.0", "1.00")), List.of(BookLevel.of("11.0", "2.50")));
        // docs/protocol/kraken-spot.md §3.1 by hand: ask "110" + "250", then bid "100" + "100"
        CRC32 crc = new CRC32();
        crc.update("110250100100".getBytes(StandardCharsets.US_ASCII));
        long held = crc.getValue();

        BookChecksumException e = assertThrows(BookChecksumException.class, () -> book.verify(held ^ 1));
        assertEquals("X/Y", e.symbol());
        assertEquals(held ^ 1, e.expected());
        assertEquals(held, e.actual());
        assertEquals("Book checksum mismatch for X/Y: expected " + (held ^ 1) + ", computed " + held, e.getMessage());
        book.verify(held);
    }

    @Test
    void repeatedPriceInOneUpdateIsAppliedInWireOrder() {
        L2Book book = new L2Book("X/Y", 10, 1, 2);
        book.applySnapshot(List.of(BookLevel.of("10.0", "1.00")), List.of(BookLevel.of("11.0", "1.00")));

        book.applyUpdate(List.of(BookLevel.of("9.5", "2.00"), BookLevel.of("9.5", "0")), List.of());
        assertEquals(List.of(BookLevel.of("10.0", "1.00")), book.bids());

        book.applyUpdate(List.of(BookLevel.of("9.5", "0"), BookLevel.of("9.5", "3.00"), BookLevel.of("9.5", "4.00")),
                List.of());
        assertEquals(List.of(BookLevel.of("10.0", "1.00"), BookLevel.of("9.5", "4.00")), book.bids());
        // hand-derived checksum input: asks "110"+"100", bids "100"+"100", "95"+"400"
        assertEquals("11010010010095400", book.checksumInput());
    }

    @Test
    void truncatesToSubscribedDepthAfterApplyingTheWholeUpdate() {
        L2Book book = new L2Book("X/Y", 2, null, null);
        book.applySnapshot(List.of(BookLevel.of("10", "1"), BookLevel.of("9", "1")),
                List.of(BookLevel.of("11", "1"), BookLevel.of("12", "1")));
        // a better bid pushes 9 out of scope; deleting 10 in the same message must not resurrect 9
        book.applyUpdate(List.of(BookLevel.of("10.5", "2"), BookLevel.of("10", "0")), List.of(BookLevel.of("10.8", "3")));
        assertEquals(List.of(BookLevel.of("10.5", "2"), BookLevel.of("9", "1")), book.bids());
        assertEquals(List.of(BookLevel.of("10.8", "3"), BookLevel.of("11", "1")), book.asks());
        assertEquals(2, book.depth());
    }

    @Test
    void checksumUsesOnlyTopTenPerSide() {
        L2Book book = new L2Book("X/Y", 25, 0, 0);
        List<BookLevel> bids = new ArrayList<>();
        List<BookLevel> asks = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            bids.add(new BookLevel(BigDecimal.valueOf(100 - i), BigDecimal.ONE));
            asks.add(new BookLevel(BigDecimal.valueOf(100 + i), BigDecimal.ONE));
        }
        book.applySnapshot(bids, asks);
        assertEquals("1011102110311041105110611071108110911101"
                + "991981971961951941931921911901", book.checksumInput());
        assertEquals(12, book.bids().size());
    }

    @Test
    void clearEmptiesBothSides() {
        L2Book book = new L2Book("X/Y", 10, null, null);
        book.applySnapshot(List.of(BookLevel.of("1", "1")), List.of(BookLevel.of("2", "1")));
        book.clear();
        assertEquals(List.of(), book.bids());
        assertEquals(List.of(), book.asks());
        assertEquals("", book.checksumInput());
        assertEquals(0L, book.checksum()); // CRC32 of no bytes
    }

    @Test
    void rejectsInvalidArguments() {
        assertThrows(IllegalArgumentException.class, () -> new L2Book("X/Y", 0, null, null));
        assertThrows(IllegalArgumentException.class, () -> new L2Book("X/Y", 10, -1, null));
        assertThrows(IllegalArgumentException.class, () -> BookLevel.of("-1", "1"));
    }

    /** Emulates naive float-to-string formatting (Python str(float)): "0.10000000" -> "0.1", "45281.0" stays. */
    private static List<BookLevel> stripped(List<BookLevel> levels) {
        List<BookLevel> out = new ArrayList<>();
        for (BookLevel l : levels) {
            out.add(new BookLevel(naive(l.price()), naive(l.qty())));
        }
        return out;
    }

    private static BigDecimal naive(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 1 ? s.setScale(1) : s;
    }
}
