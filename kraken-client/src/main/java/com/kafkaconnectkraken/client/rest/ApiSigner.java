package com.kafkaconnectkraken.client.rest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes the {@code API-Sign} header of Kraken Spot private REST calls
 * (https://docs.kraken.com/api/docs/guides/spot-rest-auth, docs/protocol/kraken-spot.md §6.1):
 * {@code Base64(HMAC-SHA512(key = Base64Decode(secret), message = uriPath || SHA256(nonce + postBody)))}.
 *
 * <p>Thread-safe. The secret is never exposed by this class: {@link #toString()} masks it and no
 * exception message contains it.
 */
public final class ApiSigner {

    private static final String HMAC = "HmacSHA512";

    private final SecretKeySpec key;

    /**
     * Creates a signer for one API secret.
     *
     * @param secretBase64 the private key exactly as shown by Kraken (Base64)
     * @throws IllegalArgumentException if the secret is {@code null}, empty or not valid Base64
     *                                  (the message does not repeat the secret)
     */
    public ApiSigner(String secretBase64) {
        if (secretBase64 == null || secretBase64.isBlank()) {
            throw new IllegalArgumentException("Kraken API secret is missing");
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(secretBase64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Kraken API secret is not valid Base64");
        }
        if (decoded.length == 0) {
            throw new IllegalArgumentException("Kraken API secret is empty after Base64 decoding");
        }
        this.key = new SecretKeySpec(decoded, HMAC);
    }

    /**
     * Signs one request.
     *
     * @param uriPath  the request path, e.g. {@code /0/private/AddOrder}
     * @param nonce    the nonce exactly as it appears in the body, e.g. {@code 1616492376594}
     * @param postBody the exact body bytes sent (form-urlencoded including {@code nonce=...}, or JSON text)
     * @return the Base64 {@code API-Sign} value (a secret-derived value: do not log it)
     */
    public String sign(String uriPath, String nonce, byte[] postBody) {
        Objects.requireNonNull(uriPath, "uriPath");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(postBody, "postBody");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(nonce.getBytes(StandardCharsets.UTF_8));
            sha256.update(postBody);
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(uriPath.getBytes(StandardCharsets.UTF_8));
            mac.update(sha256.digest());
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JRE lacks SHA-256 or HmacSHA512", e);
        }
    }

    @Override
    public String toString() {
        return "ApiSigner[secret=****]";
    }
}
