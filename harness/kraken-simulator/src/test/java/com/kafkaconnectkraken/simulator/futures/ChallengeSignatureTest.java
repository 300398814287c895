package com.kafkaconnectkraken.simulator.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeVectors;
import org.junit.jupiter.api.Test;

/** The simulator's own signed-challenge check reproduces Kraken's documented example. */
class ChallengeSignatureTest {

    private static final JsonNode V = ExchangeVectors.json("futures/challenge_sign_docs_example.json");
    private static final String SECRET = V.get("api_secret").asText();
    private static final String CHALLENGE = V.get("challenge").asText();
    private static final String EXPECTED = V.get("expected_signed_challenge").asText();

    @Test
    void docsExampleSignsToTheDocumentedValue() {
        assertEquals(EXPECTED, ChallengeSignature.sign(SECRET, CHALLENGE));
        assertTrue(ChallengeSignature.matches(SECRET, CHALLENGE, EXPECTED));
    }

    @Test
    void theTestsOwnSignerAgreesWithTheVector() {
        assertEquals(EXPECTED, TestChallengeSigner.sign(SECRET, CHALLENGE));
    }

    @Test
    void anyChangeOrAnUnpaddedSignatureIsRefused() {
        assertFalse(ChallengeSignature.matches(SECRET, CHALLENGE.replace('c', 'd'), EXPECTED));
        assertFalse(ChallengeSignature.matches(SECRET, CHALLENGE, EXPECTED.replace("==", "")));
        assertFalse(ChallengeSignature.matches(SECRET, CHALLENGE, EXPECTED.substring(1)));
        assertFalse(ChallengeSignature.matches(SECRET, CHALLENGE, null));
        assertFalse(ChallengeSignature.matches(SECRET, null, EXPECTED));
        String otherSecret = "c2VjcmV0LWZvci10aGUtZGVtby1hY2NvdW50";
        assertFalse(ChallengeSignature.matches(otherSecret, CHALLENGE, EXPECTED));
    }
}
