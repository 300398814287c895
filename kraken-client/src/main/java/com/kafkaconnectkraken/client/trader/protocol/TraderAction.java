package com.kafkaconnectkraken.client.trader.protocol;

import java.util.Optional;

/**
 * What a Trader API client sends: the {@code type} of the {@code {type, payload}} envelope
 * (docs/protocol/trader-api.md §3).
 */
public enum TraderAction {
    SUBSCRIBE("subscribe", Kind.SUBSCRIPTION),
    UNSUBSCRIBE("unsubscribe", Kind.SUBSCRIPTION),
    DEPTH_SUBSCRIBE("depthSubscribe", Kind.SUBSCRIPTION),
    DEPTH_UNSUBSCRIBE("depthUnsubscribe", Kind.SUBSCRIPTION),
    METRICS_SUBSCRIBE("metricsSubscribe", Kind.SUBSCRIPTION),
    /** Places an order: never re-sent blindly (docs/protocol/trader-api.md §5). */
    CREATE_ORDER("createOrder", Kind.TRADING),
    CANCEL_ORDER("cancelOrder", Kind.TRADING),
    AMEND_ORDER("amendOrder", Kind.TRADING),
    CLOSE_POSITION("closePosition", Kind.TRADING),
    AMEND_POSITION("amendPosition", Kind.TRADING),
    ORDER_HISTORY("orderHistory", Kind.QUERY),
    POSITION_HISTORY("positionHistory", Kind.QUERY),
    DEAL_HISTORY("dealHistory", Kind.QUERY);

    /** What an action is for. */
    public enum Kind {
        /** (Un)subscribes a stream; restored after a reconnect. */
        SUBSCRIPTION,
        /** Changes orders or positions. */
        TRADING,
        /** Reads history; answered by the message of the same type. */
        QUERY
    }

    private final String wireName;
    private final Kind kind;

    TraderAction(String wireName, Kind kind) {
        this.wireName = wireName;
        this.kind = kind;
    }

    /** @return the envelope's {@code type}, e.g. {@code createOrder} */
    public String wireName() {
        return wireName;
    }

    /** @return what the action is for */
    public Kind kind() {
        return kind;
    }

    /** @return whether it places a new order ({@code createOrder}) */
    public boolean placesOrders() {
        return this == CREATE_ORDER;
    }

    /** @return the action with this wire name, if any */
    public static Optional<TraderAction> fromWire(String name) {
        for (TraderAction a : values()) {
            if (a.wireName.equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
