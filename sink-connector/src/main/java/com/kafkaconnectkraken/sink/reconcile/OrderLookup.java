package com.kafkaconnectkraken.sink.reconcile;

import java.util.Optional;

/**
 * What the idempotency core asks of Kraken's order history; {@link OrderHistory} answers it over REST
 * (https://docs.kraken.com/api/docs/rest-api/get-open-orders, get-closed-orders, get-orders-info).
 */
public interface OrderLookup {

    /**
     * @param clOrdId the client order id
     * @return the Kraken order id (txid) when an open or closed order carries the cl_ord_id
     * @throws com.kafkaconnectkraken.client.rest.KrakenApiException when Kraken cannot answer
     */
    Optional<String> findOrderId(String clOrdId);

    /**
     * @param id        a Kraken order id, or a cl_ord_id when {@code isClOrdId}
     * @param isClOrdId whether {@code id} is a cl_ord_id
     * @return the REST status (pending|open|closed|canceled|expired) of the order, if it exists
     * @throws com.kafkaconnectkraken.client.rest.KrakenApiException when Kraken cannot answer
     */
    Optional<String> status(String id, boolean isClOrdId);
}
