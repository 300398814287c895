package com.kafkaconnectkraken.source.book;

import static com.kafkaconnectkraken.source.testing.Landed.assertAllFieldsLanded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class L3BookKeeperTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final List<String> resyncs = new ArrayList<>();
    private final TaskMetrics metrics = new TaskMetrics("l3-book-keeper-test", 0);
    private final RecordFactory records = new RecordFactory(new StructMapper(DecimalHandlingMode.PRECISE),
            new KrakenSourceConnectorConfig(Map.of("symbols", "BTC/USD")).topicNames());
    private final L3BookKeeper keeper = new L3BookKeeper(10, new Precisions(), records,
            new BookResets(records, (channel, symbol) -> resyncs.add(channel + ":" + symbol), metrics));

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void docsExampleSnapshotVerifiesAndLandsOrderByOrder() {
        JsonNode vector = Vectors.json("checksum/l3_checksum_docs_example.json");
        List<SourceRecord> out = keeper.onMessage(KrakenWsMessage.from(vector.get("message"), NOW, 0L));
        assertEquals(1, out.size());
        Struct value = (Struct) out.get(0).value();
        assertEquals("kraken.level3", out.get(0).topic());
        assertEquals(1063832831L, value.get("checksum"));
        assertAllFieldsLanded(vector.get("message").get("data").get(0), value, Map.of());
        assertEquals(List.of(), resyncs);
    }

    @Test
    void wrongChecksumResyncsTheSymbol() {
        ObjectNode frame = Vectors.json("checksum/l3_checksum_docs_example.json").get("message").deepCopy();
        ((ObjectNode) frame.get("data").get(0)).put("checksum", 1L);
        List<SourceRecord> out = keeper.onMessage(KrakenWsMessage.from(frame, NOW, 0L));
        Struct reset = (Struct) out.get(0).value();
        assertEquals("level3", reset.get("channel"));
        assertEquals(1063832831L, reset.get("computed_checksum"));
        assertEquals(List.of("level3:BTC/USD"), resyncs);
    }
}
