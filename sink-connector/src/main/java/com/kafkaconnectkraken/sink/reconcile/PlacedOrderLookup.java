package com.kafkaconnectkraken.sink.reconcile;

import com.kafkaconnectkraken.sink.command.TradingCommand;
import java.util.Optional;

/**
 * Finds an order a placing command may already have created, in the venue's order history, by its client
 * order id ({@link com.kafkaconnectkraken.sink.redelivery.RedeliveryCheck}). Kraken Spot: every
 * {@link OrderLookup}; Trader API: {@code orderHistory} of the command's account.
 */
@FunctionalInterface
public interface PlacedOrderLookup {

    /**
     * @param command the placing command (its account, symbol... narrow the query where the venue needs it)
     * @param clOrdId one of its client order ids
     * @return the venue's order id when an open or closed order carries the client order id
     * @throws RuntimeException the venue's exception when it cannot answer (classified by
     *                          {@link com.kafkaconnectkraken.sink.send.CommandFailure#of(Throwable)})
     */
    Optional<String> placedOrderId(TradingCommand command, String clOrdId);
}
