package com.kafkaconnectkraken.simulator.futures;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The simulator's own check of a Kraken Futures signed challenge, written from the docs and independent of the
 * client's signer (https://docs.kraken.com/api/docs/guides/futures-websockets, "Sign Challenge";
 * docs/protocol/kraken-futures.md): {@code signed_challenge = Base64(HMAC-SHA512(key = Base64Decode(api_secret),
 * message = SHA-256(utf-8 challenge)))}.
 */
final class ChallengeSignature {

    private ChallengeSignature() {
    }

    /**
     * @param secretBase64 the account's API secret, base64
     * @param challenge    the challenge text exactly as issued
     * @return the padded base64 signature a client must send
     * @throws IllegalArgumentException if the secret is not base64
     */
    static String sign(String secretBase64, String challenge) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(challenge.getBytes(StandardCharsets.UTF_8));
            Mac hmac = Mac.getInstance("HmacSHA512");
            hmac.init(new SecretKeySpec(Base64.getDecoder().decode(secretBase64), "HmacSHA512"));
            return Base64.getEncoder().encodeToString(hmac.doFinal(digest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA512 or SHA-256 unavailable", e);
        }
    }

    /**
     * @param secretBase64 the account's API secret, base64
     * @param challenge    the challenge as issued
     * @param signed       the client's {@code signed_challenge}, or {@code null}
     * @return whether {@code signed} is exactly the signature (compared in constant time)
     */
    static boolean matches(String secretBase64, String challenge, String signed) {
        if (signed == null || challenge == null) {
            return false;
        }
        byte[] expected = sign(secretBase64, challenge).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signed.getBytes(StandardCharsets.US_ASCII));
    }
}
