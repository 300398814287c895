package com.kafkaconnectkraken.source.book;

import static com.kafkaconnectkraken.source.testing.Landed.assertAllFieldsLanded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.source.config.KrakenSourceConnectorConfig;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.mapping.StructMapper;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import com.kafkaconnectkraken.source.testing.Vectors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class L2BookKeeperTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final List<String> resyncs = new ArrayList<>();
    private final TaskMetrics metrics = new TaskMetrics("l2-book-keeper-test", 0);
    private final RecordFactory records = new RecordFactory(new StructMapper(DecimalHandlingMode.PRECISE),
            new KrakenSourceConnectorConfig(Map.of("symbols", "BTC/USD")).topicNames());
    private final Precisions precisions = new Precisions();
    private final L2BookKeeper keeper = new L2BookKeeper(10, precisions, records,
            new BookResets(records, (channel, symbol) -> resyncs.add(channel + ":" + symbol), metrics));

    @AfterEach
    void close() {
        metrics.close();
    }

    private static KrakenWsMessage message(JsonNode frame) {
        return KrakenWsMessage.from(frame, NOW, 0L);
    }

    private void precision(String symbol, JsonNode instrumentPrecision) {
        ObjectNode data = KrakenJson.mapper().createObjectNode();
        data.putArray("pairs").addObject().put("symbol", symbol)
                .set("price_precision", instrumentPrecision.get("price_precision"));
        ((ObjectNode) data.get("pairs").get(0)).set("qty_precision", instrumentPrecision.get("qty_precision"));
        precisions.update(data);
    }

    @Test
    void recordedBtcUsdStreamVerifiesEveryChecksumWithoutResync() {
        JsonNode replay = Vectors.json("checksum/book_replay_btcusd_depth10_python_kraken_sdk.json");
        precision("BTC/USD", replay.get("instrument_precision"));
        List<SourceRecord> out = new ArrayList<>(keeper.onMessage(message(replay.get("init"))));
        for (JsonNode update : replay.get("updates")) {
            out.addAll(keeper.onMessage(message(update)));
        }
        assertEquals(510, out.size());
        assertTrue(out.stream().allMatch(r -> r.topic().equals("kraken.book") && "BTC/USD".equals(r.key())));
        assertEquals(List.of(), resyncs);
        assertEquals(0.0, metrics.value("checksum-failure-total"));
        JsonNode lastUpdate = replay.get("updates").get(508).get("data").get(0);
        Struct last = (Struct) out.get(509).value();
        assertAllFieldsLanded(lastUpdate, last, Map.of());
        assertEquals("update", last.get("type"));
        assertEquals(10, last.get("depth"));
    }

    @Test
    void corruptChecksumGivesExactlyOneResetAndOneResyncThenRecoversOnTheNextSnapshot() {
        JsonNode replay = Vectors.json("checksum/book_replay_btcusd_depth10_python_kraken_sdk.json");
        precision("BTC/USD", replay.get("instrument_precision"));
        keeper.onMessage(message(replay.get("init")));
        replay.get("updates").forEach(update -> keeper.onMessage(message(update)));

        List<SourceRecord> bad = keeper.onMessage(message(replay.get("bad_update_must_fail")));
        assertEquals(1, bad.size());
        Struct reset = (Struct) bad.get(0).value();
        assertEquals("kraken.book_reset", bad.get(0).topic());
        assertEquals("BTC/USD", reset.get("symbol"));
        assertEquals("checksum_mismatch", reset.get("reason"));
        assertEquals(2438868880L, reset.get("expected_checksum"));
        assertEquals(List.of("book:BTC/USD"), resyncs);
        assertEquals(1.0, metrics.value("checksum-failure-total"));
        assertEquals(1.0, metrics.value("resync-total"));

        assertEquals(List.of(), keeper.onMessage(message(replay.get("updates").get(0))), "updates wait for the snapshot");
        assertEquals(1, keeper.onMessage(message(replay.get("init"))).size());
        assertEquals(List.of("book:BTC/USD"), resyncs);
    }

    @Test
    void docsMaticExampleVerifiesWithInstrumentPrecision() {
        JsonNode vector = Vectors.json("checksum/book_checksum_docs_maticusd.json");
        precision("MATIC/USD", vector.get("instrument_precision"));
        JsonNode book = Vectors.json("ws-v2/book.json");
        List<SourceRecord> out = new ArrayList<>(keeper.onMessage(message(book.get("snapshot"))));
        out.addAll(keeper.onMessage(message(book.get("update"))));
        assertEquals(2, out.size());
        assertEquals(2439117997L, ((Struct) out.get(0).value()).get("checksum"));
        assertEquals(2114181697L, ((Struct) out.get(1).value()).get("checksum"));
        assertAllFieldsLanded(book.get("snapshot").get("data").get(0), (Struct) out.get(0).value(), Map.of());
        assertEquals(List.of(), resyncs);
    }

    @Test
    void periodicTopNSnapshotsCarryTheLocalBook() {
        JsonNode replay = Vectors.json("checksum/book_replay_btcusd_depth10_python_kraken_sdk.json");
        precision("BTC/USD", replay.get("instrument_precision"));
        JsonNode init = replay.get("init").get("data").get(0);
        keeper.onMessage(message(replay.get("init")));
        List<SourceRecord> top = keeper.topN(3, NOW);
        Struct value = (Struct) top.get(0).value();
        assertEquals("top_n", value.get("type"));
        assertEquals(3, value.getArray("bids").size());
        assertEquals(init.get("checksum").longValue(), value.get("checksum"));
        assertEquals(0, init.get("bids").get(0).get("price").decimalValue()
                .compareTo((java.math.BigDecimal) ((Struct) value.getArray("bids").get(0)).get("price")));
    }

    @Test
    void malformedFrameResetsOnlyThatSymbol() {
        JsonNode replay = Vectors.json("checksum/book_replay_btcusd_depth10_python_kraken_sdk.json");
        precision("BTC/USD", replay.get("instrument_precision"));
        keeper.onMessage(message(replay.get("init")));
        ObjectNode broken = replay.get("updates").get(0).deepCopy();
        ((ObjectNode) broken.get("data").get(0)).put("bids", "oops");
        List<SourceRecord> out = keeper.onMessage(message(broken));
        assertEquals("malformed_frame", ((Struct) out.get(0).value()).get("reason"));
        assertEquals(List.of("book:BTC/USD"), resyncs);
        assertEquals(List.of(), keeper.resetAll("reconnect", NOW), "the broken book was already dropped");
    }

    /**
     * Found by the Spot frame fuzz (seed 20261207, frame 389): an update without checksum and with an unusable timestamp
     * (false, or 99999999999999999999999999 at frame 59615) used to throw while building its reset record, so the dropped book's reset was lost and the frame counted twice.
     */
    @Test
    void aMalformedFrameWithABadTimestampStillPublishesItsResetAndCountsOnce() throws Exception {
        JsonNode replay = Vectors.json("checksum/book_replay_btcusd_depth10_python_kraken_sdk.json");
        precision("BTC/USD", replay.get("instrument_precision"));
        keeper.onMessage(message(replay.get("init")));
        ObjectNode broken = replay.get("updates").get(0).deepCopy();
        ((ObjectNode) broken.get("data").get(0)).put("checksum", "-Infinity").put("timestamp", false);
        List<SourceRecord> out = new ArrayList<>(keeper.onMessage(message(broken)));
        keeper.onMessage(message(replay.get("init")));
        ObjectNode huge = (ObjectNode) KrakenJson.mapper().readTree(broken.toString().replace("false",
                "99999999999999999999999999"));
        out.addAll(keeper.onMessage(message(huge)));
        assertEquals(2, out.size());
        Struct reset = (Struct) out.get(0).value();
        assertEquals("malformed_frame", reset.get("reason"));
        assertEquals("BTC/USD", reset.get("symbol"));
        assertEquals(2.0, metrics.value("malformed-frame-total"));
        assertEquals(List.of("book:BTC/USD", "book:BTC/USD"), resyncs);
    }

    /** Found by the Spot frame fuzz (seed 20261207): a snapshot whose type was 1.5E-7 was applied and published as is. */
    @Test
    void aBookFrameOfUnknownTypeIsRejected() {
        JsonNode replay = Vectors.json("checksum/book_replay_btcusd_depth10_python_kraken_sdk.json");
        precision("BTC/USD", replay.get("instrument_precision"));
        keeper.onMessage(message(replay.get("init")));
        ObjectNode odd = replay.get("init").deepCopy();
        odd.put("type", "1.5E-7");
        assertThrows(DataException.class, () -> keeper.onMessage(message(odd)));
    }
}
