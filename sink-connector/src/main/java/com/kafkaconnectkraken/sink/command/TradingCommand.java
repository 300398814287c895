package com.kafkaconnectkraken.sink.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.sink.guard.GuardedOrder;
import java.util.List;

/**
 * A validated command of some venue, as the shared pipeline sees it (gate, redelivery check, executor,
 * acknowledgement). Kraken Spot's is {@link OrderCommand}.
 */
public interface TradingCommand {

    /** @return the method */
    TradingMethod method();

    /** @return the caller's optional correlation id (echoed in the acknowledgement), or null */
    Long reqId();

    /** @return the params as they go on the wire (venue names, exact decimals, derived client order ids included) */
    ObjectNode params();

    /**
     * @return the client order id of each order a placing command creates, in request order (null entries for
     *     orders that carry none); for other methods the addressed client order id if any; else empty
     */
    List<String> clOrdIds();

    /** @return the first client order id, or null (the acknowledgement's {@code cl_ord_id}) */
    default String clOrdId() {
        List<String> ids = clOrdIds();
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** @return the orders the pre-trade guards check, by the venue's field names; empty when the command places none */
    List<GuardedOrder> guardedOrders();
}
