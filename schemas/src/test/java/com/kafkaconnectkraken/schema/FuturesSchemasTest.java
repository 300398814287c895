package com.kafkaconnectkraken.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.LogicalTypes;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Timestamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Kraken Futures part of the contract ({@code schemas/futures/*.avsc}, see
 * docs/protocol/kraken-futures.md): its own namespace, the time convention, and coverage of every
 * frame of {@code testdata/kraken-vectors/futures/feeds_samples.json}, field by field, with the JSON
 * type each schema field expects, so that no documented field would land in {@code extra_fields}.
 * The registry-converter parity of these files is proven by {@link KrakenSchemasTest}, whose
 * contract list includes them.
 */
class FuturesSchemasTest {

    private static final String NAMESPACE = "com.kafkaconnectkraken.avro.futures";
    /** The routing discriminator of every Futures frame; the topic carries it, no record field does. */
    private static final String FEED = "feed";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** The exchange time field of each record type; ticker_lite carries none (Kraken sends no time in it). */
    private static final Map<String, String> EXCHANGE_TIME = Map.of("futures/ticker", "time", "futures/book", "timestamp",
            "futures/trade", "time", "futures/fill", "time", "futures/open_order", "time",
            "futures/open_position", "timestamp", "futures/balance", "timestamp", "futures/account_log", "date",
            "futures/notification", "effective_time");

    static List<String> futuresFiles() {
        return KrakenSchemasTest.avscNames(new File("futures"), "futures/");
    }

    /** Sample key, schema, and the member holding the record's own fields (null: the frame itself). */
    static Stream<Arguments> sampleFrames() {
        return Stream.of(arguments("ticker", "futures/ticker", null),
                arguments("book_snapshot", "futures/book", null),
                arguments("fills_snapshot", "futures/fill", "fills"),
                arguments("open_orders_delta", "futures/open_order", "order"));
    }

    @Test
    void futuresDirectoryHoldsOneFilePerFuturesRecordType() {
        assertEquals(List.of("futures/account_log", "futures/balance", "futures/book", "futures/fill",
                "futures/notification", "futures/open_order", "futures/open_position", "futures/ticker",
                "futures/ticker_lite", "futures/trade"), futuresFiles());
    }

    @ParameterizedTest
    @MethodSource("futuresFiles")
    void everyFuturesSchemaIsInTheFuturesNamespaceAndLoadsByItsPath(String name) {
        org.apache.avro.Schema avro = KrakenSchemas.avro(name);
        assertEquals(NAMESPACE, avro.getNamespace(), name);
        assertEquals(NAMESPACE + "." + avro.getName(), KrakenSchemas.connect(name).name());
        assertTrue(avro.getDoc().contains("https://docs.kraken.com/api/docs/futures-api/websocket/"), name);
    }

    @ParameterizedTest
    @MethodSource("futuresFiles")
    void futuresRecordsCarryReceiveTimeAndTheExchangeTimeAsEpochMillis(String name) {
        Schema connect = KrakenSchemas.connect(name);
        assertEquals(Timestamp.LOGICAL_NAME, connect.field("received_at").schema().name(), name);
        assertFalse(connect.field("received_at").schema().isOptional(), name);
        assertNotNull(connect.field("extra_fields"), name);
        if (name.equals("futures/ticker_lite")) {
            assertTrue(connect.fields().stream().noneMatch(f -> Timestamp.LOGICAL_NAME.equals(f.schema().name())
                    && !f.name().equals("received_at") && !f.name().equals("maturityTime")), name);
            return;
        }
        String time = EXCHANGE_TIME.get(name);
        assertNotNull(time, name);
        assertEquals(Timestamp.LOGICAL_NAME, connect.field(time).schema().name(), name + "." + time);
        assertTrue(connect.field(time).schema().isOptional(), name + "." + time);
    }

    @Test
    void onlyTheIsoDateOfTheAccountLogKeepsItsText() {
        assertEquals(Schema.Type.STRING, KrakenSchemas.connect("futures/account_log").field("date_text").schema().type());
        for (String name : futuresFiles()) {
            assertTrue(KrakenSchemas.connect(name).fields().stream()
                    .noneMatch(f -> f.name().endsWith("_text") && !name.equals("futures/account_log")), name);
        }
    }

    @ParameterizedTest
    @MethodSource("sampleFrames")
    void everyFieldOfASampleFrameHasAFieldOfItsNameAndTypeInTheSchema(String sample, String name, String member)
            throws IOException {
        JsonNode frame = samples().get(sample);
        org.apache.avro.Schema record = KrakenSchemas.avro(name);
        Set<String> envelope = member == null ? Set.of(FEED) : Set.of(FEED, member);
        assertRecordCovers(frame, record, envelope, sample);
        if (member != null) {
            JsonNode own = frame.get(member);
            Iterable<JsonNode> elements = own.isArray() ? own : List.of(own);
            for (JsonNode element : elements) {
                assertRecordCovers(element, record, Set.of(FEED), sample + "." + member);
            }
        }
    }

    @Test
    void aBookDeltaIsOneLevelOfTheBookRecord() throws IOException {
        JsonNode delta = samples().get("book_delta");
        org.apache.avro.Schema book = KrakenSchemas.avro("futures/book");
        assertRecordCovers(delta, book, Set.of(FEED, "side", "price", "qty"), "book_delta");
        assertTrue(Set.of("buy", "sell").contains(delta.get("side").asText()), "side picks bids or asks");
        org.apache.avro.Schema bookLevel = book.getField("bids").schema().getElementType();
        assertEquals(bookLevel, book.getField("asks").schema().getElementType());
        assertEquals(Set.of("price", "qty"), Set.copyOf(bookLevel.getFields().stream().map(org.apache.avro.Schema.Field::name).toList()));
        assertConforms(delta.get("price"), bookLevel.getField("price").schema(), "book_delta.price");
        assertConforms(delta.get("qty"), bookLevel.getField("qty").schema(), "book_delta.qty");
    }

    @Test
    void everySampleFrameIsMappedToARecordType() throws IOException {
        Set<String> mapped = new HashSet<>(Set.of("book_delta"));
        sampleFrames().forEach(a -> mapped.add((String) a.get()[0]));
        for (Map.Entry<String, JsonNode> e : samples().properties()) {
            if (e.getValue().isObject() && e.getValue().has(FEED)) {
                assertTrue(mapped.contains(e.getKey()), e.getKey() + " has no record type in this test");
            }
        }
    }

    private static void assertRecordCovers(JsonNode object, org.apache.avro.Schema record, Set<String> skipped,
            String path) {
        assertTrue(object.isObject(), path + " is not an object");
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!skipped.contains(e.getKey())) {
                org.apache.avro.Schema.Field field = record.getField(e.getKey());
                assertNotNull(field, path + "." + e.getKey() + " has no field in " + record.getFullName());
                assertConforms(e.getValue(), field.schema(), path + "." + e.getKey());
            }
        }
    }

    /** The JSON value has the shape the schema expects; a decimal also fits scale 18 exactly. */
    private static void assertConforms(JsonNode value, org.apache.avro.Schema schema, String path) {
        if (value.isNull()) {
            assertTrue(schema.isNullable(), path + " is null but required");
            return;
        }
        org.apache.avro.Schema type = schema.isUnion() ? schema.getTypes().get(1) : schema;
        switch (type.getType()) {
            case RECORD:
                assertRecordCovers(value, type, Set.of(), path);
                break;
            case ARRAY:
                assertTrue(value.isArray(), path);
                value.forEach(element -> assertConforms(element, type.getElementType(), path + "[]"));
                break;
            case MAP:
                assertTrue(value.isObject(), path);
                value.properties().forEach(e -> assertConforms(e.getValue(), type.getValueType(), path + "." + e.getKey()));
                break;
            case BYTES:
                assertTrue(type.getLogicalType() instanceof LogicalTypes.Decimal && value.isNumber(), path);
                assertEquals(0, value.decimalValue().compareTo(KrakenDecimal.rescale(value.decimalValue())), path);
                break;
            case LONG:
            case INT:
                assertTrue(value.isIntegralNumber() && (type.getType() == org.apache.avro.Schema.Type.LONG || value.canConvertToInt()), path);
                break;
            case BOOLEAN:
                assertTrue(value.isBoolean(), path);
                break;
            case STRING:
                assertTrue(value.isTextual(), path);
                break;
            default:
                throw new AssertionError(path + ": no sample check for " + type.getType());
        }
    }

    private static JsonNode samples() throws IOException {
        String dir = System.getProperty("kraken.vectors.dir", "../testdata/kraken-vectors");
        return JSON.readTree(Path.of(dir, "futures", "feeds_samples.json").toFile());
    }
}
