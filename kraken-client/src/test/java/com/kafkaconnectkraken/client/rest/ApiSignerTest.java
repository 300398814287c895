package com.kafkaconnectkraken.client.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.Vectors;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ApiSignerTest {

    private final JsonNode vector = Vectors.json("rest/api_sign_docs_example.json");

    @Test
    void docsFormBodyExample() {
        ApiSigner signer = new ApiSigner(vector.get("secret_base64").asText());
        String sign = signer.sign(vector.get("uri_path").asText(), vector.get("nonce").asText(),
                vector.get("post_data").asText().getBytes(StandardCharsets.UTF_8));
        assertEquals("4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==", sign);
        assertEquals(vector.get("expected_api_sign").asText(), sign);
    }

    @Test
    void jsonBodyVariant() {
        JsonNode json = vector.get("json_body_variant");
        ApiSigner signer = new ApiSigner(vector.get("secret_base64").asText());
        String sign = signer.sign(vector.get("uri_path").asText(), vector.get("nonce").asText(),
                json.get("post_data").asText().getBytes(StandardCharsets.UTF_8));
        assertEquals(json.get("computed_api_sign").asText(), sign);
    }

    @Test
    void pythonKrakenSdkGoldenVector() {
        JsonNode sdk = vector.get("extra_sdk_vector");
        ApiSigner signer = new ApiSigner(sdk.get("secret_base64").asText());
        String sign = signer.sign(sdk.get("uri_path").asText(), sdk.get("nonce").asText(),
                sdk.get("post_data").asText().getBytes(StandardCharsets.UTF_8));
        assertEquals(sdk.get("expected_api_sign").asText(), sign);
    }

    @Test
    void secretNeverShown() {
        String secret = vector.get("secret_base64").asText();
        assertFalse(new ApiSigner(secret).toString().contains(secret.substring(0, 8)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ApiSigner("not*base64!"));
        assertEquals("Kraken API secret is not valid Base64", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ApiSigner(" "));
    }
}
