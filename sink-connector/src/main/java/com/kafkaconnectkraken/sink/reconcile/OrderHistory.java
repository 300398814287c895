package com.kafkaconnectkraken.sink.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import java.util.Map;
import java.util.Optional;

/**
 * Looks an order up by cl_ord_id in Kraken's order history: REST {@code OpenOrders} then
 * {@code ClosedOrders}, both filtered by {@code cl_ord_id} docs/protocol/kraken-spot.md §7,
 * https://docs.kraken.com/api/docs/rest-api/get-open-orders,
 * https://docs.kraken.com/api/docs/rest-api/get-closed-orders). A hit in either means Kraken
 * accepted the order at some point (it may since have filled, been cancelled or expired).
 */
public final class OrderHistory implements OrderLookup {

    private final KrakenRestClient rest;

    /** @param rest a client with credentials */
    public OrderHistory(KrakenRestClient rest) {
        this.rest = rest;
    }

    /**
     * @param clOrdId the client order id
     * @return the Kraken order id (txid) when the order exists
     * @throws com.kafkaconnectkraken.client.rest.KrakenApiException when Kraken cannot answer
     */
    @Override
    public Optional<String> findOrderId(String clOrdId) {
        Optional<String> open = match(rest.privatePost("OpenOrders", Map.of("cl_ord_id", clOrdId)).path("open"), clOrdId);
        if (open.isPresent()) {
            return open;
        }
        return match(rest.privatePost("ClosedOrders", Map.of("cl_ord_id", clOrdId)).path("closed"), clOrdId);
    }

    /**
     * @param id      a Kraken order id, or a cl_ord_id when {@code isClOrdId}
     * @param isClOrdId whether {@code id} is a cl_ord_id
     * @return the REST status (pending|open|closed|canceled|expired) of the order, if it exists
     * @throws com.kafkaconnectkraken.client.rest.KrakenApiException when Kraken cannot answer
     */
    @Override
    public Optional<String> status(String id, boolean isClOrdId) {
        if (!isClOrdId) {
            JsonNode order = rest.privatePost("QueryOrders", Map.of("txid", id)).path(id);
            return order.isObject() ? Optional.ofNullable(order.path("status").textValue()) : Optional.empty();
        }
        for (String method : new String[] {"OpenOrders", "ClosedOrders"}) {
            JsonNode orders = rest.privatePost(method, Map.of("cl_ord_id", id)).path("OpenOrders".equals(method) ? "open" : "closed");
            for (Map.Entry<String, JsonNode> order : orders.properties()) {
                if (id.equals(order.getValue().path("cl_ord_id").asText(null))) {
                    return Optional.ofNullable(order.getValue().path("status").textValue());
                }
            }
        }
        return Optional.empty();
    }

    /** Only an order that carries the cl_ord_id counts, whatever filtering the server applied. */
    private static Optional<String> match(JsonNode orders, String clOrdId) {
        for (Map.Entry<String, JsonNode> order : orders.properties()) {
            if (clOrdId.equals(order.getValue().path("cl_ord_id").asText(null))) {
                return Optional.of(order.getKey());
            }
        }
        return Optional.empty();
    }
}
