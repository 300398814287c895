package com.kafkaconnectkraken.simulator.exchange;

import com.kafkaconnectkraken.simulator.exchange.engine.Order;
import java.math.BigDecimal;

/**
 * Immutable test view of one order.
 *
 * @param orderId    Kraken order id
 * @param clOrdId    client order id or {@code null}
 * @param userref    order_userref or {@code null}
 * @param symbol     WS v2 symbol
 * @param side       {@code buy}/{@code sell}
 * @param orderType  {@code limit}/{@code market}
 * @param qty        order quantity (base)
 * @param limitPrice limit price or {@code null}
 * @param status     REST status: {@code open}, {@code closed}, {@code canceled}, {@code expired}
 * @param filledQty  executed quantity
 * @param reason     close reason or {@code null}
 */
public record OrderView(String orderId, String clOrdId, Integer userref, String symbol, String side,
                        String orderType, BigDecimal qty, BigDecimal limitPrice, String status,
                        BigDecimal filledQty, String reason) {

    static OrderView of(Order o) {
        return new OrderView(o.id(), o.spec().clOrdId(), o.spec().userref(), o.pair().symbol(), o.side().wire(),
                o.spec().orderType(), o.qty(), o.limitPrice(), o.status().rest(), o.cumQty(), o.reason());
    }
}
