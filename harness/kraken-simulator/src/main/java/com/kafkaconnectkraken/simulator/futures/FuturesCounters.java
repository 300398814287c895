package com.kafkaconnectkraken.simulator.futures;

import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What the Futures endpoint received, for test assertions. Thread-safe. */
final class FuturesCounters {

    private final Map<String, AtomicLong> subscribes = new ConcurrentHashMap<>();
    private final AtomicLong challenges = new AtomicLong();
    private final AtomicLong authFailures = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();

    /** Counts one parsed subscribe request for a feed and product ({@code null} for feeds without products). */
    void subscribeReceived(FuturesFeed feed, String productId) {
        subscribes.computeIfAbsent(key(feed.wireName(), productId), k -> new AtomicLong()).incrementAndGet();
    }

    long subscribes(String feed, String productId) {
        AtomicLong n = subscribes.get(key(feed, productId));
        return n == null ? 0 : n.get();
    }

    void challengeIssued() {
        challenges.incrementAndGet();
    }

    long challenges() {
        return challenges.get();
    }

    void authFailed() {
        authFailures.incrementAndGet();
    }

    long authFailures() {
        return authFailures.get();
    }

    void connectionAccepted() {
        connections.incrementAndGet();
    }

    long connections() {
        return connections.get();
    }

    private static String key(String feed, String productId) {
        return productId == null ? feed : feed + "/" + productId;
    }
}
