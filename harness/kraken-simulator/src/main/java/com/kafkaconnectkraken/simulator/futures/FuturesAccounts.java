package com.kafkaconnectkraken.simulator.futures;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The simulated Futures accounts by API key. Thread-safe. */
final class FuturesAccounts {

    private final Map<String, FuturesAccount> byKey = new ConcurrentHashMap<>();

    /**
     * Adds an account, idempotent for the same secret.
     *
     * @return the account
     * @throws IllegalArgumentException if the secret is not base64 or the key exists with another secret
     */
    FuturesAccount add(String apiKey, String secretBase64) {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secretBase64, "secretBase64");
        try {
            Base64.getDecoder().decode(secretBase64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("API secret is not base64", e);
        }
        FuturesAccount account = byKey.computeIfAbsent(apiKey, k -> new FuturesAccount(k, secretBase64));
        if (!account.secretBase64.equals(secretBase64)) {
            throw new IllegalArgumentException("Futures account " + apiKey + " exists with another secret");
        }
        return account;
    }

    Optional<FuturesAccount> find(String apiKey) {
        return apiKey == null ? Optional.empty() : Optional.ofNullable(byKey.get(apiKey));
    }

    /** @throws IllegalArgumentException naming the key if there is no such account */
    FuturesAccount require(String apiKey) {
        return find(apiKey).orElseThrow(() -> new IllegalArgumentException("No futures account with API key " + apiKey));
    }

    List<FuturesAccount> all() {
        return List.copyOf(byKey.values());
    }
}
