package com.kafkaconnectkraken.benchmarks.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.book.BookJson;
import com.kafkaconnectkraken.client.book.L3Book;
import com.kafkaconnectkraken.client.book.L3Event;
import org.junit.jupiter.api.Test;

/**
 * Proves the level3 benchmark inputs: the plain reference book reproduces the documented checksum,
 * and the scaled-up stream's checksums (from the reference) are reproduced by {@link L3Book}
 * while all three event kinds occur and the queues stay realistic (no unbounded growth).
 */
class SyntheticL3StreamTest {

    @Test
    void referenceBookReproducesTheDocsChecksum() {
        JsonNode docs = VectorsDir.read("checksum/l3_checksum_docs_example.json");
        JsonNode data = docs.get("message").get("data").get(0);
        ReferenceL3Book reference = new ReferenceL3Book(10, 1, 8);
        reference.snapshot(BookJson.orders(data.get("bids")), BookJson.orders(data.get("asks")));
        assertEquals(1063832831L, reference.checksum());
    }

    @Test
    void scaledStreamIsVerifiedByL3BookAndExercisesEveryEvent() {
        L3Stream stream = SyntheticL3Stream.generate(BookStreams.SEED, 100, 2000);
        L3Book book = new L3Book(stream.symbol(), 100, 1, 8);
        int[] actions = new int[L3Event.Action.values().length];
        for (L3Message message : stream.messages()) {
            if (message.snapshot()) {
                book.applySnapshot(message.bids(), message.asks());
            } else {
                book.applyUpdate(message.bidEvents(), message.askEvents());
                message.bidEvents().forEach(e -> actions[e.action().ordinal()]++);
                message.askEvents().forEach(e -> actions[e.action().ordinal()]++);
            }
            book.verify(message.checksum());
        }
        for (int count : actions) {
            assertTrue(count > 300, "every action occurs: " + java.util.Arrays.toString(actions));
        }
        int orders = book.orderCount();
        assertTrue(orders > 400 && orders <= 2 * 100 * 8, "queues stay within 1-8 orders per level: " + orders);
    }
}
