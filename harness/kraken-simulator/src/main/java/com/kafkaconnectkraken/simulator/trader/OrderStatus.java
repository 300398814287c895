package com.kafkaconnectkraken.simulator.trader;

/** {@code executionEvent} statuses (docs/protocol/trader-api.md §4). The simulator never sends {@code REJECTED}: a refused action is answered with {@code error}. */
public enum OrderStatus {
    ACCEPTED, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED;

    /** @return whether an order in this status can still fill, be cancelled or amended */
    boolean open() {
        return this == ACCEPTED || this == PARTIALLY_FILLED;
    }
}
