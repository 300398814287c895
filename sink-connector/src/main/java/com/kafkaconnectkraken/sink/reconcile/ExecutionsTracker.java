package com.kafkaconnectkraken.sink.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.client.ws.KrakenWsListener;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import com.kafkaconnectkraken.client.ws.KrakenWsResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches the {@code executions} channel (https://docs.kraken.com/api/docs/websocket-v2/executions,
 * docs/protocol/kraken-spot.md §4.2) and late trading responses, so an UNKNOWN add_order can be resolved: any
 * execution report carrying a cl_ord_id proves Kraken accepted that order. Remembers the most
 * recent order ids per cl_ord_id (bounded). Callbacks arrive on the session's reader thread and
 * only complete futures.
 */
public final class ExecutionsTracker implements KrakenWsListener, SeenOrders {

    private static final int CAPACITY = 100_000;

    private final Map<String, String> orderIdByClOrdId = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CAPACITY;
        }
    };
    private final Map<String, CompletableFuture<String>> waiters = new ConcurrentHashMap<>();
    private final Map<Long, CompletableFuture<KrakenWsResponse>> late = new ConcurrentHashMap<>();

    @Override
    public void onMessage(KrakenWsMessage message) {
        if (!SpotChannel.EXECUTIONS.wireName().equals(message.channel()) || message.data() == null) {
            return;
        }
        for (JsonNode report : message.data()) {
            String clOrdId = report.path("cl_ord_id").textValue();
            String orderId = report.path("order_id").textValue();
            if (clOrdId != null && orderId != null) {
                seen(clOrdId, orderId);
            }
        }
    }

    @Override
    public void onUnmatchedResponse(KrakenWsResponse response) {
        if (response.reqId() != null) {
            CompletableFuture<KrakenWsResponse> f = late.remove(response.reqId());
            if (f != null) {
                f.complete(response);
            }
        }
    }

    /** @return the Kraken order_id of a cl_ord_id seen on executions, if any */
    @Override
    public synchronized Optional<String> orderId(String clOrdId) {
        return Optional.ofNullable(orderIdByClOrdId.get(clOrdId));
    }

    /** @return completes with the order_id when an execution report for the cl_ord_id arrives */
    public CompletableFuture<String> awaitOrder(String clOrdId) {
        CompletableFuture<String> f = waiters.computeIfAbsent(clOrdId, k -> new CompletableFuture<>());
        orderId(clOrdId).ifPresent(f::complete);
        f.whenComplete((v, e) -> waiters.remove(clOrdId, f));
        return f;
    }

    /** @return completes with a response that arrives after its request timed out */
    public CompletableFuture<KrakenWsResponse> awaitLateResponse(long reqId) {
        CompletableFuture<KrakenWsResponse> f = late.computeIfAbsent(reqId, k -> new CompletableFuture<>());
        f.whenComplete((v, e) -> late.remove(reqId, f));
        return f;
    }

    /**
     * Records an order reported on the session's own stream (also called for another venue's order events,
     * e.g. the Trader API's {@code executionEvent}) and completes its waiters.
     *
     * @param clOrdId its client order id
     * @param orderId the venue's order id
     */
    public void seen(String clOrdId, String orderId) {
        synchronized (this) {
            orderIdByClOrdId.put(clOrdId, orderId);
        }
        CompletableFuture<String> f = waiters.get(clOrdId);
        if (f != null) {
            f.complete(orderId);
        }
    }
}
