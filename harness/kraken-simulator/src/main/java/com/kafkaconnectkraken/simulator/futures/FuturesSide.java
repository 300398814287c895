package com.kafkaconnectkraken.simulator.futures;

/**
 * Buy or sell, as Kraken Futures spells it: {@code side} {@code "buy"}/{@code "sell"} in {@code book} and
 * {@code trade} frames, {@code buy} {@code true}/{@code false} in fills, {@code direction} 0/1 in open orders
 * (https://docs.kraken.com/api/docs/futures-api/websocket/open_orders).
 */
public enum FuturesSide {
    /** Bid side; {@code direction} 0. */
    BUY,
    /** Ask side; {@code direction} 1. */
    SELL;

    /** @return {@code "buy"} or {@code "sell"} */
    public String wire() {
        return this == BUY ? "buy" : "sell";
    }

    /** @return 0 for buy, 1 for sell (the open-orders {@code direction}) */
    public int direction() {
        return this == BUY ? 0 : 1;
    }

    /** @return the other side */
    public FuturesSide opposite() {
        return this == BUY ? SELL : BUY;
    }
}
