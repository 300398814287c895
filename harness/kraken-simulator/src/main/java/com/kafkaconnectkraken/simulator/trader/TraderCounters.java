package com.kafkaconnectkraken.simulator.trader;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What the Trader venue received and did, for test assertions. Thread-safe. */
final class TraderCounters {

    private final AtomicLong logins = new AtomicLong();
    private final AtomicLong loginFailures = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong refusedConnections = new AtomicLong();
    private final AtomicLong ordersCreated = new AtomicLong();
    private final Map<String, AtomicLong> byClientOrderId = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> messages = new ConcurrentHashMap<>();

    void login(boolean ok) {
        (ok ? logins : loginFailures).incrementAndGet();
    }

    long logins() {
        return logins.get();
    }

    long loginFailures() {
        return loginFailures.get();
    }

    /** Counts one upgrade on {@code /api/v1/ws}; {@code accepted}: its token verified. */
    void connection(boolean accepted) {
        (accepted ? connections : refusedConnections).incrementAndGet();
    }

    long connections() {
        return connections.get();
    }

    long refusedConnections() {
        return refusedConnections.get();
    }

    void orderCreated(String clientOrderId) {
        ordersCreated.incrementAndGet();
        if (clientOrderId != null) {
            byClientOrderId.computeIfAbsent(clientOrderId, k -> new AtomicLong()).incrementAndGet();
        }
    }

    long ordersCreated() {
        return ordersCreated.get();
    }

    long ordersCreated(String clientOrderId) {
        AtomicLong n = byClientOrderId.get(clientOrderId);
        return n == null ? 0 : n.get();
    }

    /** Counts one client message of {@code type} (as sent, valid or not). */
    void message(String type) {
        messages.computeIfAbsent(type, k -> new AtomicLong()).incrementAndGet();
    }

    long messages(String type) {
        AtomicLong n = messages.get(type);
        return n == null ? 0 : n.get();
    }
}
