package com.kafkaconnectkraken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kafkaconnectkraken.registry.ConfluentAvro;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Records encoded with Apache Avro in the Confluent wire format (magic byte 0, 4-byte schema id, binary datum),
 * writer schemas served by id by a stand-in for the registry's Confluent-compatible API, decoded to JSON: decimals
 * exact text at their scale (the published {@code book.avsc}: bytes, scale 18; a fixed decimal; an optional one),
 * unions as their branch's value; JSON and plain text values as they are.
 */
class RecordDecoderTest {

    private static final Path SCHEMAS = Path.of(System.getProperty("kraken.schemas.dir", "../schemas"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema BOOK = parse(SCHEMAS.resolve("book.avsc"));
    private static final Schema MIXED = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Mixed\",\"fields\":["
            + "{\"name\":\"fixed_price\",\"type\":{\"type\":\"fixed\",\"name\":\"F8\",\"size\":8,\"logicalType\":\"decimal\","
            + "\"precision\":18,\"scale\":4}},"
            + "{\"name\":\"maybe\",\"type\":[\"null\",{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":10,\"scale\":2}]},"
            + "{\"name\":\"none\",\"type\":[\"null\",\"string\"]},"
            + "{\"name\":\"side\",\"type\":{\"type\":\"enum\",\"name\":\"Side\",\"symbols\":[\"buy\",\"sell\"]}},"
            + "{\"name\":\"raw\",\"type\":\"bytes\"},"
            + "{\"name\":\"tags\",\"type\":{\"type\":\"map\",\"values\":\"long\"}}]}");

    private static HttpServer registry;
    private static RecordDecoder decoder;

    @BeforeAll
    static void start() throws IOException {
        Map<Integer, Schema> byId = Map.of(11, BOOK, 12, MIXED);
        registry = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        registry.createContext("/apis/ccompat/v7/schemas/ids/", exchange -> answer(exchange, byId));
        registry.start();
        decoder = new RecordDecoder(new ConfluentAvro("http://127.0.0.1:" + registry.getAddress().getPort() + "/apis/ccompat/v7"));
    }

    @AfterAll
    static void stop() {
        registry.stop(0);
    }

    @Test
    void bookRecordDecimalsAreExactTextAtTheSchemasScale() throws IOException {
        GenericRecord book = new GenericData.Record(BOOK);
        book.put("symbol", "ETH/USD");
        book.put("type", "snapshot");
        book.put("depth", 10);
        Schema level = BOOK.getField("bids").schema().getElementType();
        book.put("bids", List.of(level(level, "2000.1", "0.123456789012345678")));
        book.put("asks", List.of(level(level, "2000.11", "3")));
        book.put("checksum", 4_116_405_573L);
        book.put("received_at", 1_700_000_000_000L);

        JsonNode json = decoder.decode(framed(11, BOOK, book));

        assertEquals("ETH/USD", json.get("symbol").asText());
        assertEquals("[{\"price\":\"2000.100000000000000000\",\"qty\":\"0.123456789012345678\"}]", json.get("bids").toString());
        assertEquals("[{\"price\":\"2000.110000000000000000\",\"qty\":\"3.000000000000000000\"}]", json.get("asks").toString());
        assertEquals(4_116_405_573L, json.get("checksum").asLong());
        assertTrue(json.get("bids").get(0).get("price").isTextual(), "never a binary floating-point number");
    }

    @Test
    void fixedAndOptionalDecimalsEnumsBytesAndMaps() throws IOException {
        GenericRecord mixed = new GenericData.Record(MIXED);
        Schema fixed = MIXED.getField("fixed_price").schema();
        mixed.put("fixed_price", new Conversions.DecimalConversion().toFixed(new BigDecimal("-12.3400"), fixed,
                LogicalTypes.decimal(18, 4)));
        mixed.put("maybe", ByteBuffer.wrap(new BigDecimal("0.05").unscaledValue().toByteArray()));
        mixed.put("none", null);
        mixed.put("side", new GenericData.EnumSymbol(MIXED.getField("side").schema(), "sell"));
        mixed.put("raw", ByteBuffer.wrap(new byte[] {1, 2, 3}));
        mixed.put("tags", Map.of("n", 5L));

        JsonNode json = decoder.decode(framed(12, MIXED, mixed));

        assertEquals("{\"fixed_price\":\"-12.3400\",\"maybe\":\"0.05\",\"none\":null,\"side\":\"sell\","
                + "\"raw\":\"AQID\",\"tags\":{\"n\":5}}", json.toString());
    }

    @Test
    void jsonAndPlainTextAreShownAsTheyAre() throws IOException {
        assertEquals("{\"status\":\"ACCEPTED\",\"price\":2000.10}",
                decoder.decode("{\"status\":\"ACCEPTED\",\"price\":2000.10}".getBytes(StandardCharsets.UTF_8)).toString());
        assertEquals("ETH/USD", decoder.decode("ETH/USD".getBytes(StandardCharsets.UTF_8)).asText());
        assertEquals("{\"a\":1} trailing", decoder.decode("{\"a\":1} trailing".getBytes(StandardCharsets.UTF_8)).asText());
        assertTrue(decoder.decode(null).isNull());
    }

    @Test
    void anUnknownSchemaIdFailsWithTheRegistrysAnswer() {
        byte[] framed = {0, 0, 0, 0, 99, 2};
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> decoder.decode(framed));
        assertTrue(e.getMessage().contains("/schemas/ids/99") && e.getMessage().contains("404"), e.getMessage());
    }

    private static GenericRecord level(Schema schema, String price, String qty) {
        GenericRecord level = new GenericData.Record(schema);
        level.put("price", unscaled(price, 18));
        level.put("qty", unscaled(qty, 18));
        return level;
    }

    private static ByteBuffer unscaled(String decimal, int scale) {
        return ByteBuffer.wrap(new BigDecimal(decimal).setScale(scale).unscaledValue().toByteArray());
    }

    /** Confluent wire format, written here byte by byte: 0, the id big-endian, the Avro binary datum. */
    private static byte[] framed(int id, Schema schema, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(ByteBuffer.allocate(4).putInt(id).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static void answer(HttpExchange exchange, Map<Integer, Schema> byId) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Schema schema = byId.get(Integer.parseInt(path.substring(path.lastIndexOf('/') + 1)));
        byte[] body = (schema == null ? "{\"error_code\":40403,\"message\":\"Schema not found\"}"
                : JSON.createObjectNode().put("schema", schema.toString()).toString()).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(schema == null ? 404 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static Schema parse(Path avsc) {
        try {
            return new Schema.Parser().parse(avsc.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
