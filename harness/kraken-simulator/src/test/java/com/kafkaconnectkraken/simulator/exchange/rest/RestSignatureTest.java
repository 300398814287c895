package com.kafkaconnectkraken.simulator.exchange.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeVectors;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The simulator's own API-Sign check reproduces the docs' worked example and the SDK's golden value. */
class RestSignatureTest {

    private static final JsonNode V = ExchangeVectors.json("rest/api_sign_docs_example.json");

    @Test
    void docsExampleSignatureIsAcceptedAndItsIntermediateHashMatches() throws Exception {
        String nonce = V.get("nonce").asText();
        byte[] body = V.get("post_data").asText().getBytes(StandardCharsets.UTF_8);
        byte[] inner = MessageDigest.getInstance("SHA-256")
                .digest((nonce + V.get("post_data").asText()).getBytes(StandardCharsets.UTF_8));
        assertEquals(V.get("intermediate_sha256_hex").asText(), HexFormat.of().formatHex(inner));
        String expected = V.get("expected_api_sign").asText();
        assertEquals(expected, Base64.getEncoder().encodeToString(
                RestSignature.digest(V.get("secret_base64").asText(), V.get("uri_path").asText(), nonce, body)));
        assertTrue(RestSignature.matches(V.get("secret_base64").asText(), V.get("uri_path").asText(), nonce, body,
                expected));
    }

    @Test
    void jsonBodyVariantAndSdkGoldenValue() {
        JsonNode json = V.get("json_body_variant");
        assertTrue(RestSignature.matches(V.get("secret_base64").asText(), V.get("uri_path").asText(),
                V.get("nonce").asText(), json.get("post_data").asText().getBytes(StandardCharsets.UTF_8),
                json.get("computed_api_sign").asText()));
        JsonNode sdk = V.get("extra_sdk_vector");
        assertTrue(RestSignature.matches(sdk.get("secret_base64").asText(), sdk.get("uri_path").asText(),
                sdk.get("nonce").asText(), sdk.get("post_data").asText().getBytes(StandardCharsets.UTF_8),
                sdk.get("expected_api_sign").asText()));
    }

    @Test
    void anyChangeOrAnUnpaddedHeaderIsRefused() {
        String secret = V.get("secret_base64").asText();
        String path = V.get("uri_path").asText();
        String nonce = V.get("nonce").asText();
        byte[] body = V.get("post_data").asText().getBytes(StandardCharsets.UTF_8);
        String sign = V.get("expected_api_sign").asText();
        assertFalse(RestSignature.matches(secret, "/0/private/Balance", nonce, body, sign));
        assertFalse(RestSignature.matches(secret, path, nonce + "1", body, sign));
        assertFalse(RestSignature.matches(secret, path, nonce, "nonce=1".getBytes(StandardCharsets.UTF_8), sign));
        assertFalse(RestSignature.matches(secret, path, nonce, body, sign.replace("=", "")));
        assertFalse(RestSignature.matches(secret, path, nonce, body, null));
    }
}
