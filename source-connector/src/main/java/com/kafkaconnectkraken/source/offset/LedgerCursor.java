package com.kafkaconnectkraken.source.offset;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * Source offset of the ledger stream: the newest ledger entry already written, by id and time.
 * The next poll asks Kraken for entries after it ({@code start=<ledger id>}, exclusive;
 * https://docs.kraken.com/api/docs/rest-api/get-ledgers), so entries are neither skipped nor repeated.
 *
 * <p>Map form (primitive values only, versioned):
 * {@code {"version": 1, "ledger_id": "L4UESK-KG3EQ-UFO4T5", "time": "1688464484.1787"}};
 * {@code time} is Kraken's unix seconds text, kept exact.
 *
 * @param ledgerId Kraken ledger id of the newest written entry
 * @param time     its time in unix seconds, exactly as Kraken sent it
 */
public record LedgerCursor(String ledgerId, BigDecimal time) {

    /** Current offset format version. */
    public static final int VERSION = 1;
    static final String VERSION_KEY = "version";
    static final String LEDGER_ID_KEY = "ledger_id";
    static final String TIME_KEY = "time";

    /** @throws NullPointerException if a component is null */
    public LedgerCursor {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(time, "time");
    }

    /** The map stored by Connect. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(VERSION_KEY, VERSION);
        map.put(LEDGER_ID_KEY, ledgerId);
        map.put(TIME_KEY, time.toPlainString());
        return map;
    }

    /**
     * Restores a cursor stored by {@link #toMap()}.
     *
     * @param map the stored offset, or null when none is stored
     * @return the cursor, or null when {@code map} is null
     * @throws ConnectException if the map has an unknown version or values of the wrong type
     */
    public static LedgerCursor fromMap(Map<String, ?> map) {
        if (map == null) {
            return null;
        }
        Object version = map.get(VERSION_KEY);
        if (!(version instanceof Number) || ((Number) version).intValue() != VERSION) {
            throw new ConnectException("Unsupported ledger offset version " + version + " in " + map
                    + "; expected " + VERSION + " (reset the connector's offsets to start over)");
        }
        Object id = map.get(LEDGER_ID_KEY);
        Object time = map.get(TIME_KEY);
        if (!(id instanceof String) || ((String) id).isBlank() || !(time instanceof String)) {
            throw new ConnectException("Malformed ledger offset " + map + ": ledger_id and time must be strings");
        }
        try {
            return new LedgerCursor((String) id, new BigDecimal((String) time));
        } catch (NumberFormatException e) {
            throw new ConnectException("Malformed ledger offset time '" + time + "'", e);
        }
    }
}
