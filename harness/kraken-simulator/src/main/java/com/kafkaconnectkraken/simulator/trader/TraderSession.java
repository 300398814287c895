package com.kafkaconnectkraken.simulator.trader;

import com.kafkaconnectkraken.simulator.transport.ClientConnection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One authenticated connection on {@code /api/v1/ws}: its user and token, its subscriptions (events per symbol, depth
 * per symbol, metrics per account) and its keep-alive state. Thread-safe.
 */
final class TraderSession {

    /** Event names a {@code subscribe} may carry. */
    static final Set<String> EVENTS = Set.of("quoteEvent", "executionEvent", "portfolioEvent");

    private final ClientConnection connection;
    private final TraderTokens.Verified token;
    private final Map<String, Set<String>> events = new ConcurrentHashMap<>();
    private final Map<String, Integer> depths = new ConcurrentHashMap<>();
    private final Set<String> metricsAccounts = ConcurrentHashMap.newKeySet();
    private volatile long lastPingNanos;
    private volatile long pingOutstandingSince;

    TraderSession(ClientConnection connection, TraderTokens.Verified token, long nowNanos) {
        this.connection = connection;
        this.token = token;
        this.lastPingNanos = nowNanos;
    }

    long id() {
        return connection.id();
    }

    String username() {
        return token.username();
    }

    TraderTokens.Verified token() {
        return token;
    }

    void send(String frame) {
        connection.send(frame);
    }

    void close(int code, String reason) {
        connection.close(code, reason);
    }

    void abort() {
        connection.abort();
    }

    boolean isOpen() {
        return connection.isOpen();
    }

    void subscribe(String symbol, String event) {
        events.computeIfAbsent(symbol, s -> ConcurrentHashMap.newKeySet()).add(event);
    }

    void unsubscribe(String symbol, String event) {
        Set<String> set = events.get(symbol);
        if (set != null) {
            set.remove(event);
        }
    }

    /** @return whether {@code event} ({@code quoteEvent}, {@code executionEvent}, {@code portfolioEvent}) is subscribed for {@code symbol} */
    boolean subscribed(String symbol, String event) {
        Set<String> set = events.get(symbol);
        return set != null && set.contains(event);
    }

    void depth(String symbol, int depth) {
        depths.put(symbol, depth);
    }

    void noDepth(String symbol) {
        depths.remove(symbol);
    }

    /** @return the subscribed depth of {@code symbol}, or 0 */
    int depth(String symbol) {
        return depths.getOrDefault(symbol, 0);
    }

    void metrics(String accountId) {
        metricsAccounts.add(accountId);
    }

    boolean metricsSubscribed(String accountId) {
        return metricsAccounts.contains(accountId);
    }

    /** Sends a ping frame carrying {@code payload} and marks it unanswered since {@code nowNanos}. */
    void ping(byte[] payload, long nowNanos) {
        lastPingNanos = nowNanos;
        if (pingOutstandingSince == 0) {
            pingOutstandingSince = nowNanos;
        }
        connection.ping(payload);
    }

    /** Records a pong: no ping is outstanding any more. */
    void pong() {
        pingOutstandingSince = 0;
    }

    long lastPingNanos() {
        return lastPingNanos;
    }

    /** @return {@link System#nanoTime()} of the oldest unanswered ping, or 0 */
    long pingOutstandingSince() {
        return pingOutstandingSince;
    }

    @Override
    public String toString() {
        return "TraderSession[" + Long.toUnsignedString(connection.id()) + "]";
    }
}
