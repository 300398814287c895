package com.kafkaconnectkraken.sink.guard;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The orders this task placed recently, by Kraken order_id and by cl_ord_id: pair and placement
 * time, used for rate-counter costs. Bounded (oldest entries are forgotten). Thread-safe.
 */
public final class PlacedOrders {

    /** One placed order. */
    public record Placed(String symbol, Instant at) {
    }

    private final int capacity;
    private final Map<String, Placed> byId;

    /** @param capacity max remembered ids */
    public PlacedOrders(int capacity) {
        this.capacity = capacity;
        this.byId = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Placed> eldest) {
                return size() > PlacedOrders.this.capacity;
            }
        };
    }

    /** Records a placed order under each non-null id. */
    public synchronized void placed(String orderId, String clOrdId, String symbol, Instant at) {
        Placed p = new Placed(symbol, at);
        if (orderId != null) {
            byId.put(orderId, p);
        }
        if (clOrdId != null) {
            byId.put(clOrdId, p);
        }
    }

    /** @return the order with this order_id or cl_ord_id, if remembered */
    public synchronized Optional<Placed> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }
}
