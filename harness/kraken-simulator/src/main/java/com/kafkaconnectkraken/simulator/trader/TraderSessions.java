package com.kafkaconnectkraken.simulator.trader;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The open sessions of the Trader endpoint, by connection id. Thread-safe. */
final class TraderSessions {

    private final Map<Long, TraderSession> sessions = new ConcurrentHashMap<>();

    void add(TraderSession session) {
        sessions.put(session.id(), session);
    }

    TraderSession get(long id) {
        return sessions.get(id);
    }

    TraderSession remove(long id) {
        return sessions.remove(id);
    }

    /** @return a live view of the open sessions (iteration is weakly consistent) */
    Collection<TraderSession> all() {
        return sessions.values();
    }

    /** @return a snapshot of the open sessions */
    List<TraderSession> snapshot() {
        return List.copyOf(sessions.values());
    }

    int size() {
        return sessions.size();
    }
}
