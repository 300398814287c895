package com.kafkaconnectkraken.client.book;

import java.util.Objects;

/**
 * One order event of a Kraken level3 update (https://docs.kraken.com/api/docs/websocket-v2/level3):
 * {@code {"event": "add|modify|delete", "order_id", "limit_price", "order_qty", "timestamp"}}.
 *
 * @param action what happened to the order
 * @param order  the order as sent with the event
 */
public record L3Event(Action action, L3Order order) {

    /** The level3 {@code event} values. */
    public enum Action {
        /** A new order joins the end of its price level's queue. */
        ADD,
        /** The order's visible quantity (or price) changed. */
        MODIFY,
        /** The order left the book. */
        DELETE;

        /**
         * Parses the wire value.
         *
         * @param event {@code add}, {@code modify} or {@code delete}
         * @return the action
         * @throws IllegalArgumentException for any other value
         */
        public static Action fromWire(String event) {
            if (event != null) {
                switch (event) {
                    case "add":
                        return ADD;
                    case "modify":
                        return MODIFY;
                    case "delete":
                        return DELETE;
                    default:
                        break;
                }
            }
            throw new IllegalArgumentException("Unknown level3 event '" + event + "' (expected add, modify or delete)");
        }
    }

    /**
     * Validates the event.
     *
     * @throws NullPointerException if action or order is {@code null}
     */
    public L3Event {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(order, "order");
    }
}
