package com.kafkaconnectkraken.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.connect.KrakenConnectionConfig.Profile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The clients built from the connection group, against a real local HTTP server. */
class KrakenConnectionTest {

    private static final String KEY = "test-api-key";
    private final JsonNode signExample = vector("api_sign_docs_example.json");
    private final String secret = signExample.get("secret_base64").asText();
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsEveryUrlOfTheStreamingProfile() {
        KrakenConnection connection = connection(Profile.STREAMING, "kraken.ws.public.url", "ws://127.0.0.1:1/public/v2",
                "kraken.ws.private.url", "ws://127.0.0.1:1/auth/v2", "kraken.ws.l3.url", "ws://127.0.0.1:1/l3/v2",
                "kraken.rest.url", "http://127.0.0.1:1");
        assertEquals(URI.create("ws://127.0.0.1:1/public/v2"), connection.endpoints().publicWs());
        assertEquals(URI.create("ws://127.0.0.1:1/auth/v2"), connection.endpoints().privateWs());
        assertEquals(URI.create("ws://127.0.0.1:1/l3/v2"), connection.endpoints().level3Ws());
        assertEquals(URI.create("http://127.0.0.1:1"), connection.endpoints().rest());
        assertFalse(connection.hasCredentials());
    }

    @Test
    void tradingProfileLeavesPublicAndLevel3AtProduction() {
        KrakenConnection connection = connection(Profile.TRADING, "kraken.api.key", KEY, "kraken.api.secret", secret);
        assertEquals(URI.create("wss://ws.kraken.com/v2"), connection.endpoints().publicWs());
        assertEquals(URI.create("wss://ws-l3.kraken.com/v2"), connection.endpoints().level3Ws());
        assertEquals(URI.create("wss://ws-auth.kraken.com/v2"), connection.endpoints().privateWs());
        assertTrue(connection.hasCredentials());
    }

    @Test
    void blankCredentialsCountAsUnset() {
        assertFalse(connection(Profile.STREAMING, "kraken.api.key", " ", "kraken.api.secret", secret).hasCredentials());
        assertFalse(connection(Profile.STREAMING, "kraken.api.key", KEY).hasCredentials());
    }

    @Test
    void wsTokensComeFromASignedGetWebSocketsTokenCallWithTheConfiguredCredentials() throws Exception {
        JsonNode tokenExample = vector("GetWebSocketsToken.json");
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body(tokenExample.get("response").toString()).build());
        KrakenConnection connection = connection(Profile.TRADING, "kraken.rest.url", restUrl(),
                "kraken.api.key", KEY, "kraken.api.secret", secret);
        try (KrakenRestClient rest = connection.restClient().build()) {
            assertEquals("1Dwc4lzSwNWOAwkMdqhssNNFhs1ed606d1WcF3XfEMw", KrakenConnection.wsTokens(rest).fetchToken());
        }
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("/0/private/GetWebSocketsToken", request.getUrl().encodedPath());
        assertEquals(KEY, request.getHeaders().get("API-Key"));
        String body = request.getBody().utf8();
        String nonce = body.substring("nonce=".length());
        assertEquals(apiSign("/0/private/GetWebSocketsToken", nonce, body), request.getHeaders().get("API-Sign"));
    }

    @Test
    void withoutCredentialsTheClientIsPublicOnly() {
        KrakenConnection connection = connection(Profile.STREAMING, "kraken.rest.url", restUrl());
        try (KrakenRestClient rest = connection.restClient().build()) {
            assertThrows(IllegalStateException.class, () -> KrakenConnection.wsTokens(rest).fetchToken());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void blankCredentialsAreRefusedWhenTheClientIsBuilt() {
        KrakenConnection connection = connection(Profile.TRADING, "kraken.api.key", " ", "kraken.api.secret", secret);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, connection::restClient);
        assertEquals("Kraken API key is missing", e.getMessage());
    }

    @Test
    void toStringShowsUrlsButNoCredentials() {
        String text = connection(Profile.TRADING, "kraken.api.key", KEY, "kraken.api.secret", secret).toString();
        assertTrue(text.contains("wss://ws-auth.kraken.com/v2") && text.contains("credentials=set"), text);
        assertFalse(text.contains(KEY) || text.contains(secret), text);
    }

    private String restUrl() {
        return "http://127.0.0.1:" + server.getPort();
    }

    private static KrakenConnection connection(Profile profile, String... keyValues) {
        Map<String, String> props = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return KrakenConnection.from(new AbstractConfig(KrakenConnectionConfig.define(new ConfigDef(), profile), props));
    }

    /** API-Sign as Kraken's spot-rest-auth guide defines it, computed here independently of the client. */
    private String apiSign(String path, String nonce, String body) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest((nonce + body).getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret), "HmacSHA512"));
        mac.update(path.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac.doFinal(digest));
    }

    private static JsonNode vector(String name) {
        Path file = Path.of(System.getProperty("kraken.vectors.dir"), "rest", name);
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
