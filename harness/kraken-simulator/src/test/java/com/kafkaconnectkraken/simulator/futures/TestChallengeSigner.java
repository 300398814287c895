package com.kafkaconnectkraken.simulator.futures;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a client computes as {@code signed_challenge}, written in the tests on their own (not the simulator's
 * {@link ChallengeSignature}): Base64(HMAC-SHA512(Base64Decode(secret), SHA-256(challenge))).
 */
public final class TestChallengeSigner {

    private TestChallengeSigner() {
    }

    /** @return the signed challenge for {@code challenge} under {@code secretBase64} */
    public static String sign(String secretBase64, String challenge) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secretBase64), "HmacSHA512"));
            mac.update(MessageDigest.getInstance("SHA-256").digest(challenge.getBytes(StandardCharsets.UTF_8)));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
