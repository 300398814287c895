package com.kafkaconnectkraken.simulator.exchange.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeVectors;
import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.account.Accounts;
import com.kafkaconnectkraken.simulator.exchange.engine.KrakenRejection;
import com.kafkaconnectkraken.simulator.transport.RestRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** API-Sign verification against the docs' worked example (vectors/rest/api_sign_docs_example.json). */
class RestAuthenticatorTest {

    private JsonNode vector;
    private Accounts accounts;
    private Account account;

    @BeforeEach
    void setUp() throws Exception {
        vector = ExchangeVectors.json("rest/api_sign_docs_example.json");
        accounts = new Accounts();
        account = accounts.add("docs-key", vector.get("secret_base64").asText());
    }

    @Test
    void acceptsTheDocsFormBodyExampleSignature() {
        String body = vector.get("post_data").asText();
        RestRequest request = request(body, "application/x-www-form-urlencoded", vector.get("expected_api_sign").asText());
        assertSame(account, new RestAuthenticator(accounts).authenticate(request, RestParams.form(body)));
    }

    @Test
    void acceptsTheJsonBodyVariantSignature() {
        JsonNode json = vector.get("json_body_variant");
        String body = json.get("post_data").asText();
        RestRequest request = request(body, "application/json", json.get("computed_api_sign").asText());
        assertSame(account, new RestAuthenticator(accounts).authenticate(request,
                RestParams.body("application/json", body)));
    }

    @Test
    void rejectsTheDocsSignatureOverAnAlteredBody() {
        String body = vector.get("post_data").asText().replace("volume=1.25", "volume=1.26");
        RestRequest request = request(body, "application/x-www-form-urlencoded", vector.get("expected_api_sign").asText());
        KrakenRejection e = assertThrows(KrakenRejection.class,
                () -> new RestAuthenticator(accounts).authenticate(request, RestParams.form(body)));
        assertEquals("EAPI:Invalid signature", e.error());
    }

    @Test
    void rejectsAReplayOfTheSameSignedRequestAsInvalidNonce() {
        String body = vector.get("post_data").asText();
        RestRequest request = request(body, "application/x-www-form-urlencoded", vector.get("expected_api_sign").asText());
        RestAuthenticator authenticator = new RestAuthenticator(accounts);
        authenticator.authenticate(request, RestParams.form(body));
        KrakenRejection e = assertThrows(KrakenRejection.class,
                () -> authenticator.authenticate(request, RestParams.form(body)));
        assertEquals("EAPI:Invalid nonce", e.error());
    }

    private RestRequest request(String body, String contentType, String sign) {
        return new RestRequest("POST", vector.get("uri_path").asText(), "",
                Map.of("api-key", "docs-key", "api-sign", sign, "content-type", contentType),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
