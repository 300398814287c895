package com.kafkaconnectkraken.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Decoding of hand-encoded Confluent-framed payloads. Expected bytes follow the Avro 1.12 specification
 * (binary encoding: strings are a zig-zag varint length + UTF-8, longs zig-zag varints) and Confluent's
 * wire format (magic byte 0, 4-byte big-endian schema id). The schema is served over loopback HTTP
 * the way the ccompat API answers {@code GET /schemas/ids/{id}}.
 */
class ConfluentAvroTest {

    private static final String TRADE_SCHEMA = "{\"type\":\"record\",\"name\":\"Trade\",\"fields\":["
            + "{\"name\":\"symbol\",\"type\":\"string\"},{\"name\":\"qty\",\"type\":\"long\"}]}";
    /** id 7; "BTC/USD" = length 7 -> zig-zag 14 = 0x0E; 42 -> zig-zag 84 = 0x54. */
    private static final byte[] TRADE_BTC_42 = {0, 0, 0, 0, 7, 0x0E, 'B', 'T', 'C', '/', 'U', 'S', 'D', 0x54};

    private static HttpServer server;
    private static final AtomicInteger SCHEMA_REQUESTS = new AtomicInteger();
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
        avro = new ConfluentAvro("http://127.0.0.1:" + server.getAddress().getPort() + "/apis/ccompat/v7");
    }

    private static void answer(HttpExchange exchange) throws IOException {
        SCHEMA_REQUESTS.incrementAndGet();
        boolean known = exchange.getRequestURI().getPath().endsWith("/ids/7");
        String body = known
                ? "{\"schema\":\"" + TRADE_SCHEMA.replace("\"", "\\\"") + "\"}"
                : "{\"error_code\":40403,\"message\":\"Schema not found\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(known ? 200 : 404, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void decodesHandEncodedRecordWithSchemaFromRegistry() {
        GenericRecord trade = avro.decodeRecord(TRADE_BTC_42);

        assertEquals("Trade", trade.getSchema().getName());
        assertEquals("BTC/USD", trade.get("symbol").toString());
        assertEquals(42L, trade.get("qty"));
    }

    @Test
    void fetchesEachSchemaIdOnce() {
        avro.decode(TRADE_BTC_42);
        avro.decode(TRADE_BTC_42);

        assertEquals(1, SCHEMA_REQUESTS.get());
    }

    @Test
    void readsSchemaIdBigEndian() {
        assertEquals(0x01020304, ConfluentAvro.schemaId(new byte[] {0, 1, 2, 3, 4}));
        assertEquals(7, ConfluentAvro.schemaId(TRADE_BTC_42));
    }

    @Test
    void rejectsWrongMagicByte() {
        byte[] payload = TRADE_BTC_42.clone();
        payload[0] = 1;

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> avro.decode(payload));
        assertTrue(e.getMessage().contains("Magic byte is 1"), e.getMessage());
    }

    @Test
    void rejectsPayloadShorterThanHeader() {
        assertThrows(IllegalArgumentException.class, () -> ConfluentAvro.schemaId(new byte[] {0, 0, 0, 7}));
        assertThrows(IllegalArgumentException.class, () -> ConfluentAvro.schemaId(null));
    }

    @Test
    void rejectsTrailingBytes() {
        byte[] payload = Arrays.copyOf(TRADE_BTC_42, TRADE_BTC_42.length + 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> avro.decode(payload));
        assertTrue(e.getMessage().startsWith("Trailing bytes"), e.getMessage());
    }

    @Test
    void rejectsTruncatedDatum() {
        byte[] payload = Arrays.copyOf(TRADE_BTC_42, TRADE_BTC_42.length - 3);

        assertThrows(IllegalArgumentException.class, () -> avro.decode(payload));
    }

    @Test
    void reportsRegistryAnswerForUnknownId() {
        byte[] payload = TRADE_BTC_42.clone();
        payload[4] = 8;

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> avro.decode(payload));
        assertTrue(e.getMessage().contains("404") && e.getMessage().contains("/schemas/ids/8"), e.getMessage());
    }
}
