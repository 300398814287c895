package com.kafkaconnectkraken.source.stream;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ids already published by a task, so a snapshot a venue re-sends after every (re)subscribe, or a backfill after a
 * gap, does not publish anything twice: Kraken Futures {@code fill_id}s, Trader API order states
 * ({@code orderId/status/filledQuantity}). Bounded: the oldest ids are forgotten beyond {@code capacity} (snapshots
 * and backfills cover recent history only). Thread-safe (a Trader backfill answer and the live stream may
 * meet).
 */
public final class SeenIds {

    private final Map<String, Boolean> ids;

    /** @param capacity how many ids are remembered */
    public SeenIds(int capacity) {
        this.ids = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return {@code true} the first time {@code id} is seen */
    public synchronized boolean firstTime(String id) {
        return ids.put(id, Boolean.TRUE) == null;
    }
}
