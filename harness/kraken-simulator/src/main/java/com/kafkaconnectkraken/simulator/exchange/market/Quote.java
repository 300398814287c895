package com.kafkaconnectkraken.simulator.exchange.market;

import java.math.BigDecimal;

/**
 * Best bid and ask of a market, as last reported by the market-data generator.
 *
 * @param bid best bid (quote currency)
 * @param ask best ask (quote currency)
 */
public record Quote(BigDecimal bid, BigDecimal ask) {

    /** @return the mid price {@code (bid + ask) / 2} */
    public BigDecimal mid() {
        return bid.add(ask).divide(BigDecimal.valueOf(2));
    }
}
