package com.kafkaconnectkraken.simulator.trader;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * A validated {@code amendOrder} payload {@code {accountId, orderId, quantity?, price?, stopPrice?}}
 * (docs/protocol/trader-api.md §3): each value present replaces the order's.
 *
 * @param quantity  new total quantity, or {@code null}
 * @param price     new limit price, or {@code null}
 * @param stopPrice new stop price, or {@code null}
 */
record OrderAmendment(BigDecimal quantity, BigDecimal price, BigDecimal stopPrice) {

    /** @throws RequestRefused {@code INVALID_QUANTITY} / {@code INVALID_PRICE} for a bad value, {@code INVALID_REQUEST} for none */
    static OrderAmendment parse(JsonNode payload) {
        OrderAmendment amendment = new OrderAmendment(Payloads.quantity(payload, "quantity", false),
                Payloads.price(payload, "price", false), Payloads.price(payload, "stopPrice", false));
        if (amendment.quantity == null && amendment.price == null && amendment.stopPrice == null) {
            throw Payloads.invalid("amendOrder needs quantity, price or stopPrice");
        }
        return amendment;
    }

    /**
     * Applies the values to an open order.
     *
     * @throws RequestRefused {@code INVALID_QUANTITY} if the quantity is not above the filled quantity;
     *                        {@code INVALID_PRICE} for a price the order type has no use for, or with too many decimals
     */
    void applyTo(TraderOrder order) {
        if (quantity != null && quantity.compareTo(order.filled) <= 0) {
            throw new RequestRefused(RequestRefused.INVALID_QUANTITY, "quantity must exceed the filled "
                    + order.filled.toPlainString());
        }
        if (price != null && !order.type.needsPrice()) {
            throw new RequestRefused(RequestRefused.INVALID_PRICE, order.type + " orders have no price");
        }
        if (stopPrice != null && (!order.type.needsStopPrice() || order.triggered)) {
            throw new RequestRefused(RequestRefused.INVALID_PRICE, "stopPrice applies only to a stop not yet triggered");
        }
        OrderParsing.checkDecimals(order.symbol, price);
        OrderParsing.checkDecimals(order.symbol, stopPrice);
        if (quantity != null) {
            order.quantity = quantity;
        }
        if (price != null) {
            order.price = price;
        }
        if (stopPrice != null) {
            order.stopPrice = stopPrice;
        }
    }
}
