package com.kafkaconnectkraken.simulator.exchange.engine;

import java.util.Locale;

/** Order side; the wire form is lower case ({@code buy}, {@code sell}). */
public enum Side {
    /** Buy base currency, pay quote currency. */
    BUY,
    /** Sell base currency, receive quote currency. */
    SELL;

    /** @return {@code buy} or {@code sell} */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the side for a wire value; throws {@code EGeneral:Invalid arguments:side} otherwise */
    public static Side parse(String wire) {
        if ("buy".equals(wire)) {
            return BUY;
        }
        if ("sell".equals(wire)) {
            return SELL;
        }
        throw KrakenRejection.invalidArgument("side");
    }
}
