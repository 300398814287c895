package com.kafkaconnectkraken.simulator.market;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The generator's order book for one symbol: price levels per side (best first), each with its
 * orders in queue order. Prices are ticks, quantities units (see {@link Instrument}). Every mutation
 * returns the {@link BookChange} it caused. Not thread-safe (guarded by the market lock).
 */
final class SimBook {

    private final NavigableMap<Long, SimLevel> bids = new TreeMap<>(Comparator.reverseOrder());
    private final NavigableMap<Long, SimLevel> asks = new TreeMap<>();

    NavigableMap<Long, SimLevel> side(boolean bid) {
        return bid ? bids : asks;
    }

    /** @return the best price of a side, or {@code fallback} if the side is empty */
    long best(boolean bid, long fallback) {
        NavigableMap<Long, SimLevel> side = side(bid);
        return side.isEmpty() ? fallback : side.firstKey();
    }

    /** @return how many levels of the side are strictly better than {@code price}, at most {@code limit} */
    int betterCount(boolean bid, long price, int limit) {
        int n = 0;
        for (Long p : side(bid).keySet()) {
            if (n >= limit || p == price || (bid ? p < price : p > price)) {
                break;
            }
            n++;
        }
        return n;
    }

    /** @return the level at 0-based rank, or {@code null} if the side is shorter */
    SimLevel levelAt(boolean bid, int rank) {
        if (rank >= side(bid).size()) {
            return null;
        }
        Iterator<SimLevel> it = side(bid).values().iterator();
        for (int i = 0; i < rank; i++) {
            it.next();
        }
        return it.next();
    }

    /** @return up to {@code n} best levels of a side, best first */
    List<SimLevel> top(boolean bid, int n) {
        List<SimLevel> out = new ArrayList<>(Math.min(n, side(bid).size()));
        for (SimLevel level : side(bid).values()) {
            if (out.size() == n) {
                break;
            }
            out.add(level);
        }
        return out;
    }

    /** Appends an order to the end of its price level's queue. */
    BookChange add(boolean bid, SimOrder order) {
        SimLevel level = side(bid).computeIfAbsent(order.price, SimLevel::new);
        level.orders.add(order);
        level.total += order.qty;
        return new BookChange(bid, order.price, level.total, List.of(OrderEvent.of("add", order)));
    }

    /** Sets a resting order's remaining quantity (positive; use {@link #delete} for zero). */
    BookChange modify(boolean bid, SimOrder order, long newQty) {
        SimLevel level = side(bid).get(order.price);
        level.total += newQty - order.qty;
        order.qty = newQty;
        return new BookChange(bid, order.price, level.total, List.of(OrderEvent.of("modify", order)));
    }

    /** Removes a resting order; the level disappears with its last order. */
    BookChange delete(boolean bid, SimOrder order) {
        SimLevel level = side(bid).get(order.price);
        level.orders.remove(order);
        level.total -= order.qty;
        if (level.orders.isEmpty()) {
            side(bid).remove(order.price);
        }
        return new BookChange(bid, order.price, level.orders.isEmpty() ? 0 : level.total,
                List.of(OrderEvent.of("delete", order)));
    }

    /** Removes a whole level (all its orders, in queue order). */
    BookChange deleteLevel(boolean bid, SimLevel level) {
        side(bid).remove(level.price);
        List<OrderEvent> events = new ArrayList<>(level.orders.size());
        for (SimOrder order : level.orders) {
            events.add(OrderEvent.of("delete", order));
        }
        return new BookChange(bid, level.price, 0, events);
    }
}
