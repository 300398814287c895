package com.kafkaconnectkraken.sink.redelivery;

import com.kafkaconnectkraken.sink.command.TradingCommand;
import com.kafkaconnectkraken.sink.reconcile.PlacedOrderLookup;
import com.kafkaconnectkraken.sink.reconcile.SeenOrders;
import com.kafkaconnectkraken.sink.reply.AckStatus;
import com.kafkaconnectkraken.sink.reply.OrderAck;
import com.kafkaconnectkraken.sink.send.CommandFailure;
import com.kafkaconnectkraken.sink.send.HistoryLookupException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Recognises a placing command (Kraken Spot add_order/batch_add, Trader createOrder) that an earlier
 * run already placed (crash between sending and writing its acknowledgement): its client order id is
 * on the session's own order stream ({@link SeenOrders}) or in the venue's order history (open or
 * closed - Kraken keeps cl_ord_id unique only among open orders, so a filled or cancelled order would
 * not stop a duplicate). If found, the command is acknowledged ACCEPTED ({@code resolved_by=order_history})
 * and not sent again. An order without a client order id cannot be looked up and is sent.
 */
public final class RedeliveryCheck {

    private final SeenOrders executions;
    private final PlacedOrderLookup history;
    private final Clock clock;

    /**
     * @param executions orders seen on the session's own stream
     * @param history    order history lookups
     * @param clock      time source
     */
    public RedeliveryCheck(SeenOrders executions, PlacedOrderLookup history, Clock clock) {
        this.executions = executions;
        this.history = history;
        this.clock = clock;
    }

    /**
     * @return the final acknowledgement when the command's orders already exist, else empty
     * @throws HistoryLookupException when the history cannot be read (never send unchecked)
     */
    public Optional<OrderAck> alreadyPlaced(TradingCommand command, OrderAck base) {
        List<String> ids = command.clOrdIds().stream().filter(Objects::nonNull).toList();
        List<String> found = new ArrayList<>();
        for (String id : ids) {
            Optional<String> orderId = executions.orderId(id);
            if (orderId.isEmpty()) {
                try {
                    orderId = history.placedOrderId(command, id);
                } catch (RuntimeException e) {
                    if (CommandFailure.of(e) == CommandFailure.FATAL) {
                        throw e;
                    }
                    throw new HistoryLookupException("order history lookup before re-sending failed", e);
                }
            }
            orderId.ifPresent(found::add);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String error = found.size() == ids.size() ? null
            : "only " + found.size() + " of " + ids.size() + " orders exist; the batch is not re-sent";
        return Optional.of(base.withOutcome(found.get(0), null, error)
            .resolved(AckStatus.ACCEPTED, true, "order_history", clock.instant()));
    }
}
