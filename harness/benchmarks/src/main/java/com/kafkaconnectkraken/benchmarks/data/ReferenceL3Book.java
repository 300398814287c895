package com.kafkaconnectkraken.benchmarks.data;

import com.kafkaconnectkraken.client.book.L3Event;
import com.kafkaconnectkraken.client.book.L3Order;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * A deliberately plain level3 book written straight from docs/protocol/kraken-spot.md §2.7/3.2 (price -> queue of
 * order id -> qty, checksum string rebuilt on every call). It produces the expected checksums of
 * the synthetic level3 stream independently of the {@code L3Book} under measurement; never
 * benchmarked. Events only ever change quantities at the same price (the generator sends no moves).
 */
final class ReferenceL3Book {

    private final int depth;
    private final int pricePrecision;
    private final int qtyPrecision;
    private final TreeMap<BigDecimal, LinkedHashMap<String, BigDecimal>> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<BigDecimal, LinkedHashMap<String, BigDecimal>> asks = new TreeMap<>();
    private final Map<String, BigDecimal> priceOf = new HashMap<>();

    ReferenceL3Book(int depth, int pricePrecision, int qtyPrecision) {
        this.depth = depth;
        this.pricePrecision = pricePrecision;
        this.qtyPrecision = qtyPrecision;
    }

    void snapshot(List<L3Order> newBids, List<L3Order> newAsks) {
        newBids.forEach(o -> add(bids, o));
        newAsks.forEach(o -> add(asks, o));
        truncate(bids);
        truncate(asks);
    }

    void update(List<L3Event> bidEvents, List<L3Event> askEvents) {
        bidEvents.forEach(e -> event(bids, e));
        askEvents.forEach(e -> event(asks, e));
        truncate(bids);
        truncate(asks);
    }

    /** @return the ids of the orders resting at {@code price}, queue order; empty if none */
    List<String> ordersAt(boolean bid, BigDecimal price) {
        LinkedHashMap<String, BigDecimal> level = (bid ? bids : asks).get(price);
        return level == null ? List.of() : List.copyOf(level.keySet());
    }

    long checksum() {
        String input = side(asks) + side(bids);
        CRC32 crc = new CRC32();
        crc.update(input.getBytes(StandardCharsets.US_ASCII));
        return crc.getValue();
    }

    private void event(TreeMap<BigDecimal, LinkedHashMap<String, BigDecimal>> side, L3Event event) {
        L3Order order = event.order();
        if (event.action() == L3Event.Action.DELETE) {
            BigDecimal price = priceOf.remove(order.orderId());
            LinkedHashMap<String, BigDecimal> level = side.get(price);
            level.remove(order.orderId());
            if (level.isEmpty()) {
                side.remove(price);
            }
        } else if (event.action() == L3Event.Action.MODIFY) {
            side.get(order.limitPrice()).put(order.orderId(), order.orderQty());
        } else {
            add(side, order);
        }
    }

    private void add(TreeMap<BigDecimal, LinkedHashMap<String, BigDecimal>> side, L3Order order) {
        side.computeIfAbsent(order.limitPrice(), p -> new LinkedHashMap<>()).put(order.orderId(), order.orderQty());
        priceOf.put(order.orderId(), order.limitPrice());
    }

    private void truncate(TreeMap<BigDecimal, LinkedHashMap<String, BigDecimal>> side) {
        while (side.size() > depth) {
            side.pollLastEntry().getValue().keySet().forEach(priceOf::remove);
        }
    }

    private String side(TreeMap<BigDecimal, LinkedHashMap<String, BigDecimal>> side) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (Map.Entry<BigDecimal, LinkedHashMap<String, BigDecimal>> level : side.entrySet()) {
            if (n++ == 10) {
                break;
            }
            String price = ReferenceL2Book.token(level.getKey(), pricePrecision);
            for (BigDecimal qty : level.getValue().values()) {
                out.append(price).append(ReferenceL2Book.token(qty, qtyPrecision));
            }
        }
        return out.toString();
    }
}
