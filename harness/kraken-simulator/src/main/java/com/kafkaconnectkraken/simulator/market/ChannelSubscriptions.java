package com.kafkaconnectkraken.simulator.market;

import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.simulator.transport.ClientConnection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Active subscriptions by channel and symbol, read by the feeds on every published frame and
 * changed only on (un)subscribe, hence copy-on-write lists (the enum map itself is never changed
 * after construction).
 */
final class ChannelSubscriptions {

    private final Map<SpotChannel, Map<String, List<ChannelSubscription>>> byChannelSymbol = new EnumMap<>(SpotChannel.class);

    ChannelSubscriptions() {
        for (SpotChannel channel : SpotChannel.values()) {
            byChannelSymbol.put(channel, new ConcurrentHashMap<>());
        }
    }

    /** @return the subscriptions to {@code channel} for {@code symbol} (all ohlc intervals), never null */
    List<ChannelSubscription> subscribers(SpotChannel channel, String symbol) {
        return byChannelSymbol.get(channel).getOrDefault(symbol, List.of());
    }

    /** @return {@code true} if the connection already holds a subscription with the same key */
    boolean contains(ChannelSubscription candidate) {
        return find(candidate) != null;
    }

    /** Adds a subscription. */
    void add(ChannelSubscription subscription) {
        byChannelSymbol.get(subscription.channel()).computeIfAbsent(subscription.symbol(),
                k -> new CopyOnWriteArrayList<>()).add(subscription);
    }

    /**
     * Removes the connection's subscription that has the same key as {@code candidate}.
     *
     * @return the removed subscription, or {@code null} if there was none
     */
    ChannelSubscription remove(ChannelSubscription candidate) {
        ChannelSubscription existing = find(candidate);
        if (existing != null) {
            subscribers(existing.channel(), existing.symbol()).remove(existing);
        }
        return existing;
    }

    /** Removes every subscription of a connection. */
    void removeAll(ClientConnection connection) {
        for (Map<String, List<ChannelSubscription>> bySymbol : byChannelSymbol.values()) {
            for (List<ChannelSubscription> subs : bySymbol.values()) {
                subs.removeIf(s -> s.connection().id() == connection.id());
            }
        }
    }

    private ChannelSubscription find(ChannelSubscription candidate) {
        for (ChannelSubscription s : subscribers(candidate.channel(), candidate.symbol())) {
            if (s.connection().id() == candidate.connection().id() && s.key().equals(candidate.key())) {
                return s;
            }
        }
        return null;
    }
}
