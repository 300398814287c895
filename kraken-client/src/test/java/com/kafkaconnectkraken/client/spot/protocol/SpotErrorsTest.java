package com.kafkaconnectkraken.client.spot.protocol;

import static com.kafkaconnectkraken.client.ErrorClass.FATAL;
import static com.kafkaconnectkraken.client.ErrorClass.REJECTED;
import static com.kafkaconnectkraken.client.ErrorClass.RETRIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.ErrorClass;
import com.kafkaconnectkraken.client.Vectors;
import com.kafkaconnectkraken.client.rest.KrakenApiException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpotErrorsTest {

    /**
     * One row per rule of the table: an error text as Kraken sends it (details included) and its class as
     * the issue and Kraken's error guide define it, written here independently of {@link SpotErrors}.
     */
    private static final Map<String, ErrorClass> ROWS = Map.ofEntries(
            Map.entry("EAPI:Rate limit exceeded", RETRIABLE),
            Map.entry("EAPI:Invalid nonce", RETRIABLE),
            Map.entry("EService:Unavailable", RETRIABLE),
            Map.entry("EService:Busy", RETRIABLE),
            Map.entry("EService: Throttled: 1700000000", RETRIABLE),
            Map.entry("EService:Throttled:1700000000", RETRIABLE),
            Map.entry("EGeneral:Internal error:5001", RETRIABLE),
            Map.entry("EGeneral:Temporary lockout", RETRIABLE),
            Map.entry("EAuth:Rate limit exceeded", RETRIABLE),
            Map.entry("EAuth:Too many requests", RETRIABLE),
            Map.entry("Exceeded msg rate", RETRIABLE),
            Map.entry("EAPI:Invalid key", FATAL),
            Map.entry("EAPI:Invalid signature", FATAL),
            Map.entry("EAPI:Bad request", FATAL),
            Map.entry("EGeneral:Permission denied", FATAL),
            Map.entry("EAccount:Invalid permissions", FATAL),
            Map.entry("EAuth:Account temporary disabled", FATAL),
            Map.entry("EAuth:Account unconfirmed", FATAL),
            Map.entry("EOrder:Insufficient funds", REJECTED),
            Map.entry("EGeneral:Invalid arguments:ordertype", REJECTED),
            Map.entry("EService:Market in cancel_only mode", REJECTED),
            Map.entry("EService:Market in post_only mode", REJECTED),
            Map.entry("EService:Deadline elapsed", REJECTED),
            Map.entry("EQuery:Unknown asset pair", REJECTED),
            Map.entry("ETrade:Invalid request", REJECTED),
            Map.entry("EFunding:Max fee exceeded", REJECTED),
            Map.entry("EBM:limit exceeded:CAL", REJECTED),
            Map.entry("Currency pair not supported", REJECTED),
            Map.entry("Subscription Not Found", REJECTED),
            Map.entry("Already subscribed", REJECTED));

    static Stream<Arguments> rows() {
        return ROWS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("rows")
    void eachRowOfTheTable(String error, ErrorClass expected) {
        assertEquals(expected, SpotErrors.classify(error));
    }

    @Test
    void everyRuleHasARowHere() {
        Set<String> untested = SpotErrors.rules().stream().map(SpotErrors.Rule::prefix)
                .filter(prefix -> ROWS.keySet().stream().noneMatch(row -> row.startsWith(prefix)))
                .collect(Collectors.toSet());
        assertEquals(Set.of(), untested, "rules without a row in this test");
    }

    @Test
    void everyDocumentedErrorOfTheVectorsIsInTheTable() {
        JsonNode strings = Vectors.json("rest/error_envelopes.json").get("error_strings");
        Set<String> unmatched = new HashSet<>();
        for (JsonNode s : strings) {
            String error = s.asText();
            if (SpotErrors.rules().stream().noneMatch(rule -> error.startsWith(rule.prefix()))) {
                unmatched.add(error);
            }
        }
        assertEquals(Set.of(), unmatched, "documented errors that only reach the unknown-text default");
        assertEquals(RETRIABLE, SpotErrors.classify("EGeneral:Temporary lockout"),
                "the rule where the two old classifiers disagreed: a lockout expires by itself");
        assertEquals(REJECTED, SpotErrors.classify("EOrder:Rate limit exceeded"),
                "the trading counter's cost stays counted: never retried blindly");
    }

    @Test
    void onlyAnInternalErrorLeavesARetriableRequestsOutcomeOpen() {
        ROWS.forEach((error, expected) -> assertEquals(expected == RETRIABLE && !error.startsWith("EGeneral:Internal"),
                SpotErrors.provesNotExecuted(error), error));
    }

    @Test
    void unknownTextIsRejected() {
        assertEquals(REJECTED, SpotErrors.classify("ESomething:never seen before"));
        assertEquals(REJECTED, SpotErrors.classify((String) null));
    }

    @Test
    void aResponseIsFatalIfAnyErrorIsAndRetriableOnlyIfEveryErrorIs() {
        assertEquals(RETRIABLE, SpotErrors.classify(List.of("EAPI:Rate limit exceeded", "WGeneral:Deprecated")));
        assertEquals(FATAL, SpotErrors.classify(List.of("EAPI:Rate limit exceeded", "EAPI:Invalid key")));
        assertEquals(REJECTED, SpotErrors.classify(List.of("EService:Busy", "EOrder:Insufficient funds")));
        assertEquals(REJECTED, SpotErrors.classify(List.of()));
        assertTrue(SpotErrors.isWarning("WGeneral:Deprecated"));
        assertTrue(SpotErrors.isInvalidNonce(List.of("EAPI:Invalid nonce")));
        assertTrue(SpotErrors.isRestRateLimit(List.of("EAPI:Rate limit exceeded")));
        assertFalse(SpotErrors.isRestRateLimit(List.of("EOrder:Rate limit exceeded")));
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
