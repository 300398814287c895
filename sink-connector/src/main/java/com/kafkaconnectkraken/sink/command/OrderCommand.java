package com.kafkaconnectkraken.sink.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A validated order command, ready to send.
 *
 * @param method   the Kraken trading method
 * @param reqId    the caller's optional correlation id (echoed in the acknowledgement), or null
 * @param params   the WS v2 {@code params} object with Kraken names and exact decimals, without
 *                 {@code token} (the session adds it); includes derived {@code cl_ord_id}s
 * @param clOrdIds for add_order/batch_add the cl_ord_id of each order in request order (null
 *                 entries where the order carries an order_userref instead); for amend_order
 *                 the addressed cl_ord_id if any; else empty
 */
public record OrderCommand(CommandMethod method, Long reqId, ObjectNode params, List<String> clOrdIds) {

    /** @return the first cl_ord_id, or null. */
    public String clOrdId() {
        return clOrdIds.isEmpty() ? null : clOrdIds.get(0);
    }

    /** @return the symbol the command trades, or null (cancel methods). */
    public String symbol() {
        return params.path("symbol").textValue();
    }
}
