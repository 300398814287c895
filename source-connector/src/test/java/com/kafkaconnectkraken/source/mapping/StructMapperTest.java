package com.kafkaconnectkraken.source.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.source.config.RecordType;
import com.kafkaconnectkraken.source.testing.Vectors;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class StructMapperTest {

    private static final Instant RECEIVED = Instant.parse("2026-01-02T03:04:05.678Z");

    private final StructMapper mapper = new StructMapper(DecimalHandlingMode.PRECISE);

    /** The mapper validates each field as it is put and skips the whole-struct pass: the result must still validate. */
    @ParameterizedTest
    @EnumSource(DecimalHandlingMode.class)
    void everySampleFrameGivesValidStructsAndLeavesTheFrameUntouched(DecimalHandlingMode mode) {
        FrameMapper frames = FrameMapperTest.mapper(mode);
        StructMapper structs = new StructMapper(mode);
        String[][] samples = {{"ticker", "snapshot", "update"}, {"trade", "snapshot", "update"},
            {"ohlc", "snapshot", "update"}, {"instrument", "snapshot", "update"},
            {"executions", "update_pending_new", "update_new", "update_trade"},
            {"balances", "snapshot", "update_deposit"}};
        for (String[] sample : samples) {
            for (int i = 1; i < sample.length; i++) {
                JsonNode frame = Vectors.json("ws-v2/" + sample[0] + ".json").get(sample[i]);
                JsonNode before = frame.deepCopy();
                for (SourceRecord record : frames.map(FrameMapperTest.message(frame))) {
                    Struct value = (Struct) record.value();
                    value.validate();
                    assertSame(structs.schema(RecordType.fromSchemaName(record.topic().substring("kraken.".length()))),
                            value.schema(), record.topic());
                }
                assertEquals(before, frame, sample[0] + "." + sample[i]);
            }
        }
    }

    @Test
    void envelopeValuesReplaceOrRemoveTheItemsAndUnknownOnesAreExtras() {
        ObjectNode item = KrakenJson.mapper().createObjectNode().put("symbol", "BTC/USD").put("type", "stale")
                .put("qty", new BigDecimal("0.5")).put("side", "buy").put("old_note", "x").put("gone", 1);
        ObjectNode envelope = KrakenJson.mapper().createObjectNode().put("type", "update").put("old_note", "y")
                .put("extra", true).putNull("gone").putNull("side");
        Struct value = mapper.toStruct(RecordType.TRADE, item, envelope, RECEIVED);
        assertEquals("update", value.get("type"));
        assertNull(value.get("side"));
        assertEquals(new BigDecimal("0.500000000000000000"), value.get("qty"));
        assertEquals(Map.of("old_note", "\"y\"", "extra", "true"), value.get("extra_fields"));
        assertEquals("stale", item.get("type").asText());
        value.validate();
    }

    @Test
    void valuesInConnectFormAreTakenAsGivenAndReplaceTheItems() {
        Schema level = mapper.schema(RecordType.BOOK).field("bids").schema().valueSchema();
        Struct bid = new Struct(level).put("price", new BigDecimal("100.500000000000000000"))
                .put("qty", new BigDecimal("2.000000000000000000"));
        ObjectNode item = KrakenJson.mapper().createObjectNode().put("symbol", "BTC/USD").put("type", "update")
                .put("depth", 10).put("checksum", 7L).put("note", "kept");
        item.putArray("bids").addObject().put("price", 1).put("qty", 1);

        Struct value = mapper.toStructWith(RecordType.BOOK, item, Map.of("bids", List.of(bid), "asks", List.of()), RECEIVED);

        value.validate();
        assertEquals(List.of(bid), value.getArray("bids"));
        assertSame(bid, value.getArray("bids").get(0));
        assertEquals(List.of(), value.getArray("asks"));
        assertEquals(7L, value.get("checksum"));
        assertEquals(Map.of("note", "\"kept\""), value.get("extra_fields"));
        assertEquals(Date.from(RECEIVED), value.get("received_at"));
    }

    @Test
    void valuesInConnectFormAreValidatedAndRequiredFieldsStillChecked() {
        ObjectNode item = KrakenJson.mapper().createObjectNode().put("symbol", "BTC/USD").put("type", "update")
                .put("depth", 10).put("checksum", 7L);
        assertThrows(DataException.class,
                () -> mapper.toStructWith(RecordType.BOOK, item, Map.of("bids", "not a list", "asks", List.of()), RECEIVED));
        DataException missing = assertThrows(DataException.class,
                () -> mapper.toStructWith(RecordType.BOOK, item, Map.of("bids", List.of()), RECEIVED));
        assertEquals("Required field 'asks' is missing", missing.getMessage());
    }

    @Test
    void recordWithoutUnknownFieldsHasNoExtraFields() {
        ObjectNode item = KrakenJson.mapper().createObjectNode().put("symbol", "BTC/USD").put("type", "update");
        assertNull(mapper.toStruct(RecordType.TRADE, item, RECEIVED).get("extra_fields"));
    }

    @Test
    void nestedUnknownFieldsAreKeyedByTheirPath() {
        ObjectNode item = Vectors.json("ws-v2/executions.json").get("update_trade").get("data").get(0).deepCopy();
        item.put("type", "update");
        ((ObjectNode) item.get("fees").get(0)).put("rate", "0.26");
        Struct value = mapper.toStruct(RecordType.EXECUTION, item, RECEIVED);
        assertEquals(Map.of("fees.rate", "\"0.26\""), value.get("extra_fields"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"currency\":\"ZUSD\",\"fees\":{\"XXBTZUSD\":{\"fee\":\"abc\"}}}|Field 'fees.XXBTZUSD.fee' is not a decimal: \"abc\"",
        "{\"currency\":\"ZUSD\",\"fees\":{\"XXBTZUSD\":[]}}|Field 'fees.XXBTZUSD.' must be a JSON object, was ARRAY",
        "{\"currency\":\"ZUSD\",\"fees\":[]}|Field 'fees' must be a JSON object, was ARRAY",
        "{\"volume\":\"1\"}|Required field 'currency' is missing"})
    void errorsNameTheFieldPathThroughMapsOfStructs(String json, String message) throws Exception {
        ObjectNode item = (ObjectNode) KrakenJson.mapper().readTree(json);
        DataException e = assertThrows(DataException.class, () -> mapper.toStruct(RecordType.TRADE_VOLUME, item, RECEIVED));
        assertEquals(message, e.getMessage());
    }

    @Test
    void mapsOfStructsKeepEveryEntry() throws Exception {
        ObjectNode item = (ObjectNode) KrakenJson.mapper().readTree(
                "{\"currency\":\"ZUSD\",\"fees\":{\"XXBTZUSD\":{\"fee\":\"0.26\",\"rebate\":\"0\"},\"XETHZUSD\":{}}}");
        Struct value = mapper.toStruct(RecordType.TRADE_VOLUME, item, RECEIVED);
        Map<String, Object> fees = value.getMap("fees");
        assertEquals(new BigDecimal("0.260000000000000000"), ((Struct) fees.get("XXBTZUSD")).get("fee"));
        assertNull(((Struct) fees.get("XETHZUSD")).get("fee"));
        assertEquals(Map.of("fees.XXBTZUSD.rebate", "\"0\""), value.get("extra_fields"));
    }
}
