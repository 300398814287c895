package com.kafkaconnectkraken.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Orders per cl_ord_id at the simulator's exchange, read from another process the way a user would: its private REST
 * {@code OpenOrders} and {@code ClosedOrders} (paged by {@code ofs}; a rate limit waits, {@link RestRetry}) with the demo account's key
 * (https://docs.kraken.com/api/docs/rest-api/get-open-orders, .../get-closed-orders). The counting helpers take any
 * venue's orders per client order id ({@link SinkVenue#ordersPerClientOrderId}).
 */
final class ExchangeOrders {

    private ExchangeOrders() {
    }

    /**
     * @return orders per cl_ord_id (open and closed) of the account
     * @throws RuntimeException from the REST client if the simulator does not answer or rejects the key
     */
    static Map<String, Integer> perClOrdId(String restUrl, String apiKey, String secret) {
        Map<String, Integer> counts = new HashMap<>();
        try (KrakenRestClient rest = KrakenRestClient.builder(URI.create(restUrl)).credentials(apiKey, secret).build()) {
            count(RestRetry.privatePost(rest, "OpenOrders", Map.of()).path("open"), counts);
            int offset = 0;
            while (true) {
                JsonNode closed = RestRetry.privatePost(rest, "ClosedOrders", Map.of("ofs", Integer.toString(offset)));
                int page = closed.path("closed").size();
                count(closed.path("closed"), counts);
                offset += page;
                if (page == 0 || offset >= closed.path("count").asInt(0)) {
                    break;
                }
            }
        }
        return counts;
    }

    /** @return commands of {@code ids} with more than one order */
    static long duplicated(Map<String, Integer> counts, Collection<String> ids) {
        return ids.stream().filter(id -> counts.getOrDefault(id, 0) > 1).count();
    }

    /** @return commands of {@code ids} with no order */
    static long missing(Map<String, Integer> counts, Collection<String> ids) {
        return ids.stream().filter(id -> counts.getOrDefault(id, 0) == 0).count();
    }

    /** @return commands of {@code ids} with at least one order */
    static long placed(Map<String, Integer> counts, Collection<String> ids) {
        return ids.stream().filter(id -> counts.getOrDefault(id, 0) > 0).count();
    }

    private static void count(JsonNode orders, Map<String, Integer> counts) {
        orders.forEach(o -> counts.merge(o.path("cl_ord_id").asText("-"), 1, Integer::sum));
    }
}
