package com.kafkaconnectkraken.client.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.Vectors;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KrakenErrorClassifierTest {

    /** Expected classification of every documented error string (true = transient). */
    private static final Map<String, Boolean> EXPECTED = Map.ofEntries(
            Map.entry("EGeneral:Invalid arguments", false),
            Map.entry("EGeneral:Invalid arguments:Index unavailable", false),
            Map.entry("EGeneral:Temporary lockout", true),
            Map.entry("EService:Unavailable", true),
            Map.entry("EService:Market in cancel_only mode", false),
            Map.entry("EService:Market in post_only mode", false),
            Map.entry("EService:Deadline elapsed", false),
            Map.entry("EAPI:Invalid key", false),
            Map.entry("EAPI:Invalid signature", false),
            Map.entry("EAPI:Invalid nonce", true),
            Map.entry("EGeneral:Permission denied", false),
            Map.entry("EGeneral:Internal error[:<code>]", true),
            Map.entry("EOrder:Cannot open opposing position", false),
            Map.entry("EOrder:Cannot open position", false),
            Map.entry("EOrder:Margin allowance exceeded", false),
            Map.entry("EOrder:Margin level too low", false),
            Map.entry("EOrder:Margin position size exceeded", false),
            Map.entry("EOrder:Insufficient margin", false),
            Map.entry("EOrder:Insufficient funds", false),
            Map.entry("EOrder:Order minimum not met", false),
            Map.entry("EOrder:Cost minimum not met", false),
            Map.entry("EOrder:Tick size check failed", false),
            Map.entry("EOrder:Orders limit exceeded", false),
            Map.entry("EOrder:Rate limit exceeded", true),
            Map.entry("EOrder:Invalid price", false),
            Map.entry("EOrder:Domain rate limit exceeded", true),
            Map.entry("EOrder:Positions limit exceeded", false),
            Map.entry("EOrder:Reduce only:Non-PC", false),
            Map.entry("EOrder:Reduce only:No position exists", false),
            Map.entry("EOrder:Reduce only:Position is closed", false),
            Map.entry("EOrder:Scheduled orders limit exceeded", false),
            Map.entry("EOrder:Unknown position", false),
            Map.entry("EAccount:Invalid permissions", false),
            Map.entry("EAuth:Account temporary disabled", false),
            Map.entry("EAuth:Account unconfirmed", false),
            Map.entry("EAuth:Rate limit exceeded", true),
            Map.entry("EAuth:Too many requests", true),
            Map.entry("ETrade:Invalid request", false),
            Map.entry("EBM:limit exceeded:CAL", false),
            Map.entry("EFunding:Max fee exceeded", false),
            Map.entry("EAPI:Rate limit exceeded", true),
            Map.entry("EService: Throttled: <unix timestamp>", true));

    @Test
    void everyDocumentedErrorIsClassified() {
        JsonNode strings = Vectors.json("rest/error_envelopes.json").get("error_strings");
        Set<String> seen = new HashSet<>();
        for (JsonNode s : strings) {
            String error = s.asText();
            assertTrue(EXPECTED.containsKey(error), "no expectation for vector error " + error);
            assertEquals(EXPECTED.get(error), KrakenErrorClassifier.isTransient(error), error);
            seen.add(error);
        }
        assertEquals(EXPECTED.keySet(), seen);
    }

    @Test
    void concreteVariantsOfDocumentedErrors() {
        assertTrue(KrakenErrorClassifier.isTransient("EGeneral:Internal error:5001"));
        assertTrue(KrakenErrorClassifier.isTransient("EService: Throttled: 1700000000"));
        assertTrue(KrakenErrorClassifier.isTransient("EService:Busy"));
        assertFalse(KrakenErrorClassifier.isTransient("EQuery:Unknown asset pair"));
        assertFalse(KrakenErrorClassifier.isTransient("EGeneral:Invalid arguments:ordertype"));
        assertFalse(KrakenErrorClassifier.isTransient("ESomething:never seen before"));
    }

    @Test
    void responseIsTransientOnlyIfEveryErrorIs() {
        assertTrue(KrakenErrorClassifier.isTransient(List.of("EAPI:Rate limit exceeded", "WGeneral:Deprecated")));
        assertFalse(KrakenErrorClassifier.isTransient(List.of("EAPI:Rate limit exceeded", "EAPI:Invalid key")));
        assertFalse(KrakenErrorClassifier.isTransient(List.of()));
        assertTrue(KrakenErrorClassifier.isInvalidNonce(List.of("EAPI:Invalid nonce")));
        assertTrue(KrakenErrorClassifier.isRateLimit(List.of("EAPI:Rate limit exceeded")));
        assertFalse(KrakenErrorClassifier.isRateLimit(List.of("EOrder:Rate limit exceeded")));
    }

    @Test
    void envelopeExamplesBecomeExceptions() {
        JsonNode v = Vectors.json("rest/error_envelopes.json");
        KrakenApiException invalidKey = new KrakenApiException("Balance",
                List.of(v.get("error_example_invalid_key").get("error").get(0).asText()));
        assertFalse(invalidKey.isTransient());
        assertEquals(List.of("EAPI:Invalid key"), invalidKey.errors());
        assertEquals("Kraken Balance failed: [EAPI:Invalid key]", invalidKey.getMessage());
        assertEquals(200, invalidKey.httpStatus());
    }
}
