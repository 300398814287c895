package com.kafkaconnectkraken.simulator.market;

import java.math.BigDecimal;

/** Receives best bid/ask changes of the simulated market (wired to the exchange's matching engine). */
@FunctionalInterface
public interface BboListener {

    /**
     * @param symbol  v2 symbol, e.g. {@code BTC/USD}
     * @param bestBid best bid price (quote currency)
     * @param bestAsk best ask price (quote currency)
     */
    void onBbo(String symbol, BigDecimal bestBid, BigDecimal bestAsk);
}
