package com.kafkaconnectkraken.simulator.trader;

/** Order and position side, as on the wire (docs/protocol/trader-api.md §3). A long position is {@code BUY}. */
public enum Side {
    BUY, SELL;

    /** @return {@code +1} for {@code BUY}, {@code -1} for {@code SELL} */
    int sign() {
        return this == BUY ? 1 : -1;
    }

    Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}
