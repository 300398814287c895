package com.kafkaconnectkraken.simulator.futures;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One simulated Futures account: its API key and secret, its fills, open orders, positions, wallets, account log and
 * the sessions subscribed to its private feeds. Plain state; every access holds this object's monitor
 * ({@code synchronized (account)}), which also orders what its subscribers receive.
 */
final class FuturesAccount {

    final String apiKey;
    final String secretBase64;
    final String name;
    final List<FuturesFill> fills = new ArrayList<>();
    final Map<String, FuturesOrder> openOrders = new LinkedHashMap<>();
    final Map<String, Position> positions = new TreeMap<>();
    /** Multi-collateral ({@code flex}) wallet: currency to quantity. */
    final Map<String, BigDecimal> flex = new TreeMap<>();
    /** Inverse margin accounts, e.g. {@code F-XBT:USD}, to balance in the base currency. */
    final Map<String, BigDecimal> marginAccounts = new TreeMap<>();
    /** Account log entries, oldest first. */
    final List<ObjectNode> log = new ArrayList<>();
    final Map<FuturesFeed, Set<FuturesSession>> subscribers = new EnumMap<>(FuturesFeed.class);
    long positionsSeq;
    long balancesSeq;
    boolean duplicateNextFill;

    FuturesAccount(String apiKey, String secretBase64) {
        this.apiKey = apiKey;
        this.secretBase64 = secretBase64;
        this.name = nameFor(apiKey);
    }

    /** @return the stable account id the simulator gives an API key (a name-based UUID, like Kraken's account uids) */
    static String nameFor(String apiKey) {
        return UUID.nameUUIDFromBytes(("kraken-simulator-futures:" + apiKey).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** @return the last fill, or {@code null} */
    FuturesFill lastFill() {
        return fills.isEmpty() ? null : fills.get(fills.size() - 1);
    }

    /** Sends the frame to every session subscribed to the feed; builds it only if there is one. */
    void publish(FuturesFeed feed, Supplier<ObjectNode> frame) {
        Set<FuturesSession> sessions = subscribers.get(feed);
        if (sessions == null || sessions.isEmpty()) {
            return;
        }
        String text = FuturesJson.write(frame.get());
        sessions.forEach(session -> session.send(text));
    }

    void subscribe(FuturesFeed feed, FuturesSession session) {
        subscribers.computeIfAbsent(feed, f -> new LinkedHashSet<>()).add(session);
    }

    boolean unsubscribe(FuturesFeed feed, FuturesSession session) {
        Set<FuturesSession> sessions = subscribers.get(feed);
        return sessions != null && sessions.remove(session);
    }

    void removeAll(FuturesSession session) {
        subscribers.values().forEach(sessions -> sessions.remove(session));
    }
}
