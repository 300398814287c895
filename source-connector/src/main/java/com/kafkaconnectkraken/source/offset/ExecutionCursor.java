package com.kafkaconnectkraken.source.offset;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Source offset of the {@code executions} fills (trade executions) of one account: the newest fill written and the
 * exec ids of every fill written within {@value #WINDOW_SECONDS} s before it. A restarted task reads the fills since
 * then from REST {@code TradesHistory} (whose {@code start} has whole seconds) and writes only those whose ids are
 * not in the cursor, so a fill booked while no task ran is written once, and one written before the restart is not
 * written again (exactly once when the workers run with exactly-once source support: the offset commits with the
 * records).
 *
 * <p>Partition map: {@code {"channel": "executions", "account": "<16 hex>"}} (the fingerprint of
 * {@link HistoryPartition}). Offset map (primitive values only, versioned):
 * {@code {"version": 1, "exec_id": "TXXXXX-...", "time": "2026-12-07T16:00:00.123Z", "recent_ids": "T1,T2"}}.
 *
 * @param execId    exec id of the newest fill written
 * @param time      its exchange time
 * @param recentIds exec ids of the fills written from {@code time} - {@value #WINDOW_SECONDS} s on (including it)
 */
public record ExecutionCursor(String execId, Instant time, Set<String> recentIds) {

    /** How far back from the newest fill the cursor keeps the ids written. */
    public static final int WINDOW_SECONDS = 5;
    /** Current offset format version. */
    public static final int VERSION = 1;
    static final String CHANNEL = "executions";
    static final String CHANNEL_KEY = "channel";
    static final String EXEC_ID_KEY = "exec_id";
    static final String RECENT_IDS_KEY = "recent_ids";

    /** @throws NullPointerException if a component is null */
    public ExecutionCursor {
        Objects.requireNonNull(execId, "execId");
        Objects.requireNonNull(time, "time");
        recentIds = Set.copyOf(recentIds);
    }

    /**
     * @param apiKey the account's API key (only its fingerprint is stored)
     * @return the partition map of the account's fills, keys in a fixed order (see {@link HistoryPartition#toMap()})
     */
    public static Map<String, String> partition(String apiKey) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(CHANNEL_KEY, CHANNEL);
        map.put(HistoryPartition.ACCOUNT_KEY, HistoryPartition.forApiKey(CHANNEL, apiKey).account());
        return map;
    }

    /** @return whether {@code partition} is the partition map of an account's fills */
    public static boolean isPartition(Map<String, ?> partition) {
        return partition != null && CHANNEL.equals(partition.get(CHANNEL_KEY))
                && partition.get(HistoryPartition.ACCOUNT_KEY) instanceof String && partition.size() == 2;
    }

    /** @return the map stored by Connect */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(HistoryCursor.VERSION_KEY, VERSION);
        map.put(EXEC_ID_KEY, execId);
        map.put(HistoryCursor.TIME_KEY, time.toString());
        map.put(RECENT_IDS_KEY, String.join(",", new TreeSet<>(recentIds)));
        return map;
    }

    /**
     * Restores a cursor stored by {@link #toMap()}.
     *
     * @param map the stored offset, or null when none is stored
     * @return the cursor, or null when {@code map} is null
     * @throws ConnectException if the map has an unknown version or malformed values
     */
    public static ExecutionCursor fromMap(Map<String, ?> map) {
        if (map == null) {
            return null;
        }
        Object version = map.get(HistoryCursor.VERSION_KEY);
        if (!(version instanceof Number) || ((Number) version).intValue() != VERSION) {
            throw new ConnectException("Unsupported executions offset version " + version + " in " + map
                    + "; expected " + VERSION + " (reset the connector's offsets to start over)");
        }
        Object execId = map.get(EXEC_ID_KEY);
        Object time = map.get(HistoryCursor.TIME_KEY);
        Object ids = map.get(RECENT_IDS_KEY);
        if (!(execId instanceof String) || ((String) execId).isBlank() || !(time instanceof String)
                || !(ids instanceof String)) {
            throw new ConnectException("Malformed executions offset " + map + ": " + EXEC_ID_KEY + ", time and "
                    + RECENT_IDS_KEY + " must be strings");
        }
        try {
            Set<String> recent = new TreeSet<>(Arrays.asList(((String) ids).split(",")));
            recent.remove("");
            return new ExecutionCursor((String) execId, Instant.parse((String) time), recent);
        } catch (DateTimeParseException e) {
            throw new ConnectException("Malformed executions offset time '" + time + "'", e);
        }
    }
}
