package com.kafkaconnectkraken.sink.reconcile;

import com.kafkaconnectkraken.sink.command.TradingCommand;
import java.util.Optional;

/**
 * What the idempotency core (redelivery check, reconciliation) asks of a venue's order history. Kraken
 * Spot: {@link OrderHistory} answers it over REST (https://docs.kraken.com/api/docs/rest-api/get-open-orders,
 * get-closed-orders, get-orders-info); Trader API: {@code orderHistory} on the trading socket
 * (docs/protocol/trader-api.md §3, §4). A lookup that fails throws the venue's exception, classified by
 * {@link com.kafkaconnectkraken.sink.send.CommandFailure#of(Throwable)}.
 */
public interface OrderLookup extends PlacedOrderLookup {

    /**
     * @param clOrdId the client order id
     * @return the venue's order id (Kraken: txid) when an open or closed order carries the client order id
     * @throws RuntimeException the venue's exception when it cannot answer
     */
    Optional<String> findOrderId(String clOrdId);

    /** @return {@link #findOrderId(String)}: Kraken's order history needs nothing but the cl_ord_id */
    @Override
    default Optional<String> placedOrderId(TradingCommand command, String clOrdId) {
        return findOrderId(clOrdId);
    }

    /**
     * @param id        a venue order id, or a client order id when {@code isClOrdId}
     * @param isClOrdId whether {@code id} is a cl_ord_id
     * @return the order's status (Kraken REST: pending|open|closed|canceled|expired), if it exists
     * @throws RuntimeException the venue's exception when it cannot answer
     */
    Optional<String> status(String id, boolean isClOrdId);
}
