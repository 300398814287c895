package com.kafkaconnectkraken.simulator.trader;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A snapshot of one order of the Trader venue (what its latest {@code executionEvent} says).
 *
 * @param orderId        {@code ord_<n>}
 * @param accountId      its account
 * @param clientOrderId  the client's id, or {@code null}
 * @param positionId     the position a {@code closePosition} order closes, else {@code null}
 * @param symbol         e.g. {@code EURUSD}
 * @param side           buy or sell
 * @param type           order type
 * @param quantity       base units ordered
 * @param filledQuantity base units filled
 * @param price          limit price, or {@code null}
 * @param stopPrice      stop price, or {@code null}
 * @param avgPrice       volume-weighted fill price, or {@code null} before a fill
 * @param status         latest status
 * @param createdAt      when it was accepted
 * @param updatedAt      its latest change
 */
public record TraderOrderState(String orderId, String accountId, String clientOrderId, String positionId,
                               String symbol, Side side, OrderType type, BigDecimal quantity, BigDecimal filledQuantity,
                               BigDecimal price, BigDecimal stopPrice, BigDecimal avgPrice, OrderStatus status,
                               Instant createdAt, Instant updatedAt) {

    static TraderOrderState of(TraderOrder o) {
        return new TraderOrderState(o.orderId, o.accountId, o.clientOrderId, o.positionId, o.symbol.symbol(), o.side,
                o.type, o.quantity, o.filled, o.price, o.stopPrice, o.avgPrice(), o.status, o.createdAt, o.updatedAt);
    }
}
