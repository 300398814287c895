package com.kafkaconnectkraken.source.offset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Source partition of the ledger stream: one per Kraken account. The account is identified by a
 * SHA-256 fingerprint of the API key (first 16 hex digits), so the key itself never reaches the
 * offsets topic, and a connector switched to another account does not resume a foreign cursor.
 *
 * <p>Map form: {@code {"endpoint": "Ledgers", "account": "<16 hex>"}}.
 */
public record LedgerPartition(String account) {

    static final String ENDPOINT_KEY = "endpoint";
    static final String ACCOUNT_KEY = "account";
    static final String ENDPOINT = "Ledgers";

    /** @throws NullPointerException if {@code account} is null */
    public LedgerPartition {
        Objects.requireNonNull(account, "account");
    }

    /** The partition of the account that owns {@code apiKey}. */
    public static LedgerPartition forApiKey(String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return new LedgerPartition(HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new ConnectException("SHA-256 unavailable", e);
        }
    }

    /**
     * The map stored by Connect, keys in the documented order. Connect's JSON converter writes a
     * map in iteration order and looks offsets up by the serialised bytes, so the order must be
     * the same in every JVM ({@code Map.of} iterates in a per-JVM random order) and the same as
     * Connect's own {@code HashMap} after reading it back (REST {@code GET/PATCH .../offsets}).
     */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(ENDPOINT_KEY, ENDPOINT);
        map.put(ACCOUNT_KEY, account);
        return map;
    }
}
