package com.kafkaconnectkraken.sink.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.sink.guard.GuardedOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated Kraken Spot order command, ready to send.
 *
 * @param method   the Kraken trading method
 * @param reqId    the caller's optional correlation id (echoed in the acknowledgement), or null
 * @param params   the WS v2 {@code params} object with Kraken names and exact decimals, without
 *                 {@code token} (the session adds it); includes derived {@code cl_ord_id}s
 * @param clOrdIds for add_order/batch_add the cl_ord_id of each order in request order (null
 *                 entries where the order carries an order_userref instead); for amend_order
 *                 the addressed cl_ord_id if any; else empty
 */
public record OrderCommand(CommandMethod method, Long reqId, ObjectNode params, List<String> clOrdIds)
        implements TradingCommand {

    /** @return the symbol the command trades, or null (cancel methods). */
    public String symbol() {
        return params.path("symbol").textValue();
    }

    /**
     * @return add_order; each order of batch_add (with the batch's symbol); edit_order and amend_order when
     *     they name their symbol; else nothing
     */
    @Override
    public List<GuardedOrder> guardedOrders() {
        return switch (method) {
            case ADD_ORDER -> List.of(guarded("", symbol(), params));
            case BATCH_ADD -> {
                List<GuardedOrder> out = new ArrayList<>();
                for (JsonNode order : params.get("orders")) {
                    out.add(guarded("orders[" + out.size() + "]: ", symbol(), order));
                }
                yield out;
            }
            case EDIT_ORDER, AMEND_ORDER -> params.has("symbol") ? List.of(guarded("", symbol(), params)) : List.of();
            default -> List.of();
        };
    }

    private static GuardedOrder guarded(String label, String symbol, JsonNode p) {
        return new GuardedOrder(label, symbol, "order_type", p.path("order_type").textValue(), "order_qty",
            p.has("order_qty") ? p.get("order_qty").decimalValue() : null, Prices.staticPrice(p),
            p.has("cash_order_qty") ? p.get("cash_order_qty").decimalValue() : null);
    }
}
