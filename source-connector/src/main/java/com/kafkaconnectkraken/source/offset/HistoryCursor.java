package com.kafkaconnectkraken.source.offset;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Source offset of one incremental history stream (REST {@code Ledgers}, {@code TradesHistory},
 * {@code ClosedOrders}; https://docs.kraken.com/api/docs/rest-api/get-ledgers, .../get-trade-history,
 * .../get-closed-orders): the newest entry already written, ordered by time and then by id, plus the
 * ids of every written entry sharing that time, so an entry booked later with exactly the cursor's
 * time (Kraken times have 4 decimals, 100 µs) is still new. The cursor never depends on the order of
 * the keys in Kraken's response.
 *
 * <p>Map form (primitive values only, versioned), with the stream's id key ({@code ledger_id},
 * {@code txid}, {@code order_id}):
 * {@code {"version": 2, "ledger_id": "L4UESK-KG3EQ-UFO4T5", "time": "1688464484.1787", "ids_at_time": "L4UESK-...,LTJ2LA-..."}};
 * {@code time} is Kraken's unix seconds text, kept exact. Version 1 maps (no {@code ids_at_time},
 * written by earlier releases for Ledgers) are read as "every entry at that time is written".
 *
 * @param id        id of the newest written entry (greatest time, then greatest id)
 * @param time      its time in unix seconds, exactly as Kraken sent it
 * @param idsAtTime ids of the written entries with exactly {@code time}; {@code null} when all of them are written
 */
public record HistoryCursor(String id, BigDecimal time, Set<String> idsAtTime) {

    /** Current offset format version. */
    public static final int VERSION = 2;
    static final String VERSION_KEY = "version";
    static final String TIME_KEY = "time";
    static final String IDS_AT_TIME_KEY = "ids_at_time";

    /** @throws NullPointerException if {@code id} or {@code time} is null */
    public HistoryCursor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        idsAtTime = idsAtTime == null ? null : Set.copyOf(idsAtTime);
    }

    /** The cursor at a first entry. */
    public static HistoryCursor at(String id, BigDecimal time) {
        return new HistoryCursor(id, time, Set.of(id));
    }

    /** Whether the entry {@code (id, time)} is at or before this cursor, i.e. already written. */
    public boolean covers(String entryId, BigDecimal entryTime) {
        int byTime = entryTime.compareTo(time);
        return byTime < 0 || byTime == 0 && (idsAtTime == null || idsAtTime.contains(entryId));
    }

    /**
     * The cursor after also writing {@code (id, time)}; entries must be given in (time, id) order.
     *
     * @return the advanced cursor; this one when the entry is older than the cursor
     */
    public HistoryCursor advance(String entryId, BigDecimal entryTime) {
        int byTime = entryTime.compareTo(time);
        if (byTime > 0) {
            return at(entryId, entryTime);
        }
        if (byTime < 0 || idsAtTime == null) {
            return this;
        }
        Set<String> ids = new TreeSet<>(idsAtTime);
        ids.add(entryId);
        return new HistoryCursor(entryId.compareTo(id) > 0 ? entryId : id, time, ids);
    }

    /** The map stored by Connect, with the stream's id key (e.g. {@code txid}). */
    public Map<String, Object> toMap(String idKey) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(VERSION_KEY, VERSION);
        map.put(idKey, id);
        map.put(TIME_KEY, time.toPlainString());
        if (idsAtTime != null) {
            map.put(IDS_AT_TIME_KEY, String.join(",", new TreeSet<>(idsAtTime)));
        }
        return map;
    }

    /**
     * Restores a cursor stored by {@link #toMap(String)} (or a version 1 ledger cursor).
     *
     * @param map   the stored offset, or null when none is stored
     * @param idKey the stream's id key
     * @return the cursor, or null when {@code map} is null
     * @throws ConnectException if the map has an unknown version or values of the wrong type
     */
    public static HistoryCursor fromMap(Map<String, ?> map, String idKey) {
        if (map == null) {
            return null;
        }
        Object version = map.get(VERSION_KEY);
        if (!(version instanceof Number) || ((Number) version).intValue() < 1 || ((Number) version).intValue() > VERSION) {
            throw new ConnectException("Unsupported history offset version " + version + " in " + map
                    + "; expected 1 or " + VERSION + " (reset the connector's offsets to start over)");
        }
        Object id = map.get(idKey);
        Object time = map.get(TIME_KEY);
        Object ids = map.get(IDS_AT_TIME_KEY);
        if (!(id instanceof String) || ((String) id).isBlank() || !(time instanceof String)
                || (ids != null && !(ids instanceof String))) {
            throw new ConnectException("Malformed history offset " + map + ": " + idKey + ", time and "
                    + IDS_AT_TIME_KEY + " must be strings");
        }
        try {
            Set<String> idsAtTime = ids == null ? null : new TreeSet<>(Arrays.asList(((String) ids).split(",")));
            return new HistoryCursor((String) id, new BigDecimal((String) time), idsAtTime);
        } catch (NumberFormatException e) {
            throw new ConnectException("Malformed history offset time '" + time + "'", e);
        }
    }
}
