package com.kafkaconnectkraken.simulator.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.rest.KrakenApiException;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.client.rest.WebSocketToken;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exchange behind the real HTTP/WebSocket server, driven by the project's own REST client (which signs
 * with {@code ApiSigner} over the raw body) and a plain OkHttp WebSocket.
 */
class ExchangeOverHttpIT {

    private static final String KEY = "it-key";
    private static final String SECRET = ExchangeHarness.SECRET;

    private static KrakenSimulator simulator;
    private static KrakenRestClient rest;

    @BeforeAll
    static void start() {
        simulator = KrakenSimulator.builder().port(0).symbols("BTC/USD").account(KEY, SECRET).build().start();
        simulator.exchange().deposit(KEY, "USD", new BigDecimal("50000"));
        rest = KrakenRestClient.builder(simulator.rest()).credentials(KEY, SECRET).build();
    }

    @AfterAll
    static void stop() {
        rest.close();
        simulator.close();
    }

    @Test
    void signedRestCallsSucceedAndKrakenErrorsBecomeTypedExceptions() {
        assertEquals("50000.0000", rest.privatePost("Balance", Map.of()).get("ZUSD").asText());
        assertEquals(1, rest.privatePost("Ledgers", Map.of("asset", "ZUSD")).get("count").asInt());
        simulator.exchange().faults().failNextRestCalls(1, ExchangeFaults.UNAVAILABLE);
        KrakenApiException unavailable = assertThrows(KrakenApiException.class,
                () -> rest.privatePost("Balance", Map.of()));
        assertEquals("EService:Unavailable", unavailable.errors().get(0));
        assertTrue(unavailable.isTransient());
        try (KrakenRestClient forged = KrakenRestClient.builder(simulator.rest())
                .credentials(KEY, "cHl0aG9uLWtyYWtlbi1zZGsgdW5pdC10ZXN0IHNlY3JldCB2YWx1ZQ==").build()) {
            KrakenApiException bad = assertThrows(KrakenApiException.class, () -> forged.privatePost("Balance", Map.of()));
            assertEquals("EAPI:Invalid signature", bad.errors().get(0));
        }
        assertEquals("online", rest.publicGet("SystemStatus", Map.of()).get("status").asText());
    }

    @Test
    void tokenFromRestOpensThePrivateWebSocketAndAnOrderIsAcknowledged() throws Exception {
        WebSocketToken token = rest.webSocketsToken();
        assertEquals(900, token.expiresSeconds());
        LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        OkHttpClient http = new OkHttpClient();
        WebSocket ws = http.newWebSocket(new Request.Builder().url(simulator.privateWs().toString()).build(),
                new WebSocketListener() {
                    @Override
                    public void onMessage(WebSocket socket, String text) {
                        frames.add(ExchangeHarness.parse(text));
                    }

                    @Override
                    public void onFailure(WebSocket socket, Throwable t, Response response) {
                        frames.add(ExchangeHarness.parse("{\"failure\":true}"));
                    }
                });
        try {
            assertEquals("status", next(frames, "channel", "status").get("channel").asText());
            ws.send("{\"method\":\"add_order\",\"params\":{\"order_type\":\"limit\",\"side\":\"buy\","
                    + "\"order_qty\":0.01,\"limit_price\":1000.0,\"symbol\":\"BTC/USD\",\"cl_ord_id\":\"it-1\","
                    + "\"token\":\"" + token.token() + "\"},\"req_id\":42}");
            JsonNode ack = next(frames, "method", "add_order");
            assertTrue(ack.get("success").asBoolean(), ack.toString());
            assertEquals(42, ack.get("req_id").asInt());
            assertEquals(1, simulator.exchange().ordersByClOrdId(KEY, "it-1").size());
            assertFalse(simulator.exchange().openOrders(KEY).isEmpty());
        } finally {
            ws.close(1000, "done");
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static JsonNode next(LinkedBlockingQueue<JsonNode> frames, String field, String value)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonNode frame = frames.poll(100, TimeUnit.MILLISECONDS);
            if (frame != null && frame.has("failure")) {
                throw new AssertionError("WebSocket failed");
            }
            if (frame != null && value.equals(frame.path(field).asText())) {
                return frame;
            }
        }
        throw new AssertionError("no frame with " + field + "=" + value);
    }
}
