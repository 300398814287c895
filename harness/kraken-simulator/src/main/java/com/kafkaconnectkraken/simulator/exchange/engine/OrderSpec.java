package com.kafkaconnectkraken.simulator.exchange.engine;

import com.kafkaconnectkraken.simulator.exchange.market.Pair;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A validated new-order request (WS v2 {@code add_order}/{@code batch_add} order,
 * https://docs.kraken.com/api/docs/websocket-v2/add_order).
 *
 * @param pair        the pair
 * @param side        buy or sell
 * @param orderType   {@code limit} or {@code market}
 * @param qty         order quantity in base currency
 * @param limitPrice  limit price in quote currency; {@code null} for market orders
 * @param clOrdId     client order id or {@code null}
 * @param userref     {@code order_userref} or {@code null}
 * @param timeInForce time in force
 * @param expireTime  GTD expiry or {@code null}
 * @param postOnly    cancel instead of taking liquidity
 */
public record OrderSpec(Pair pair, Side side, String orderType, BigDecimal qty, BigDecimal limitPrice,
                        String clOrdId, Integer userref, TimeInForce timeInForce, Instant expireTime,
                        boolean postOnly) {

    /** @return {@code true} for market orders */
    public boolean isMarket() {
        return "market".equals(orderType);
    }

    /** @return a copy with a different quantity, price and userref (edit_order) */
    public OrderSpec withChanges(BigDecimal newQty, BigDecimal newPrice, Integer newUserref, boolean newPostOnly) {
        return new OrderSpec(pair, side, orderType, newQty, newPrice, clOrdId, newUserref, timeInForce,
                expireTime, newPostOnly);
    }
}
