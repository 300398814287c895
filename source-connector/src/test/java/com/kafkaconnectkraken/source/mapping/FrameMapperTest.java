package com.kafkaconnectkraken.source.mapping;

import static com.kafkaconnectkraken.source.testing.Landed.assertAllFieldsLanded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.source.config.KrakenSourceConnectorConfig;
import com.kafkaconnectkraken.source.testing.Vectors;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FrameMapperTest {

    private static final Instant RECEIVED = Instant.parse("2026-01-02T03:04:05.678Z");

    private final FrameMapper mapper = mapper(DecimalHandlingMode.PRECISE);

    static FrameMapper mapper(DecimalHandlingMode mode) {
        KrakenSourceConnectorConfig config = new KrakenSourceConnectorConfig(Map.of("symbols", "BTC/USD"));
        return new FrameMapper(new RecordFactory(new StructMapper(mode), config.topicNames()));
    }

    static KrakenWsMessage message(JsonNode frame) {
        return KrakenWsMessage.from(frame, RECEIVED, 0L);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"ticker,snapshot", "ticker,update", "trade,snapshot", "trade,update", "executions,update_pending_new",
        "executions,update_new", "executions,update_trade", "balances,snapshot", "balances,update_deposit"})
    void everyFieldOfEverySampleFrameLandsInTheRecord(String channel, String frameName) {
        JsonNode frame = Vectors.json("ws-v2/" + channel + ".json").get(frameName);
        List<SourceRecord> records = mapper.map(message(frame));
        assertEquals(frame.get("data").size(), records.size());
        for (int i = 0; i < records.size(); i++) {
            Struct value = (Struct) records.get(i).value();
            assertAllFieldsLanded(frame.get("data").get(i), value, Map.of());
            assertEquals(frame.get("type").asText(), value.get(channel.equals("balances") ? "frame_type" : "type"));
            assertEquals(Date.from(RECEIVED), value.get("received_at"));
        }
    }

    @Test
    void balanceTradeUpdatesKeepSequenceAndLedgerType() {
        for (JsonNode frame : Vectors.json("ws-v2/balances.json").get("update_trade_messages")) {
            Struct value = (Struct) mapper.map(message(frame)).get(0).value();
            assertAllFieldsLanded(frame.get("data").get(0), value, Map.of());
            assertEquals(frame.get("sequence").longValue(), value.get("sequence"));
            assertEquals("trade", value.get("type"));
        }
    }

    @Test
    void tickerRecordHasTopicKeyExactDecimalsAndExchangeTime() {
        SourceRecord record = mapper.map(message(Vectors.json("ws-v2/ticker.json").get("snapshot"))).get(0);
        Struct value = (Struct) record.value();
        assertEquals("kraken.ticker", record.topic());
        assertEquals("ALGO/USD", record.key());
        assertEquals(new BigDecimal("0.100250000000000000"), value.get("bid"));
        assertEquals(new BigDecimal("-0.170000000000000000"), value.get("change_pct"));
        long exchangeMillis = Instant.parse("2023-09-25T09:04:31.742648Z").toEpochMilli();
        assertEquals(new Date(exchangeMillis), value.get("timestamp"));
        assertEquals("2023-09-25T09:04:31.742648Z", value.get("timestamp_text"));
        assertEquals(exchangeMillis, record.timestamp());
        assertEquals(null, record.sourcePartition());
    }

    @Test
    void ohlcKeepsMessageTimestampAndCandleTimestampApart() {
        JsonNode frame = Vectors.json("ws-v2/ohlc.json").get("snapshot");
        List<SourceRecord> records = mapper.map(message(frame));
        assertEquals(2, records.size());
        Struct first = (Struct) records.get(0).value();
        assertAllFieldsLanded(frame.get("data").get(0), first, Map.of("timestamp", "candle_timestamp"));
        assertEquals("2023-10-04T16:26:01.806315597Z", first.get("timestamp_text"));
        assertEquals("2023-10-04T15:25:00.000000000Z", first.get("interval_begin_text"));
        assertEquals(5, first.get("interval"));
        assertEquals(1L, first.get("trades"));
        assertAllFieldsLanded(Vectors.json("ws-v2/ohlc.json").get("update").get("data").get(0),
                (Struct) mapper.map(message(Vectors.json("ws-v2/ohlc.json").get("update"))).get(0).value(),
                Map.of("timestamp", "candle_timestamp"));
    }

    @Test
    void instrumentSplitsIntoAssetAndPairRecords() {
        JsonNode frame = Vectors.json("ws-v2/instrument.json").get("snapshot");
        List<SourceRecord> records = mapper.map(message(frame));
        assertEquals(5, records.size());
        for (int i = 0; i < 3; i++) {
            assertEquals("kraken.instrument_asset", records.get(i).topic());
            assertAllFieldsLanded(frame.get("data").get("assets").get(i), (Struct) records.get(i).value(), Map.of());
        }
        for (int i = 0; i < 2; i++) {
            assertEquals("kraken.instrument_pair", records.get(3 + i).topic());
            assertAllFieldsLanded(frame.get("data").get("pairs").get(i), (Struct) records.get(3 + i).value(), Map.of());
        }
        assertEquals("BTC/USD", records.get(3).key());
        assertEquals(new BigDecimal("0.000000010000000000"), ((Struct) records.get(3).value()).get("qty_increment"));
        assertEquals(1, mapper.map(message(Vectors.json("ws-v2/instrument.json").get("update"))).size());
    }

    @Test
    void executionsAreKeyedByOrderIdWithFeesAndSequence() {
        JsonNode frame = Vectors.json("ws-v2/executions.json").get("update_trade");
        SourceRecord record = mapper.map(message(frame)).get(0);
        Struct value = (Struct) record.value();
        assertEquals("kraken.execution", record.topic());
        assertEquals("OK4GJX-KSTLS-7DZZO5", record.key());
        assertEquals(10L, value.get("sequence"));
        assertEquals("ws", value.get("source"));
        Struct fee = (Struct) value.getArray("fees").get(0);
        assertEquals("USD", fee.get("asset"));
        assertEquals(0, new BigDecimal("0.3458").compareTo((BigDecimal) fee.get("qty")));
    }

    @Test
    void stringModeKeepsTheWireTextAndDoubleModeGivesDoubles() {
        JsonNode frame = Vectors.json("ws-v2/trade.json").get("update");
        Struct asString = (Struct) mapper(DecimalHandlingMode.STRING).map(message(frame)).get(0).value();
        assertEquals("40.0", asString.get("qty"));
        assertEquals("0.5117", asString.get("price"));
        Struct asDouble = (Struct) mapper(DecimalHandlingMode.DOUBLE).map(message(frame)).get(0).value();
        assertEquals(0.5117d, asDouble.get("price"));
    }

    @Test
    void unknownFieldsArePreservedAsRawJson() {
        ObjectNode frame = Vectors.json("ws-v2/trade.json").get("update").deepCopy();
        ((ObjectNode) frame.get("data").get(0)).put("new_field", new BigDecimal("12.50"));
        Struct value = (Struct) mapper.map(message(frame)).get(0).value();
        assertEquals(Map.of("new_field", "12.50"), value.get("extra_fields"));
    }

    @Test
    void malformedFramesFailWithTheFieldPath() {
        ObjectNode frame = Vectors.json("ws-v2/trade.json").get("update").deepCopy();
        ((ObjectNode) frame.get("data").get(0)).put("price", "abc");
        DataException e = assertThrows(DataException.class, () -> mapper.map(message(frame)));
        assertTrue(e.getMessage().contains("'price'"), e.getMessage());
        ObjectNode noSymbol = Vectors.json("ws-v2/ticker.json").get("update").deepCopy();
        ((ObjectNode) noSymbol.get("data").get(0)).remove("symbol");
        assertTrue(assertThrows(DataException.class, () -> mapper.map(message(noSymbol))).getMessage().contains("symbol"));
        ObjectNode unknown = Vectors.json("ws-v2/trade.json").get("update").deepCopy();
        unknown.put("channel", "futures");
        assertTrue(assertThrows(DataException.class, () -> mapper.map(message(unknown))).getMessage().contains("futures"));
    }
}
