package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subscriptions the server has acknowledged, so they can be restored after a reconnect.
 *
 * <p>Entries are keyed by channel + params (so {@code book} depth 10 and depth 100 are separate)
 * and hold the acknowledged symbols in subscription order; a channel without symbols
 * ({@code executions}, {@code balances}, {@code instrument}) is active while its key is present.
 * {@link #active()} regroups the symbols into one {@link Subscription} per key, so a restore
 * needs as few requests as possible. Thread-safe.
 */
final class SubscriptionRegistry {

    private final Map<Key, Set<String>> active = new LinkedHashMap<>();

    /**
     * Records acknowledged symbols.
     *
     * @param subscription the subscription they belong to
     * @param symbols      acknowledged symbols (ignored for a channel without symbols)
     */
    synchronized void confirm(Subscription subscription, Collection<String> symbols) {
        Set<String> set = active.computeIfAbsent(Key.of(subscription), k -> new LinkedHashSet<>());
        if (!subscription.symbols().isEmpty()) {
            symbols.stream().filter(subscription.symbols()::contains).forEach(set::add);
            if (set.isEmpty()) {
                active.remove(Key.of(subscription));
            }
        }
    }

    /**
     * Forgets symbols (or, for a channel without symbols, the whole subscription).
     *
     * @param subscription the subscription they belong to
     * @param symbols      symbols no longer active
     */
    synchronized void remove(Subscription subscription, Collection<String> symbols) {
        Key key = Key.of(subscription);
        Set<String> set = active.get(key);
        if (set == null) {
            return;
        }
        set.removeAll(symbols);
        if (subscription.symbols().isEmpty() || set.isEmpty()) {
            active.remove(key);
        }
    }

    /**
     * @return one subscription per channel + params with all its active symbols, in the order
     *         they were first acknowledged
     */
    synchronized List<Subscription> active() {
        List<Subscription> result = new ArrayList<>(active.size());
        active.forEach((key, symbols) -> result.add(new Subscription(key.channel(), List.copyOf(symbols), key.params())));
        return result;
    }

    /**
     * @return whether nothing is subscribed
     */
    synchronized boolean isEmpty() {
        return active.isEmpty();
    }

    /** Identity of a subscription apart from its symbols. */
    private record Key(SpotChannel channel, ObjectNode params) {
        static Key of(Subscription subscription) {
            return new Key(subscription.channel(), subscription.params());
        }
    }
}
