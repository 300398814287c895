package com.kafkaconnectkraken.client.futures.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.Vectors;
import org.junit.jupiter.api.Test;

/** The docs' "Sign challenge" worked example (testdata/kraken-vectors/futures/challenge_sign_docs_example.json). */
class FuturesChallengeTest {

    private static final JsonNode V = Vectors.json("futures/challenge_sign_docs_example.json");

    @Test
    void reproducesTheDocsSignedChallenge() {
        FuturesChallenge signer = new FuturesChallenge(V.get("api_secret").asText());
        assertEquals(V.get("expected_signed_challenge").asText(), signer.sign(V.get("challenge").asText()));
    }

    @Test
    void theSecretNeverShowsAndABadOneFailsWithoutIt() {
        String secret = V.get("api_secret").asText();
        assertFalse(new FuturesChallenge(secret).toString().contains(secret.substring(0, 8)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FuturesChallenge("not base64!"));
        assertFalse(e.getMessage().contains("not base64!"));
    }
}
