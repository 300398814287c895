package com.kafkaconnectkraken.client.futures.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the challenge of a private Kraken Futures WebSocket connection
 * (docs/protocol/kraken-futures.md; https://docs.kraken.com/api/docs/guides/futures-websockets, "Sign challenge"):
 * {@code signed_challenge = Base64(HMAC-SHA512(key = Base64Decode(api_secret), message = SHA-256(UTF-8(challenge))))}.
 * The secret is held as bytes only and never appears in {@link #toString()}, logs or exceptions.
 */
public final class FuturesChallenge {

    private static final String HMAC = "HmacSHA512";

    private final SecretKeySpec key;

    /**
     * @param apiSecretBase64 the API secret as Kraken shows it (base64)
     * @throws IllegalArgumentException if it is not base64 (the message does not contain it)
     */
    public FuturesChallenge(String apiSecretBase64) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(apiSecretBase64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The Kraken Futures API secret is not valid base64");
        }
        this.key = new SecretKeySpec(secret, HMAC);
    }

    /**
     * @param challenge the {@code message} of the server's {@code challenge} event, a UUID
     * @return the {@code signed_challenge} to send with every private (un)subscribe of that connection
     */
    public String sign(String challenge) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(challenge.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(digest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA512 or SHA-256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "FuturesChallenge[secret=****]";
    }
}
