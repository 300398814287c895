package com.kafkaconnectkraken.source.stream;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The record identities a task already published, so a snapshot or history a venue sends again after a
 * reconnect is not published twice: Kraken Futures {@code fill_id}s (the {@code fills_snapshot} of every
 * (re)subscribe), Trader order states ({@code orderId|status|filledQuantity}, backfilled from {@code orderHistory}).
 * Bounded: the oldest keys are forgotten beyond {@code capacity} (the venues resend recent history only).
 * Thread-safe.
 */
public final class SeenKeys {

    private final Map<String, Boolean> keys;

    /** @param capacity how many keys are remembered */
    public SeenKeys(int capacity) {
        this.keys = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return {@code true} the first time {@code key} is seen (it is remembered from then on) */
    public synchronized boolean firstTime(String key) {
        return keys.put(key, Boolean.TRUE) == null;
    }
}
