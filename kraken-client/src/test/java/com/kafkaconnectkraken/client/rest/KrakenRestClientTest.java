package com.kafkaconnectkraken.client.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.Vectors;
import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the client against a real local HTTP server (scripted responses) and checks exactly what
 * goes over the wire.
 */
class KrakenRestClientTest {

    private static final String KEY = "test-api-key";
    private static final String SECRET = Vectors.json("rest/api_sign_docs_example.json").get("secret_base64").asText();

    private MockWebServer server;
    private KrakenRestClient client;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        client = KrakenRestClient.builder(baseUri()).credentials(KEY, SECRET).otp(() -> "123456").build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void privatePostSendsSignedFormBodyWithHeaders() throws Exception {
        server.enqueue(ok(responseOf("rest/Ledgers.json")));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("asset", "XBT,ZUSD");
        params.put("type", "trade");
        JsonNode result = client.privatePost("Ledgers", params);
        JsonNode entry = result.get("ledger").get("L4UESK-KG3EQ-UFO4T5");
        assertEquals(new BigDecimal("1688464484.1787"), entry.get("time").decimalValue());
        assertEquals("-24.5000", entry.get("amount").asText());

        RecordedRequest req = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("POST", req.getMethod());
        assertEquals("/0/private/Ledgers", req.getUrl().encodedPath());
        assertEquals(KEY, req.getHeaders().get("API-Key"));
        assertEquals(KrakenRestClient.DEFAULT_USER_AGENT, req.getHeaders().get("User-Agent"));
        assertTrue(req.getHeaders().get("Content-Type").startsWith("application/x-www-form-urlencoded"));
        String body = req.getBody().utf8();
        String nonce = body.substring("nonce=".length(), body.indexOf('&'));
        assertEquals("nonce=" + nonce + "&asset=XBT%2CZUSD&type=trade&otp=123456", body);
        assertEquals(docsSignature("/0/private/Ledgers", nonce, body), req.getHeaders().get("API-Sign"));
    }

    @Test
    void noncesIncreaseAcrossCalls() throws Exception {
        server.enqueue(ok("{\"error\":[],\"result\":{}}"));
        server.enqueue(ok("{\"error\":[],\"result\":{}}"));
        client.privatePost("Balance", Map.of());
        client.privatePost("Balance", Map.of());
        long first = nonce(server.takeRequest(5, TimeUnit.SECONDS));
        long second = nonce(server.takeRequest(5, TimeUnit.SECONDS));
        assertTrue(second > first, first + " then " + second);
    }

    @Test
    void returnsTheResultNode() {
        server.enqueue(ok(responseOf("rest/Balance.json")));
        JsonNode result = client.privatePost("Balance", Map.of());
        assertEquals("1011.1908877900", result.get("XXBT").asText());
        assertEquals(10, result.size());
    }

    @Test
    void webSocketsTokenFromDocsResponse() throws Exception {
        server.enqueue(ok(Vectors.json("rest/GetWebSocketsToken.json").get("response").toString()));
        WebSocketToken token = client.webSocketsToken();
        assertEquals("1Dwc4lzSwNWOAwkMdqhssNNFhs1ed606d1WcF3XfEMw", token.token());
        assertEquals(900, token.expiresSeconds());
        assertEquals("WebSocketToken[token=****, expiresSeconds=900]", token.toString());
        RecordedRequest req = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("/0/private/GetWebSocketsToken", req.getUrl().encodedPath());
        assertTrue(req.getBody().utf8().matches("nonce=\\d+&otp=123456"));
    }

    @Test
    void permanentApiErrorEnvelope() {
        server.enqueue(ok(Vectors.json("rest/error_envelopes.json").get("error_example_invalid_key").toString()));
        KrakenApiException e = assertThrows(KrakenApiException.class, () -> client.privatePost("Balance", Map.of()));
        assertFalse(e.isTransient());
        assertEquals(List.of("EAPI:Invalid key"), e.errors());
        assertEquals(200, e.httpStatus());
        assertEquals("Balance", e.method());
        assertNoSecrets(e);
    }

    @Test
    void transientApiErrorsAndWarningsOnly() {
        server.enqueue(ok("{\"error\":[\"EAPI:Rate limit exceeded\"]}"));
        server.enqueue(ok("{\"error\":[\"EAPI:Invalid nonce\"]}"));
        server.enqueue(ok("{\"error\":[\"WGeneral:Something deprecated\"],\"result\":{\"status\":\"online\"}}"));
        assertTrue(assertThrows(KrakenApiException.class, () -> client.privatePost("Balance", Map.of())).isTransient());
        assertTrue(assertThrows(KrakenApiException.class, () -> client.privatePost("Balance", Map.of())).isTransient());
        assertEquals("online", client.privatePost("Balance", Map.of()).get("status").asText());
    }

    @Test
    void non200HttpStatusIsTransientWithStatus() {
        server.enqueue(new MockResponse.Builder().code(503).body("<html>busy</html>").build());
        KrakenApiException e = assertThrows(KrakenApiException.class, () -> client.privatePost("Balance", Map.of()));
        assertTrue(e.isTransient());
        assertEquals(503, e.httpStatus());
        assertEquals("Kraken Balance answered HTTP 503", e.getMessage());
        assertNoSecrets(e);
    }

    @Test
    void notFoundIsPermanent() {
        server.enqueue(new MockResponse.Builder().code(404).body("nope").build());
        KrakenApiException e = assertThrows(KrakenApiException.class, () -> client.publicGet("Nope", Map.of()));
        assertFalse(e.isTransient());
        assertEquals(404, e.httpStatus());
    }

    @Test
    void unparseableBodyIsTransient() {
        server.enqueue(ok("<html>cloudflare</html>"));
        KrakenApiException e = assertThrows(KrakenApiException.class, () -> client.privatePost("Balance", Map.of()));
        assertTrue(e.isTransient());
        assertNoSecrets(e);
    }

    @Test
    void connectionFailureIsTransientWithoutResponse() throws Exception {
        URI dead = baseUri();
        server.close();
        try (KrakenRestClient c = KrakenRestClient.builder(dead).credentials(KEY, SECRET).build()) {
            KrakenApiException e = assertThrows(KrakenApiException.class, () -> c.privatePost("Balance", Map.of()));
            assertTrue(e.isTransient());
            assertEquals(KrakenApiException.NO_RESPONSE, e.httpStatus());
            assertNoSecrets(e);
        }
    }

    @Test
    void publicGetSendsQueryWithoutAuthHeaders() throws Exception {
        server.enqueue(ok(Vectors.json("rest/error_envelopes.json").get("success_example").toString()));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("pair", "BTC/USD,ETH/BTC");
        JsonNode result = client.publicGet("SystemStatus", params);
        assertEquals("online", result.get("status").asText());
        RecordedRequest req = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("GET", req.getMethod());
        assertEquals("/0/public/SystemStatus", req.getUrl().encodedPath());
        assertEquals("BTC/USD,ETH/BTC", req.getUrl().queryParameter("pair"));
        assertNull(req.getHeaders().get("API-Key"));
        assertNull(req.getHeaders().get("API-Sign"));
    }

    @Test
    void pacingRefusesBeforeSendingWhenCounterIsFull() {
        RestCallCounter counter = new RestCallCounter(RestTier.PRO, 2);
        counter.onRateLimitExceeded();
        try (KrakenRestClient paced = KrakenRestClient.builder(baseUri()).credentials(KEY, SECRET)
                .callCounter(counter, Duration.ofMillis(10)).build()) {
            KrakenApiException e = assertThrows(KrakenApiException.class, () -> paced.privatePost("Ledgers", Map.of()));
            assertTrue(e.isTransient());
            assertEquals(0, server.getRequestCount());
        }
    }

    @Test
    void rateLimitAnswerFillsTheCounter() {
        RestCallCounter counter = new RestCallCounter(RestTier.PRO, 2);
        server.enqueue(ok("{\"error\":[\"EAPI:Rate limit exceeded\"]}"));
        try (KrakenRestClient paced = KrakenRestClient.builder(baseUri()).credentials(KEY, SECRET)
                .callCounter(counter, Duration.ofMillis(10)).build()) {
            assertThrows(KrakenApiException.class, () -> paced.privatePost("Balance", Map.of()));
            assertTrue(counter.level() > 19.0);
        }
    }

    @Test
    void rejectsBadArgumentsClearly() {
        assertThrows(IllegalArgumentException.class, () -> client.privatePost("../public/Time", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> client.privatePost("Balance", Map.of("nonce", "1")));
        try (KrakenRestClient anonymous = KrakenRestClient.builder(baseUri()).build()) {
            assertThrows(IllegalStateException.class, () -> anonymous.privatePost("Balance", Map.of()));
        }
        assertFalse(client.toString().contains(SECRET.substring(0, 8)));
    }

    private URI baseUri() {
        return URI.create("http://" + server.getHostName() + ":" + server.getPort());
    }

    private static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }

    private static String responseOf(String vector) {
        return Vectors.json(vector).get("response").toString();
    }

    private static long nonce(RecordedRequest req) {
        String body = req.getBody().utf8();
        int end = body.indexOf('&');
        return Long.parseLong(body.substring("nonce=".length(), end < 0 ? body.length() : end));
    }

    private static void assertNoSecrets(KrakenApiException e) {
        String text = String.valueOf(e.getMessage()) + e;
        assertFalse(text.contains(SECRET.substring(0, 8)), text);
        assertFalse(text.contains("123456"), text);
    }

    /** The docs algorithm, written independently of ApiSigner. */
    private static String docsSignature(String path, String nonce, String body) throws Exception {
        byte[] sha = MessageDigest.getInstance("SHA-256").digest((nonce + body).getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET), "HmacSHA512"));
        mac.update(path.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac.doFinal(sha));
    }
}
