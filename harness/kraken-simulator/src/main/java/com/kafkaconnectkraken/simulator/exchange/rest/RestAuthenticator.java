package com.kafkaconnectkraken.simulator.exchange.rest;

import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.account.Accounts;
import com.kafkaconnectkraken.simulator.exchange.engine.KrakenRejection;
import com.kafkaconnectkraken.simulator.transport.RestRequest;
import java.math.BigInteger;
import java.util.Map;

/**
 * Authenticates a private REST call exactly like Kraken docs/protocol/kraken-spot.md §6.1,
 * https://docs.kraken.com/api/docs/guides/spot-rest-auth): {@code API-Key} must name an account
 * ({@code EAPI:Invalid key}); {@code API-Sign} must equal
 * {@code Base64(HMAC-SHA512(Base64Decode(secret), path ‖ SHA256(nonce + raw body)))}
 * ({@code EAPI:Invalid signature}); {@code nonce} must be an unsigned 64-bit integer strictly greater than
 * the key's last accepted nonce ({@code EAPI:Invalid nonce}). The signature is checked before the nonce is
 * consumed, so a forged request cannot burn nonces.
 */
final class RestAuthenticator {

    private static final BigInteger MAX_NONCE = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final Accounts accounts;

    RestAuthenticator(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * @param request the raw request (body bytes exactly as received)
     * @param params  its parsed parameters (for {@code nonce})
     * @return the authenticated account
     * @throws KrakenRejection with Kraken's error string
     */
    Account authenticate(RestRequest request, Map<String, String> params) {
        Account account = accounts.find(request.header("API-Key"))
                .orElseThrow(() -> new KrakenRejection("EAPI:Invalid key"));
        String nonce = params.get("nonce");
        BigInteger nonceValue = parseNonce(nonce);
        if (!RestSignature.matches(account.secretBase64(), request.path(), nonce, request.body(),
                request.header("API-Sign"))) {
            throw new KrakenRejection("EAPI:Invalid signature");
        }
        synchronized (account) {
            if (!account.acceptNonce(nonceValue)) {
                throw new KrakenRejection("EAPI:Invalid nonce");
            }
        }
        return account;
    }

    private static BigInteger parseNonce(String nonce) {
        if (nonce == null || nonce.isEmpty() || !nonce.chars().allMatch(Character::isDigit)) {
            throw new KrakenRejection("EAPI:Invalid nonce");
        }
        BigInteger value = new BigInteger(nonce);
        if (value.compareTo(MAX_NONCE) > 0) {
            throw new KrakenRejection("EAPI:Invalid nonce");
        }
        return value;
    }
}
