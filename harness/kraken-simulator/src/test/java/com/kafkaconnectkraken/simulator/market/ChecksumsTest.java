package com.kafkaconnectkraken.simulator.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeVectors;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The simulator's own checksums and reference book ({@link SimBook}, no client code) reproduce every
 * checksum vector in testdata/kraken-vectors/checksum: the docs' L2 and level3 worked examples, the
 * MATIC/USD snapshot and update, and the 509-update BTC/USD replay with its corrupt update.
 */
class ChecksumsTest {

    @Test
    void docsL2WorkedExample() {
        JsonNode v = ExchangeVectors.json("checksum/book_checksum_docs_btcusd.json");
        SimBook book = new SimBook();
        applyLevels(book, v.get("snapshot_message_as_strings"), precision(v.get("instrument_precision")), 10);
        assertEquals(v.get("expected_concatenated_string").asText(), Checksums.l2Text(book));
        assertEquals(v.get("expected_checksum").asLong(), Checksums.l2(book));
    }

    @Test
    void maticSnapshotAndUpdateNeedPrecisionFormatting() {
        JsonNode v = ExchangeVectors.json("checksum/book_checksum_docs_maticusd.json");
        int[] precision = precision(v.get("instrument_precision"));
        SimBook book = new SimBook();
        applyLevels(book, v.get("snapshot"), precision, 10);
        assertEquals(v.get("snapshot_expected_string").asText(), Checksums.l2Text(book));
        assertEquals(v.get("snapshot_expected_checksum").asLong(), Checksums.l2(book));
        applyLevels(book, v.get("update"), precision, 10);
        assertEquals(v.get("book_after_update_expected_string").asText(), Checksums.l2Text(book));
        assertEquals(v.get("update_expected_checksum").asLong(), Checksums.l2(book));
    }

    @Test
    void recordedReplayValidatesEveryUpdateAndCatchesTheCorruptOne() {
        JsonNode v = ExchangeVectors.json("checksum/book_replay_btcusd_depth10_python_kraken_sdk.json");
        int[] precision = precision(v.get("instrument_precision"));
        int depth = v.get("depth").asInt();
        SimBook book = new SimBook();
        applyLevels(book, v.get("init"), precision, depth);
        assertEquals(v.get("init").get("data").get(0).get("checksum").asLong(), Checksums.l2(book));
        int n = 0;
        for (JsonNode update : v.get("updates")) {
            applyLevels(book, update, precision, depth);
            assertEquals(update.get("data").get(0).get("checksum").asLong(), Checksums.l2(book), "update " + n++);
        }
        assertEquals(509, n);
        JsonNode bad = v.get("bad_update_must_fail");
        applyLevels(book, bad, precision, depth);
        assertNotEquals(bad.get("data").get(0).get("checksum").asLong(), Checksums.l2(book));
    }

    @Test
    void docsLevel3WorkedExample() {
        JsonNode v = ExchangeVectors.json("checksum/l3_checksum_docs_example.json");
        int[] precision = precision(v.get("instrument_precision_used_by_example"));
        JsonNode data = v.get("message").get("data").get(0);
        SimBook book = new SimBook();
        for (Map.Entry<String, Boolean> side : Map.of("bids", true, "asks", false).entrySet()) {
            for (JsonNode order : data.get(side.getKey())) {
                book.add(side.getValue(), new SimOrder(order.get("order_id").asText(),
                        units(order.get("limit_price"), precision[0]), units(order.get("order_qty"), precision[1]), 0));
            }
        }
        assertEquals(v.get("expected_concatenated_string").asText(), Checksums.l3Text(book));
        assertEquals(v.get("expected_checksum").asLong(), Checksums.l3(book));
        assertEquals(data.get("checksum").asLong(), Checksums.l3(book));
    }

    /** Applies a book message's levels (absolute quantities, 0 deletes), then truncates each side to depth. */
    private static void applyLevels(SimBook book, JsonNode message, int[] precision, int depth) {
        JsonNode data = message.get("data").get(0);
        for (boolean bid : new boolean[] {true, false}) {
            for (JsonNode level : data.get(bid ? "bids" : "asks")) {
                long price = units(level.get("price"), precision[0]);
                SimLevel existing = book.side(bid).get(price);
                if (existing != null) {
                    book.deleteLevel(bid, existing);
                }
                long qty = units(level.get("qty"), precision[1]);
                if (qty > 0) {
                    book.add(bid, new SimOrder("L" + price, price, qty, 0));
                }
            }
            while (book.side(bid).size() > depth) {
                book.deleteLevel(bid, book.side(bid).lastEntry().getValue());
            }
        }
    }

    /** @return a decimal (JSON number or string) as an integer count of 10^-precision, exactly */
    private static long units(JsonNode value, int precision) {
        return new BigDecimal(value.asText()).setScale(precision).unscaledValue().longValueExact();
    }

    private static int[] precision(JsonNode p) {
        return new int[] {p.get("price_precision").asInt(), p.get("qty_precision").asInt()};
    }
}
