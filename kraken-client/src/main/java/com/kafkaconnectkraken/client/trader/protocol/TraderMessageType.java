package com.kafkaconnectkraken.client.trader.protocol;

import java.util.Optional;

/**
 * What the Trader API server sends: the {@code type} of the {@code {type, payload}} envelope
 * (docs/protocol/trader-api.md §4).
 */
public enum TraderMessageType {
    /** Acknowledges a subscribe, depthSubscribe or metricsSubscribe. */
    SUBSCRIBED("subscribed", false, false),
    /** Acknowledges an unsubscribe or depthUnsubscribe. */
    UNSUBSCRIBED("unsubscribed", false, false),
    /** {@code {symbol, bid, ask, ts}} [SPEC]. */
    QUOTE_EVENT("quoteEvent", true, true),
    /** {@code {symbol, bids, asks, ts}}: the whole book to the subscribed depth [ASSUMED]. */
    DEPTH_EVENT("depthEvent", true, false),
    /** An order of the account was accepted, filled, partially filled, cancelled or rejected. */
    EXECUTION_EVENT("executionEvent", true, true),
    /** Positions or balances of the account changed. */
    PORTFOLIO_EVENT("portfolioEvent", true, true),
    /** Account metrics: equity, margin, P&amp;L. */
    METRICS_EVENT("metricsEvent", true, false),
    /** Answers an {@code orderHistory} query [ASSUMED]. */
    ORDER_HISTORY("orderHistory", false, false),
    /** Answers a {@code positionHistory} query [ASSUMED]. */
    POSITION_HISTORY("positionHistory", false, false),
    /** Answers a {@code dealHistory} query [ASSUMED]. */
    DEAL_HISTORY("dealHistory", false, false),
    /** The server rejected a message: {@code {code, message}} [SPEC]. */
    ERROR("error", false, false);

    private final String wireName;
    private final boolean data;
    private final boolean subscribable;

    TraderMessageType(String wireName, boolean data, boolean subscribable) {
        this.wireName = wireName;
        this.data = data;
        this.subscribable = subscribable;
    }

    /** @return the envelope's {@code type}, e.g. {@code quoteEvent} */
    public String wireName() {
        return wireName;
    }

    /** @return whether it is a data event the session delivers to its listener */
    public boolean data() {
        return data;
    }

    /** @return whether it is named in a {@code subscribe} request's {@code events} list */
    public boolean subscribable() {
        return subscribable;
    }

    /**
     * @param type an envelope {@code type}; a query answer typed {@code <query>Response} is accepted too [ASSUMED]
     * @return the message type, if known
     */
    public static Optional<TraderMessageType> fromWire(String type) {
        String name = type != null && type.endsWith("Response") ? type.substring(0, type.length() - 8) : type;
        for (TraderMessageType t : values()) {
            if (t.wireName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
