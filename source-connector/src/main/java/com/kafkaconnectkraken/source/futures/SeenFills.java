package com.kafkaconnectkraken.source.futures;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code fill_id}s already published by this task, so the {@code fills_snapshot} Kraken sends on every
 * (re)subscribe, and any repeated fill, is not published twice. Bounded: the oldest ids are forgotten beyond
 * {@code capacity} (Kraken's snapshot holds the account's recent fills only). Not thread-safe (the private
 * stream's reader thread only).
 */
final class SeenFills {

    private final Map<String, Boolean> ids;

    /** @param capacity how many ids are remembered */
    SeenFills(int capacity) {
        this.ids = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return {@code true} the first time {@code fillId} is seen */
    boolean firstTime(String fillId) {
        return ids.put(fillId, Boolean.TRUE) == null;
    }
}
