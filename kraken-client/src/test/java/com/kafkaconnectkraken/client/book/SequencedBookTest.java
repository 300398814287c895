package com.kafkaconnectkraken.client.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.Vectors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Futures book of the recorded snapshot and delta (testdata/kraken-vectors/futures/feeds_samples.json). */
class SequencedBookTest {

    private static final JsonNode SAMPLES = Vectors.json("futures/feeds_samples.json");

    @Test
    void recordedSnapshotThenDeltaWithTheNextSeq() {
        JsonNode snapshot = SAMPLES.get("book_snapshot");
        SequencedBook book = new SequencedBook("PI_XBTUSD", SequencedBook.Mode.CONTIGUOUS);
        book.applySnapshot(levels(snapshot.get("bids")), levels(snapshot.get("asks")), snapshot.get("seq").longValue());
        assertEquals(List.of(BookLevel.of("34892.5", "6385"), BookLevel.of("34892", "10924")), book.bids(10));
        assertEquals(List.of(BookLevel.of("34911.5", "20598")), book.asks(1));
        long seq = snapshot.get("seq").longValue();
        book.applyDelta(false, BookLevel.of("34911.5", "0"), seq + 1);
        book.applyDelta(true, BookLevel.of("34893", "5"), seq + 2);
        assertEquals(List.of(BookLevel.of("34912", "2300")), book.asks(10));
        assertEquals(new BigDecimal("34893"), book.bids(1).get(0).price());
        assertEquals(seq + 2, book.seq());
    }

    @Test
    void aJumpIsAGapWhenContiguousButNotWhenOnlyIncreasing() {
        SequencedBook contiguous = new SequencedBook("PF_XBTUSD", SequencedBook.Mode.CONTIGUOUS);
        contiguous.applySnapshot(List.of(), List.of(), 10);
        BookSequenceException gap = assertThrows(BookSequenceException.class,
                () -> contiguous.applyDelta(true, BookLevel.of("1", "1"), 12));
        assertEquals(11, gap.expected());
        assertEquals(12, gap.actual());
        assertFalse(contiguous.isSynced());
        assertThrows(BookSequenceException.class, () -> contiguous.applyDelta(true, BookLevel.of("1", "1"), 13));
        contiguous.applySnapshot(List.of(), List.of(), 20);
        assertTrue(contiguous.isSynced());

        SequencedBook increasing = new SequencedBook("PF_XBTUSD", SequencedBook.Mode.INCREASING);
        increasing.applySnapshot(List.of(), List.of(), 10);
        increasing.applyDelta(true, BookLevel.of("1", "1"), 15);
        assertThrows(BookSequenceException.class, () -> increasing.applyDelta(true, BookLevel.of("1", "2"), 15));
        assertFalse(increasing.isSynced());
    }

    private static List<BookLevel> levels(JsonNode side) {
        List<BookLevel> out = new ArrayList<>();
        side.forEach(l -> out.add(BookLevel.of(l.get("price").asText(), l.get("qty").asText())));
        return out;
    }
}
