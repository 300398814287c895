package com.kafkaconnectkraken.simulator.exchange.engine;

import java.math.BigDecimal;

/**
 * Flat trading fees in percent of cost, charged in the quote currency (the simulator always behaves as if
 * {@code fee_preference=quote}, i.e. {@code fciq}). Defaults are Kraken's first volume tier
 * (taker 0.26 %, maker 0.16 %; https://docs.kraken.com/api/docs/rest-api/get-tradable-asset-pairs).
 *
 * @param takerPercent fee for orders that take liquidity (crossing on entry, market orders)
 * @param makerPercent fee for resting orders filled by a later market move
 */
public record FeeSchedule(BigDecimal takerPercent, BigDecimal makerPercent) {

    /** Kraken's first tier: 0.26 % taker, 0.16 % maker. */
    public static final FeeSchedule DEFAULT = new FeeSchedule(new BigDecimal("0.26"), new BigDecimal("0.16"));

    /** @return the percent for a maker or taker fill */
    public BigDecimal percent(boolean maker) {
        return maker ? makerPercent : takerPercent;
    }
}
