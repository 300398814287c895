package com.kafkaconnectkraken.simulator.futures;

import java.math.BigDecimal;

/**
 * One open order of a simulated Futures account, as the {@code open_orders} feed carries it
 * (https://docs.kraken.com/api/docs/futures-api/websocket/open_orders). Immutable; a fill gives a new value.
 *
 * @param instrument     product id
 * @param time           epoch ms of placement
 * @param lastUpdateTime epoch ms of the last change
 * @param qty            order quantity
 * @param filled         quantity filled so far
 * @param limitPrice     limit price
 * @param stopPrice      stop price (0 for limit orders)
 * @param type           {@code limit}
 * @param orderId        order UUID
 * @param cliOrdId       client order id, or {@code null}
 * @param side           buy ({@code direction} 0) or sell (1)
 * @param reduceOnly     whether the order may only reduce a position
 */
public record FuturesOrder(String instrument, long time, long lastUpdateTime, BigDecimal qty, BigDecimal filled,
                           BigDecimal limitPrice, BigDecimal stopPrice, String type, String orderId, String cliOrdId,
                           FuturesSide side, boolean reduceOnly) {

    /** @return the quantity not yet filled */
    public BigDecimal remaining() {
        return qty.subtract(filled);
    }

    FuturesOrder withFill(BigDecimal fillQty, long now) {
        return new FuturesOrder(instrument, time, now, qty, filled.add(fillQty), limitPrice, stopPrice, type, orderId,
                cliOrdId, side, reduceOnly);
    }
}
