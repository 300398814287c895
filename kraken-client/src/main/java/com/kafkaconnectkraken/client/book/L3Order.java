package com.kafkaconnectkraken.client.book;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One visible resting order of a Kraken level3 book
 * (https://docs.kraken.com/api/docs/websocket-v2/level3).
 *
 * @param orderId    Kraken order id, e.g. {@code OTCFZG-YOE2Q-LQKNM3}
 * @param limitPrice limit price in quote currency, exact wire decimal
 * @param orderQty   remaining visible quantity in base currency, exact wire decimal
 * @param timestamp  insert/amend time (nanosecond RFC3339 on the wire), or {@code null} if absent
 */
public record L3Order(String orderId, BigDecimal limitPrice, BigDecimal orderQty, Instant timestamp) {

    /**
     * Validates the order.
     *
     * @throws NullPointerException     if orderId, limitPrice or orderQty is {@code null}
     * @throws IllegalArgumentException if limitPrice or orderQty is negative
     */
    public L3Order {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(limitPrice, "limitPrice");
        Objects.requireNonNull(orderQty, "orderQty");
        if (limitPrice.signum() < 0 || orderQty.signum() < 0) {
            throw new IllegalArgumentException("Negative level3 order " + orderId + ": limit_price="
                    + limitPrice.toPlainString() + ", order_qty=" + orderQty.toPlainString());
        }
    }
}
