package com.kafkaconnectkraken.sink.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kraken's order history as the idempotency core sees it, held in memory: orders by cl_ord_id with their
 * status, an optional failure every lookup throws, and the lookups made (to prove what was asked).
 */
public final class KnownOrders implements OrderLookup {

    private final Map<String, String> orderIdByClOrdId = new HashMap<>();
    private final Map<String, String> statusById = new HashMap<>();
    private final List<String> lookups = new ArrayList<>();
    private RuntimeException failure;

    /** Adds an order Kraken knows. */
    public KnownOrders order(String clOrdId, String orderId, String status) {
        orderIdByClOrdId.put(clOrdId, orderId);
        statusById.put(clOrdId, status);
        statusById.put(orderId, status);
        return this;
    }

    /** Makes every lookup throw {@code e} (Kraken unreachable, bad key...). */
    public KnownOrders failing(RuntimeException e) {
        this.failure = e;
        return this;
    }

    /** @return the ids looked up so far, in order */
    public List<String> lookups() {
        return lookups;
    }

    @Override
    public Optional<String> findOrderId(String clOrdId) {
        lookups.add(clOrdId);
        if (failure != null) {
            throw failure;
        }
        return Optional.ofNullable(orderIdByClOrdId.get(clOrdId));
    }

    @Override
    public Optional<String> status(String id, boolean isClOrdId) {
        lookups.add(id);
        if (failure != null) {
            throw failure;
        }
        return Optional.ofNullable(statusById.get(id));
    }
}
