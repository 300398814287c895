package com.kafkaconnectkraken.sink.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.sink.guard.GuardedOrder;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/**
 * A validated Trader API command, ready to send (docs/protocol/trader-api.md §3).
 *
 * @param method the action
 * @param reqId  the caller's optional correlation id (echoed in the acknowledgement), or null
 * @param params the payload with the API's names and exact decimals; for createOrder including the
 *               {@code clientOrderId} sent (the user's, or the derived one)
 */
public record TraderCommand(TraderMethod method, Long reqId, ObjectNode params) implements TradingCommand {

    /** @return the account the command acts on */
    public String accountId() {
        return params.path("accountId").textValue();
    }

    /** @return the payload's text field {@code name}, or null */
    public String text(String name) {
        return params.path(name).textValue();
    }

    /** @return the payload's decimal field {@code name}, or null */
    public BigDecimal decimal(String name) {
        return params.has(name) ? params.get(name).decimalValue() : null;
    }

    /**
     * @return for createOrder its clientOrderId (a null entry when it is sent without one,
     *     {@code trader.client.order.id=given}); for other actions nothing (they address an orderId or positionId)
     */
    @Override
    public List<String> clOrdIds() {
        return method == TraderMethod.CREATE_ORDER ? Collections.singletonList(text("clientOrderId")) : List.of();
    }

    /**
     * @return createOrder as one order: {@code symbol}, {@code type}, {@code quantity}, and as its price
     *     {@code price} (LIMIT, STOP_LIMIT) or {@code stopPrice} (STOP); a MARKET order has no price. Other
     *     actions name no symbol and are not guarded.
     */
    @Override
    public List<GuardedOrder> guardedOrders() {
        if (method != TraderMethod.CREATE_ORDER) {
            return List.of();
        }
        BigDecimal price = decimal("price") != null ? decimal("price") : decimal("stopPrice");
        return List.of(new GuardedOrder("", text("symbol"), "type", text("type"), "quantity", decimal("quantity"), price,
            null));
    }
}
