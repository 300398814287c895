package com.kafkaconnectkraken.client.book;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * One side of a level3 book: price levels sorted best first, each holding its orders in queue
 * (arrival) order with the checksum token of each order cached.
 */
final class L3Side implements ChecksumSide {

    private final TreeMap<BigDecimal, LinkedHashMap<String, Entry>> levels;
    private final Map<String, BigDecimal> priceByOrderId = new HashMap<>();
    private final Integer pricePrecision;
    private final Integer qtyPrecision;

    L3Side(boolean descending, Integer pricePrecision, Integer qtyPrecision) {
        this.levels = new TreeMap<>(descending ? Comparator.<BigDecimal>reverseOrder() : Comparator.<BigDecimal>naturalOrder());
        this.pricePrecision = pricePrecision;
        this.qtyPrecision = qtyPrecision;
    }

    void clear() {
        levels.clear();
        priceByOrderId.clear();
    }

    /**
     * Adds or modifies an order. Same price: updated in place (keeps queue position); new or
     * moved: appended to the end of its level's queue. Quantity 0 removes the order.
     */
    void upsert(L3Order order) {
        BigDecimal oldPrice = priceByOrderId.get(order.orderId());
        if (order.orderQty().signum() == 0) {
            delete(order.orderId());
            return;
        }
        if (oldPrice != null && oldPrice.compareTo(order.limitPrice()) == 0) {
            levels.get(oldPrice).put(order.orderId(), entry(order));
            return;
        }
        if (oldPrice != null) {
            delete(order.orderId());
        }
        levels.computeIfAbsent(order.limitPrice(), p -> new LinkedHashMap<>()).put(order.orderId(), entry(order));
        priceByOrderId.put(order.orderId(), order.limitPrice());
    }

    void delete(String orderId) {
        BigDecimal price = priceByOrderId.remove(orderId);
        if (price == null) {
            return;
        }
        LinkedHashMap<String, Entry> level = levels.get(price);
        level.remove(orderId);
        if (level.isEmpty()) {
            levels.remove(price);
        }
    }

    /** Drops whole price levels beyond {@code depth}. */
    void truncate(int depth) {
        while (levels.size() > depth) {
            for (String orderId : levels.pollLastEntry().getValue().keySet()) {
                priceByOrderId.remove(orderId);
            }
        }
    }

    @Override
    public void updateChecksum(CRC32 crc, int topLevels) {
        int n = 0;
        for (LinkedHashMap<String, Entry> level : levels.values()) {
            if (n++ == topLevels) {
                return;
            }
            for (Entry e : level.values()) {
                crc.update(e.token, 0, e.token.length);
            }
        }
    }

    @Override
    public void appendChecksumInput(StringBuilder out, int topLevels) {
        int n = 0;
        for (LinkedHashMap<String, Entry> level : levels.values()) {
            if (n++ == topLevels) {
                return;
            }
            for (Entry e : level.values()) {
                out.append(new String(e.token, StandardCharsets.US_ASCII));
            }
        }
    }

    List<L3Order> orders() {
        List<L3Order> out = new ArrayList<>(priceByOrderId.size());
        for (LinkedHashMap<String, Entry> level : levels.values()) {
            for (Entry e : level.values()) {
                out.add(e.order);
            }
        }
        return out;
    }

    int levelCount() {
        return levels.size();
    }

    int orderCount() {
        return priceByOrderId.size();
    }

    private Entry entry(L3Order order) {
        String token = ChecksumToken.of(order.limitPrice(), pricePrecision)
                + ChecksumToken.of(order.orderQty(), qtyPrecision);
        return new Entry(order, token.getBytes(StandardCharsets.US_ASCII));
    }

    private static final class Entry {
        private final L3Order order;
        private final byte[] token;

        Entry(L3Order order, byte[] token) {
            this.order = order;
            this.token = token;
        }
    }
}
