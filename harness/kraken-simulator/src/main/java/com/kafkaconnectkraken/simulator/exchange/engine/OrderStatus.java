package com.kafkaconnectkraken.simulator.exchange.engine;

/**
 * Order state with its REST {@code status} and WS v2 {@code order_status} names
 * (https://docs.kraken.com/api/docs/websocket-v2/executions).
 */
public enum OrderStatus {
    /** Resting or about to match. */
    OPEN("open", "new"),
    /** Completely filled. */
    FILLED("closed", "filled"),
    /** Cancelled by the user, the dead man's switch or IOC/post-only rules. */
    CANCELED("canceled", "canceled"),
    /** GTD order past its expire time. */
    EXPIRED("expired", "expired");

    private final String rest;
    private final String ws;

    OrderStatus(String rest, String ws) {
        this.rest = rest;
        this.ws = ws;
    }

    /** @return REST status: {@code open}, {@code closed}, {@code canceled}, {@code expired} */
    public String rest() {
        return rest;
    }

    /** @return WS v2 order_status: {@code new}, {@code filled}, {@code canceled}, {@code expired} */
    public String ws() {
        return ws;
    }

    /** @return {@code true} for {@link #OPEN} */
    public boolean isOpen() {
        return this == OPEN;
    }
}
