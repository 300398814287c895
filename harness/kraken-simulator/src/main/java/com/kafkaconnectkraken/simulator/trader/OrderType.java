package com.kafkaconnectkraken.simulator.trader;

/**
 * Order types (docs/protocol/trader-api.md §3). {@code LIMIT} and {@code STOP_LIMIT} need {@code price}; {@code STOP}
 * and {@code STOP_LIMIT} need {@code stopPrice}. A stop triggers when a buy's ask rises to the stop price or a sell's
 * bid falls to it, then works as {@code MARKET} ({@code STOP}) or {@code LIMIT} ({@code STOP_LIMIT}).
 */
public enum OrderType {
    MARKET, LIMIT, STOP, STOP_LIMIT;

    boolean needsPrice() {
        return this == LIMIT || this == STOP_LIMIT;
    }

    boolean needsStopPrice() {
        return this == STOP || this == STOP_LIMIT;
    }
}
