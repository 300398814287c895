package com.kafkaconnectkraken.source.offset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Source partition of one incremental history stream: one per REST method ({@code Ledgers},
 * {@code TradesHistory}, {@code ClosedOrders}) and Kraken account. The account is identified by a
 * SHA-256 fingerprint of the API key (first 16 hex digits), so the key itself never reaches the
 * offsets topic, and a connector switched to another account does not resume a foreign cursor.
 *
 * <p>Map form: {@code {"endpoint": "Ledgers", "account": "<16 hex>"}}.
 *
 * @param endpoint Kraken's REST method name
 * @param account  the account fingerprint
 */
public record HistoryPartition(String endpoint, String account) {

    /** The REST methods read incrementally, i.e. the only partitions with offsets. */
    public static final Set<String> ENDPOINTS = Set.of("Ledgers", "TradesHistory", "ClosedOrders");
    static final String ENDPOINT_KEY = "endpoint";
    static final String ACCOUNT_KEY = "account";

    /** @throws NullPointerException if a component is null */
    public HistoryPartition {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(account, "account");
    }

    /** The partition of {@code endpoint} for the account that owns {@code apiKey}. */
    public static HistoryPartition forApiKey(String endpoint, String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return new HistoryPartition(endpoint, HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new ConnectException("SHA-256 unavailable", e);
        }
    }

    /**
     * Restores a partition map, e.g. one given to {@code alterOffsets}.
     *
     * @throws ConnectException if the map is not a history partition
     */
    public static HistoryPartition fromMap(Map<String, ?> map) {
        Object endpoint = map == null ? null : map.get(ENDPOINT_KEY);
        Object account = map == null ? null : map.get(ACCOUNT_KEY);
        if (!(endpoint instanceof String) || !ENDPOINTS.contains(endpoint) || !(account instanceof String) || map.size() != 2) {
            throw new ConnectException("Only history partitions {endpoint=Ledgers|TradesHistory|ClosedOrders, "
                    + "account=<fingerprint>} have offsets, got " + map);
        }
        return new HistoryPartition((String) endpoint, (String) account);
    }

    /**
     * The map stored by Connect, keys in the documented order. Connect's JSON converter writes a
     * map in iteration order and looks offsets up by the serialised bytes, so the order must be
     * the same in every JVM ({@code Map.of} iterates in a per-JVM random order) and the same as
     * Connect's own {@code HashMap} after reading it back (REST {@code GET/PATCH .../offsets}).
     */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(ENDPOINT_KEY, endpoint);
        map.put(ACCOUNT_KEY, account);
        return map;
    }
}
