package com.kafkaconnectkraken.simulator.exchange.rest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The simulator's own check of Kraken's {@code API-Sign}, written from the docs and independent of the
 * client's signer (docs/protocol/kraken-spot.md §6.1, https://docs.kraken.com/api/docs/guides/spot-rest-auth):
 * the header is {@code Base64(HMAC-SHA512(key = Base64Decode(secret), message = path ‖ SHA256(nonce ‖ body)))},
 * with {@code path} the URI path (e.g. {@code /0/private/Balance}) and {@code body} the raw POST body bytes.
 */
final class RestSignature {

    private RestSignature() {
    }

    /**
     * @param secretBase64 the account's API secret, base64
     * @param path         the request's URI path
     * @param nonce        the request's {@code nonce} parameter text
     * @param body         the body bytes exactly as received
     * @param header       the {@code API-Sign} header, or {@code null}
     * @return whether the header is exactly the request's signature, padded base64 (compared in constant time)
     */
    static boolean matches(String secretBase64, String path, String nonce, byte[] body, String header) {
        if (header == null) {
            return false;
        }
        String expected = Base64.getEncoder().encodeToString(digest(secretBase64, path, nonce, body));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), header.getBytes(StandardCharsets.US_ASCII));
    }

    /** @return the raw 64-byte HMAC-SHA512 a correct {@code API-Sign} decodes to */
    static byte[] digest(String secretBase64, String path, String nonce, byte[] body) {
        try {
            byte[] noncePlusBody = concat(nonce.getBytes(StandardCharsets.UTF_8), body);
            byte[] inner = MessageDigest.getInstance("SHA-256").digest(noncePlusBody);
            Mac hmac = Mac.getInstance("HmacSHA512");
            hmac.init(new SecretKeySpec(Base64.getDecoder().decode(secretBase64), "HmacSHA512"));
            return hmac.doFinal(concat(path.getBytes(StandardCharsets.UTF_8), inner));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA512 or SHA-256 unavailable", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
