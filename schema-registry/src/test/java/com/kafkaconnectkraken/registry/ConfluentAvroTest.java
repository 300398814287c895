package com.kafkaconnectkraken.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.util.Utf8;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Decoding of Confluent-framed payloads (magic byte 0, 4-byte big-endian schema id, Avro binary) whose datum is
 * written by Apache Avro's own {@link GenericDatumWriter}, plus one payload hand-encoded from the Avro 1.12
 * specification. Schemas are served over loopback HTTP the way the ccompat API answers
 * {@code GET /schemas/ids/{id}}: id 7 a small trade record, id 9 the published contract's {@code trade.avsc},
 * id 10 a plain string, id 11 a JSON schema; any other id answers 404.
 */
class ConfluentAvroTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SMALL_TRADE = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Trade\","
            + "\"fields\":[{\"name\":\"symbol\",\"type\":\"string\"},{\"name\":\"qty\",\"type\":\"long\"}]}");
    private static final Schema CONTRACT_TRADE = contract("trade");
    private static final Schema STRING = Schema.create(Schema.Type.STRING);
    private static final Map<Integer, String> SCHEMAS = Map.of(
            7, json("schema", SMALL_TRADE.toString()),
            9, json("schema", CONTRACT_TRADE.toString()),
            10, json("schema", STRING.toString()),
            11, "{\"schemaType\":\"JSON\",\"schema\":\"{\\\"type\\\":\\\"object\\\"}\"}");
    private static final AtomicInteger SCHEMA_REQUESTS = new AtomicInteger();

    private static HttpServer server;
    private ConfluentAvro avro;

    @BeforeAll
    static void startSchemaEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/apis/ccompat/v7/schemas/ids/", ConfluentAvroTest::answer);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @BeforeEach
    void freshReader() {
        SCHEMA_REQUESTS.set(0);
        avro = new ConfluentAvro("http://127.0.0.1:" + server.getAddress().getPort() + "/apis/ccompat/v7/");
    }

    @Test
    void decodesRecordWrittenByAvrosOwnWriter() {
        GenericRecord written = new GenericData.Record(SMALL_TRADE);
        written.put("symbol", "BTC/USD");
        written.put("qty", 42L);

        GenericRecord trade = avro.decodeRecord(frame(7, SMALL_TRADE, written));

        assertEquals("Trade", trade.getSchema().getName());
        assertEquals(new Utf8("BTC/USD"), trade.get("symbol"));
        assertEquals(42L, trade.get("qty"));
    }

    @Test
    void decodesContractTradeWithDecimalsNullsMapsAndTimestamps() {
        GenericRecord written = new GenericData.Record(CONTRACT_TRADE);
        written.put("symbol", "ETH/USD");
        written.put("type", "update");
        written.put("side", "sell");
        written.put("price", decimalBytes(CONTRACT_TRADE, "price", new BigDecimal("3120.45")));
        written.put("qty", decimalBytes(CONTRACT_TRADE, "qty", new BigDecimal("0.000001")));
        written.put("trade_id", 77L);
        written.put("received_at", 1_700_000_000_123L);
        written.put("extra_fields", Map.of("triggers.foo", "\"bar\""));

        GenericRecord trade = avro.decodeRecord(frame(9, CONTRACT_TRADE, written));

        assertEquals("com.kafkaconnectkraken.avro.Trade", trade.getSchema().getFullName());
        assertEquals(new Utf8("sell"), trade.get("side"));
        assertEquals(new BigDecimal("3120.450000000000000000"), decimal(trade, "price"));
        assertEquals(new BigDecimal("0.000001000000000000"), decimal(trade, "qty"));
        assertNull(trade.get("ord_type"));
        assertNull(trade.get("timestamp"));
        assertEquals(77L, trade.get("trade_id"));
        assertEquals(1_700_000_000_123L, trade.get("received_at"));
        assertEquals(Map.of(new Utf8("triggers.foo"), new Utf8("\"bar\"")), trade.get("extra_fields"));
    }

    @Test
    void decodesNonRecordDatumButDecodeRecordRefusesIt() {
        byte[] payload = frame(10, STRING, new Utf8("key-1"));

        assertEquals(new Utf8("key-1"), avro.decode(payload));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> avro.decodeRecord(payload));
        assertTrue(e.getMessage().contains("not an Avro record"), e.getMessage());
    }

    @Test
    void decodesBytesHandEncodedFromTheSpecification() {
        // id 7; "BTC/USD" = length 7 -> zig-zag 14 = 0x0E, then UTF-8; 42 -> zig-zag 84 = 0x54
        byte[] payload = {0, 0, 0, 0, 7, 0x0E, 'B', 'T', 'C', '/', 'U', 'S', 'D', 0x54};

        GenericRecord trade = avro.decodeRecord(payload);

        assertEquals("BTC/USD", trade.get("symbol").toString());
        assertEquals(42L, trade.get("qty"));
    }

    @Test
    void fetchesEachSchemaIdOnce() {
        byte[] small = frame(7, SMALL_TRADE, smallTrade());
        byte[] string = frame(10, STRING, new Utf8("x"));

        avro.decode(small);
        avro.decode(string);
        avro.decode(small);
        avro.decode(string);

        assertEquals(2, SCHEMA_REQUESTS.get());
        assertEquals(SMALL_TRADE, avro.schema(7));
        assertEquals(2, SCHEMA_REQUESTS.get());
    }

    @Test
    void readsSchemaIdBigEndian() {
        assertEquals(0x01020304, ConfluentAvro.schemaId(new byte[] {0, 1, 2, 3, 4}));
        assertEquals(9, ConfluentAvro.schemaId(frame(9, STRING, new Utf8(""))));
    }

    @Test
    void rejectsWrongMagicByte() {
        byte[] payload = frame(7, SMALL_TRADE, smallTrade());
        payload[0] = 1;

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> avro.decode(payload));
        assertTrue(e.getMessage().contains("Magic byte is 1"), e.getMessage());
    }

    @Test
    void rejectsNullAndPayloadShorterThanHeader() {
        assertThrows(IllegalArgumentException.class, () -> ConfluentAvro.schemaId(new byte[] {0, 0, 0, 7}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> avro.decode(null));
        assertTrue(e.getMessage().contains("null"), e.getMessage());
        assertEquals(0, SCHEMA_REQUESTS.get());
    }

    @Test
    void rejectsTrailingBytes() {
        byte[] written = frame(7, SMALL_TRADE, smallTrade());
        byte[] payload = Arrays.copyOf(written, written.length + 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> avro.decode(payload));
        assertTrue(e.getMessage().startsWith("Trailing bytes"), e.getMessage());
    }

    @Test
    void rejectsTruncatedDatum() {
        byte[] written = frame(7, SMALL_TRADE, smallTrade());
        byte[] payload = Arrays.copyOf(written, written.length - 3);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> avro.decode(payload));
        assertTrue(e.getMessage().contains("schema id 7"), e.getMessage());
    }

    @Test
    void reportsRegistryAnswerForUnknownId() {
        byte[] payload = frame(8, SMALL_TRADE, smallTrade());

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> avro.decode(payload));
        assertTrue(e.getMessage().contains("404") && e.getMessage().contains("/schemas/ids/8"), e.getMessage());
    }

    @Test
    void refusesSchemaThatIsNotAvro() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> avro.schema(11));
        assertTrue(e.getMessage().contains("JSON, not AVRO"), e.getMessage());
    }

    @Test
    void unreachableRegistryIsAnIoFailureNamingTheUrl() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ConfluentAvro unreachable = new ConfluentAvro("http://127.0.0.1:" + closedPort + "/apis/ccompat/v7");

        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> unreachable.decode(frame(7, SMALL_TRADE, smallTrade())));
        assertTrue(e.getMessage().contains(closedPort + "/apis/ccompat/v7/schemas/ids/7"), e.getMessage());
    }

    private static GenericRecord smallTrade() {
        GenericRecord trade = new GenericData.Record(SMALL_TRADE);
        trade.put("symbol", "SOL/USD");
        trade.put("qty", -3L);
        return trade;
    }

    /** @return magic byte 0, the id big-endian, then the datum as Avro's own writer encodes it */
    private static byte[] frame(int id, Schema schema, Object datum) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.writeBytes(ByteBuffer.allocate(4).putInt(id).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            new GenericDatumWriter<>(schema).write(datum, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return the decimal as Avro's own conversion writes it for the field's (optional) decimal type */
    private static ByteBuffer decimalBytes(Schema record, String field, BigDecimal value) {
        Schema bytes = decimalBranch(record.getField(field).schema());
        LogicalType type = bytes.getLogicalType();
        int scale = ((LogicalTypes.Decimal) type).getScale();
        return new Conversions.DecimalConversion().toBytes(value.setScale(scale), bytes, type);
    }

    /** @return the decimal read back with Avro's own conversion */
    private static BigDecimal decimal(GenericRecord record, String field) {
        Schema bytes = decimalBranch(record.getSchema().getField(field).schema());
        return new Conversions.DecimalConversion().fromBytes((ByteBuffer) record.get(field), bytes, bytes.getLogicalType());
    }

    private static Schema decimalBranch(Schema optional) {
        return optional.getTypes().stream().filter(s -> s.getType() == Schema.Type.BYTES).findFirst().orElseThrow();
    }

    private static Schema contract(String name) {
        try (InputStream in = ConfluentAvroTest.class.getResourceAsStream("/" + name + ".avsc")) {
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(String field, String value) {
        return JSON.createObjectNode().put(field, value).toString();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        SCHEMA_REQUESTS.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        String body = SCHEMAS.get(Integer.valueOf(path.substring(path.lastIndexOf('/') + 1)));
        int status = body == null ? 404 : 200;
        byte[] bytes = (body == null ? "{\"error_code\":40403,\"message\":\"Schema not found\"}" : body)
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
