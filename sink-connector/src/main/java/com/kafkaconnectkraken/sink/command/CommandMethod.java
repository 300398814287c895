package com.kafkaconnectkraken.sink.command;

import java.util.Optional;

/**
 * The Kraken Spot WS v2 trading methods a command can name (docs/protocol/kraken-spot.md §5,
 * https://docs.kraken.com/api/docs/websocket-v2/add_order and sibling pages).
 */
public enum CommandMethod implements TradingMethod {
    ADD_ORDER("add_order"),
    AMEND_ORDER("amend_order"),
    EDIT_ORDER("edit_order"),
    CANCEL_ORDER("cancel_order"),
    CANCEL_ALL("cancel_all"),
    CANCEL_ALL_ORDERS_AFTER("cancel_all_orders_after"),
    BATCH_ADD("batch_add"),
    BATCH_CANCEL("batch_cancel");

    private final String wireName;

    CommandMethod(String wireName) {
        this.wireName = wireName;
    }

    /** @return Kraken's method name, e.g. {@code add_order}. */
    @Override
    public String wireName() {
        return wireName;
    }

    /** @return whether the method places new orders (never blindly retried; reconciled on timeout). */
    @Override
    public boolean placesOrders() {
        return this == ADD_ORDER || this == BATCH_ADD;
    }

    /** @return the method with this Kraken name, if any. */
    public static Optional<CommandMethod> fromWire(String name) {
        for (CommandMethod m : values()) {
            if (m.wireName.equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
