package com.kafkaconnectkraken.benchmarks.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.kafkaconnectkraken.client.book.BookChecksumException;
import com.kafkaconnectkraken.client.book.BookJson;
import com.kafkaconnectkraken.client.book.L2Book;
import com.kafkaconnectkraken.client.json.KrakenJson;
import info.bitrich.xchangestream.kraken.KrakenStreamingAdapters;
import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.dto.trade.LimitOrder;

/**
 * Proves the benchmark inputs are what they claim: the recorded stream, its v2 wire frames and its
 * v1 re-shaping for XChange all reproduce Kraken's own checksums, and the synthetic depth-1000
 * stream's checksums (from the plain reference book) are reproduced by both implementations.
 */
class BookStreamsTest {

    @Test
    void recordedStreamVerifiesEveryKrakenChecksumInOurBook() {
        L2Stream stream = RecordedBookStream.load();
        assertEquals(510, stream.messages().size());
        assertEquals(509, replayOurs(stream));
    }

    @Test
    void recordedWireFramesParseBackToTheSameVerifiedBook() throws IOException {
        L2Stream stream = RecordedBookStream.load();
        L2Book book = new L2Book(stream.symbol(), stream.depth(), stream.pricePrecision(), stream.qtyPrecision());
        int verified = 0;
        for (byte[] frame : WireFrames.v2(stream)) {
            JsonNode root = KrakenJson.mapper().readTree(frame);
            JsonNode data = root.get("data").get(0);
            if ("snapshot".equals(root.get("type").asText())) {
                book.applySnapshot(BookJson.levels(data.get("bids")), BookJson.levels(data.get("asks")));
            } else {
                book.applyUpdate(BookJson.levels(data.get("bids")), BookJson.levels(data.get("asks")));
            }
            book.verify(data.get("checksum").longValue());
            verified++;
        }
        assertEquals(510, verified);
    }

    @Test
    void recordedStreamVerifiesInXChangeReshapedAsV1() {
        L2Stream stream = RecordedBookStream.load();
        assertEquals(510, replayXChange(stream, XChangeFrames.v1(stream)));
    }

    @Test
    void corruptedUpdateFailsInBothImplementations() {
        L2Stream stream = RecordedBookStream.load();
        BookMessage bad = stream.messages().get(1);
        BookMessage wrong = new BookMessage(false, bad.bids(), bad.asks(), bad.checksum() ^ 1L, bad.timestamp());
        L2Stream corrupted = new L2Stream("corrupted", stream.symbol(), stream.depth(), stream.pricePrecision(),
                stream.qtyPrecision(), List.of(stream.messages().get(0), wrong));
        assertThrows(BookChecksumException.class, () -> replayOurs(corrupted));
        assertThrows(IllegalStateException.class, () -> replayXChange(corrupted, XChangeFrames.v1(corrupted)));
    }

    @Test
    void syntheticDeepStreamIsDeterministicFullAndVerifiedByBothImplementations() {
        L2Stream stream = SyntheticL2Stream.generate(BookStreams.SEED, 1000, 500);
        L2Stream again = SyntheticL2Stream.generate(BookStreams.SEED, 1000, 500);
        assertEquals(stream.messages().get(500).checksum(), again.messages().get(500).checksum());
        assertEquals(500, replayOurs(stream));
        assertEquals(501, replayXChange(stream, XChangeFrames.v1(stream)));
        L2Book book = new L2Book(stream.symbol(), 1000, 1, 8);
        stream.messages().forEach(m -> apply(book, m));
        assertTrue(book.bids().size() > 900 && book.asks().size() > 900, book.toString());
    }

    private static int replayOurs(L2Stream stream) {
        L2Book book = new L2Book(stream.symbol(), stream.depth(), stream.pricePrecision(), stream.qtyPrecision());
        int updates = 0;
        for (BookMessage message : stream.messages()) {
            apply(book, message);
            book.verify(message.checksum());
            updates += message.snapshot() ? 0 : 1;
        }
        return updates;
    }

    private static void apply(L2Book book, BookMessage message) {
        if (message.snapshot()) {
            book.applySnapshot(message.bids(), message.asks());
        } else {
            book.applyUpdate(message.bids(), message.asks());
        }
    }

    /** XChange throws IllegalStateException on a checksum mismatch; returns messages applied. */
    private static int replayXChange(L2Stream stream, List<ArrayNode> frames) {
        TreeSet<LimitOrder> bids = new TreeSet<>();
        TreeSet<LimitOrder> asks = new TreeSet<>();
        CurrencyPair pair = new CurrencyPair("BTC", "USD");
        int applied = 0;
        for (ArrayNode frame : frames) {
            KrakenStreamingAdapters.adaptOrderbookMessage(stream.depth(), bids, asks, pair, frame);
            applied++;
        }
        return applied;
    }
}
