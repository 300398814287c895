package com.kafkaconnectkraken.sink.reconcile;

import java.util.Optional;

/**
 * The orders a trading session saw reported on its own stream (Kraken Spot: the {@code executions} channel,
 * {@link ExecutionsTracker}; Trader API: {@code executionEvent}s), by client order id.
 */
@FunctionalInterface
public interface SeenOrders {

    /**
     * @param clOrdId a client order id
     * @return the venue's order id of an order reported with it, if one was seen
     */
    Optional<String> orderId(String clOrdId);
}
