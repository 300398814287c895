package com.kafkaconnectkraken.simulator.exchange.account;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Registry of accounts by public API key. Thread-safe. */
public final class Accounts {

    private final ConcurrentMap<String, Account> byKey = new ConcurrentHashMap<>();

    /**
     * Adds an account, or returns the existing one for {@code apiKey}.
     *
     * @param apiKey       public key
     * @param secretBase64 base64 secret used to verify {@code API-Sign}
     * @return the account
     * @throws IllegalArgumentException if the secret is not valid base64 or the key exists with another secret
     */
    public Account add(String apiKey, String secretBase64) {
        java.util.Base64.getDecoder().decode(secretBase64);
        Account account = byKey.computeIfAbsent(apiKey, k -> new Account(k, secretBase64));
        if (!account.secretBase64().equals(secretBase64)) {
            throw new IllegalArgumentException("API key " + apiKey + " already exists with another secret");
        }
        return account;
    }

    /** @return the account for {@code apiKey}, if any */
    public Optional<Account> find(String apiKey) {
        return apiKey == null ? Optional.empty() : Optional.ofNullable(byKey.get(apiKey));
    }

    /**
     * @return the account for {@code apiKey}
     * @throws IllegalArgumentException if unknown
     */
    public Account require(String apiKey) {
        return find(apiKey).orElseThrow(() -> new IllegalArgumentException("unknown API key " + apiKey));
    }
}
