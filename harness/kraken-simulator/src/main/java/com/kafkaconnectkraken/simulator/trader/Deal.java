package com.kafkaconnectkraken.simulator.trader;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One fill of an order.
 *
 * @param dealId        {@code deal_<n>}
 * @param orderId       the filled order
 * @param clientOrderId that order's client id, or {@code null}
 * @param symbol        e.g. {@code EURUSD}
 * @param side          the order's side
 * @param quantity      base units filled
 * @param price         fill price with the symbol's decimals
 * @param ts            fill time
 */
record Deal(String dealId, String orderId, String clientOrderId, String symbol, Side side, BigDecimal quantity,
            BigDecimal price, Instant ts) {

    /** @return the {@code dealHistory} entry {@code {dealId, orderId, clientOrderId?, symbol, side, quantity, price, ts}} */
    ObjectNode payload(boolean echoClientOrderId) {
        ObjectNode node = TraderJson.object();
        node.put("dealId", dealId);
        node.put("orderId", orderId);
        if (echoClientOrderId && clientOrderId != null) {
            node.put("clientOrderId", clientOrderId);
        }
        node.put("symbol", symbol);
        node.put("side", side.name());
        node.put("quantity", quantity);
        node.put("price", price);
        node.put("ts", TraderJson.iso(ts));
        return node;
    }
}
