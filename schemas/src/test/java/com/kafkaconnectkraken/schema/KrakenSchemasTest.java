package com.kafkaconnectkraken.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apicurio.registry.utils.converter.avro.AvroData;
import io.apicurio.registry.utils.converter.avro.AvroDataConfig;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Timestamp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Parity between the .avsc contract and the Connect schemas the connectors emit. The oracle is the
 * Avro&lt;-&gt;Connect mapping of the registry converter itself (Apicurio's AvroData, a fork of
 * Confluent's), not this module's converter.
 */
class KrakenSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AvroData avroData = new AvroData(new AvroDataConfig(Map.of()));
    /** Enum symbols survive Connect only with the converter's enhanced support (the sink's command enums). */
    private final AvroData enhancedAvroData = new AvroData(new AvroDataConfig(Map.of("enhanced.avro.schema.support", true)));

    /** Every schema name of the contract: the module directory's files and those of {@code futures/} and {@code trader/}. */
    static List<String> contractFiles() {
        List<String> names = new ArrayList<>(avscNames(new File("."), ""));
        names.addAll(avscNames(new File("futures"), "futures/"));
        names.addAll(avscNames(new File("trader"), "trader/"));
        return names;
    }

    static List<String> avscNames(File directory, String prefix) {
        File[] files = directory.listFiles((dir, name) -> name.endsWith(".avsc"));
        assertNotNull(files, directory + " is not a directory");
        return Arrays.stream(files).map(f -> prefix + f.getName().replace(".avsc", "")).sorted().collect(Collectors.toList());
    }

    @Test
    void moduleDirectoryHoldsTheSourceSideContract() {
        assertTrue(contractFiles().containsAll(List.of("ticker", "book", "book_reset", "trade", "ohlc",
                "instrument_asset", "instrument_pair", "level3", "execution", "balance", "ledger", "gap",
                "balance_ex", "trade_balance", "order", "trade_history", "open_position", "trade_volume")));
    }

    @ParameterizedTest
    @MethodSource("contractFiles")
    void connectSchemaEqualsWhatTheRegistryConverterDerivesFromTheAvsc(String name) {
        assertEquals(avroData.toConnectSchema(KrakenSchemas.avro(name)), KrakenSchemas.connect(name));
    }

    @ParameterizedTest
    @MethodSource("contractFiles")
    void connectSchemaRegistersAsTheAvscItself(String name) throws Exception {
        org.apache.avro.Schema registered = enhancedAvroData.fromConnectSchema(KrakenSchemas.connect(name));
        JsonNode expected = withoutConnectProps(JSON.readTree(new File(name + ".avsc")));
        JsonNode actual = withoutConnectProps(JSON.readTree(registered.toString()));
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @MethodSource("contractFiles")
    void everyTopLevelSchemaHasFullNameVersionAndDocumentedFields(String name) {
        org.apache.avro.Schema avro = KrakenSchemas.avro(name);
        assertTrue(avro.getNamespace() != null && avro.getNamespace().startsWith("com.kafkaconnectkraken."), name);
        assertEquals(1, avro.getObjectProp("connect.version"), name);
        assertTrue(avro.getDoc() != null && !avro.getDoc().isBlank(), name);
        Schema connect = KrakenSchemas.connect(name);
        assertEquals(avro.getFullName(), connect.name());
        assertEquals(1, connect.version());
        avro.getFields().forEach(f -> assertTrue(f.doc() != null && !f.doc().isBlank(), name + "." + f.name()));
    }

    @ParameterizedTest
    @MethodSource("contractFiles")
    void sourceRecordsCarryReceiveAndExchangeTimestamps(String name) {
        if (name.startsWith("order_") || name.startsWith("futures/") || name.equals("trader/order_command")) {
            return; // sink-side command/ack contract; Futures times are epoch ms (FuturesSchemasTest)
        }
        Schema connect = KrakenSchemas.connect(name);
        assertEquals(Timestamp.LOGICAL_NAME, connect.field("received_at").schema().name(), name);
        assertFalse(connect.field("received_at").schema().isOptional(), name);
        boolean hasExchangeTime = connect.fields().stream().anyMatch(f -> f.name().matches("timestamp|time|opentm|ts")
                && Timestamp.LOGICAL_NAME.equals(f.schema().name()) && connect.field(f.name() + "_text") != null);
        assertTrue(hasExchangeTime, name);
    }

    @Test
    void decimalsAreExactDecimalsWithTheDocumentedScaleAndPrecision() {
        Schema bid = KrakenSchemas.connect("ticker").field("bid").schema();
        assertEquals(Decimal.LOGICAL_NAME, bid.name());
        assertEquals("18", bid.parameters().get(Decimal.SCALE_FIELD));
        assertEquals("38", bid.parameters().get("connect.decimal.precision"));
        assertTrue(bid.isOptional());
        assertNull(bid.defaultValue());
        Schema price = KrakenSchemas.connect("book").field("bids").schema().valueSchema().field("price").schema();
        assertEquals(Decimal.LOGICAL_NAME, price.name());
        assertFalse(price.isOptional());
    }

    @Test
    void decimalHandlingModesReshapeOnlyDecimalFields() {
        Schema asString = KrakenSchemas.connect("ledger", DecimalHandlingMode.STRING);
        Schema asDouble = KrakenSchemas.connect("ledger", DecimalHandlingMode.DOUBLE);
        assertEquals(Schema.Type.STRING, asString.field("amount").schema().type());
        assertNull(asString.field("amount").schema().name());
        assertTrue(asString.field("amount").schema().isOptional());
        assertEquals(Schema.Type.FLOAT64, asDouble.field("amount").schema().type());
        assertEquals(Timestamp.LOGICAL_NAME, asDouble.field("time").schema().name());
        assertEquals(KrakenSchemas.connect("ledger").fields().size(), asString.fields().size());
    }

    @Test
    void nonNullDefaultsAndOptionalityFollowTheAvsc() {
        Schema gap = KrakenSchemas.connect("gap");
        assertEquals(false, gap.field("backfilled").schema().defaultValue());
        assertFalse(gap.field("backfilled").schema().isOptional());
        assertEquals("ws", KrakenSchemas.connect("execution").field("source").schema().defaultValue());
        assertTrue(KrakenSchemas.connect("execution").field("triggers").schema().isOptional());
        assertEquals(Schema.Type.STRUCT, KrakenSchemas.connect("execution").field("triggers").schema().type());
    }

    @Test
    void schemasAreBuiltOnceAndShared() {
        assertSame(KrakenSchemas.connect("trade"), KrakenSchemas.connect("trade"));
        assertSame(KrakenSchemas.avro("trade"), KrakenSchemas.avro("trade"));
    }

    @Test
    void unknownSchemaNameFailsClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KrakenSchemas.avro("no_such"));
        assertTrue(e.getMessage().contains("/no_such.avsc"));
    }

    private static JsonNode withoutConnectProps(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            Iterator<String> names = object.fieldNames();
            while (names.hasNext()) {
                if (names.next().startsWith("connect.")) {
                    names.remove();
                }
            }
            object.forEach(KrakenSchemasTest::withoutConnectProps);
        } else if (node instanceof ArrayNode) {
            node.forEach(KrakenSchemasTest::withoutConnectProps);
        }
        return node;
    }
}
