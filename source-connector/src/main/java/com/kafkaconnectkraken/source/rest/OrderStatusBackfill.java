package com.kafkaconnectkraken.source.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.source.config.RecordType;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Recovers the order status changes missed during an executions gap with REST {@code QueryOrders}
 * (https://docs.kraken.com/api/docs/rest-api/get-orders-info): the orders the executions channel last showed
 * open ({@code pending_new}, {@code new}, {@code partially_filled}) are looked up, at most 50 txids per call,
 * and each one Kraken now reports {@code closed}, {@code canceled} or {@code expired} becomes one execution
 * record with {@code exec_type} = {@code order_status} = {@code filled} / {@code canceled} / {@code expired},
 * {@code type=update}, {@code source=rest_backfill}, {@code timestamp}=closetm, {@code order_qty}=vol,
 * {@code cum_qty}=vol_exec, {@code cum_cost}=cost, {@code avg_price}=price, {@code side}/{@code order_type}/
 * {@code limit_price} from {@code descr}, {@code reason}, {@code cl_ord_id}, {@code order_userref}=userref;
 * the rest ({@code fee}, {@code opentm}, {@code descr.pair}, ...) stays in {@code extra_fields}.
 *
 * <p>A status change is published once: a terminal status seen on the WebSocket (or recovered here) is
 * remembered per (order id, status) and never recovered again. Each call costs 1 call-counter point, paced by
 * the REST client's counter. Not thread-safe: {@link ExecutionBackfill} serialises the calls.
 */
final class OrderStatusBackfill {

    /** Kraken's limit of txids per {@code QueryOrders} call. */
    static final int MAX_TXIDS = 50;
    private static final Set<String> OPEN = Set.of("pending_new", "new", "partially_filled");
    private static final Map<String, String> TERMINAL = Map.of("closed", "filled", "canceled", "canceled",
            "expired", "expired");

    private final KrakenRestClient rest;
    private final RecordFactory records;
    private final Set<String> open = new LinkedHashSet<>();

    OrderStatusBackfill(KrakenRestClient rest, RecordFactory records) {
        this.rest = rest;
        this.records = records;
    }

    /**
     * Follows one execution record read from the WebSocket.
     *
     * @param seen the remembered ids, to which a terminal status adds {@code order_id/status}
     */
    void seen(Struct execution, Set<String> seen) {
        Object orderId = execution.get("order_id");
        if (orderId == null) {
            return;
        }
        String status = string(execution.get("order_status"));
        String execType = string(execution.get("exec_type"));
        if (TERMINAL.containsValue(execType) || TERMINAL.containsValue(status)) {
            open.remove(orderId.toString());
            seen.add(key(orderId.toString(), TERMINAL.containsValue(execType) ? execType : status));
        } else if (OPEN.contains(status)) {
            open.add(orderId.toString());
        }
    }

    /** The order ids the executions channel last showed open, in the order first seen. */
    Set<String> open() {
        return Set.copyOf(open);
    }

    /**
     * Looks up the orders last seen open and returns their terminal status changes not yet published.
     *
     * @param seen       the remembered ids (updated with what is returned)
     * @param receivedAt receive time of the records
     * @return execution records, oldest close first
     * @throws com.kafkaconnectkraken.client.rest.KrakenApiException on REST failure (nothing remembered)
     */
    List<SourceRecord> recover(Set<String> seen, Instant receivedAt) {
        List<ObjectNode> closed = new ArrayList<>();
        List<String> ids = new ArrayList<>(open);
        for (int from = 0; from < ids.size(); from += MAX_TXIDS) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + MAX_TXIDS));
            JsonNode result = rest.privatePost("QueryOrders", Map.of("txid", String.join(",", batch)));
            for (String id : batch) {
                JsonNode order = result.get(id);
                String status = order == null ? null : TERMINAL.get(order.path("status").asText());
                if (status != null && !seen.contains(key(id, status))) {
                    closed.add(asExecution(id, status, (ObjectNode) order.deepCopy()));
                }
            }
        }
        closed.sort((a, b) -> a.get("timestamp").decimalValue().compareTo(b.get("timestamp").decimalValue()));
        List<SourceRecord> out = new ArrayList<>();
        for (ObjectNode execution : closed) {
            String id = execution.get("order_id").asText();
            seen.add(key(id, execution.get("order_status").asText()));
            open.remove(id);
            out.add(records.record(RecordType.EXECUTION, execution, receivedAt));
        }
        return out;
    }

    private static ObjectNode asExecution(String orderId, String status, ObjectNode order) {
        JsonNode descr = order.remove("descr");
        order.remove("status");
        order.remove("trades");
        rename(order, "closetm", "timestamp");
        rename(order, "vol", "order_qty");
        rename(order, "vol_exec", "cum_qty");
        rename(order, "cost", "cum_cost");
        rename(order, "price", "avg_price");
        rename(order, "userref", "order_userref");
        if (descr instanceof ObjectNode d) {
            order.set("side", d.remove("type"));
            order.set("order_type", d.remove("ordertype"));
            order.set("limit_price", d.remove("price"));
            order.set("descr", d);
        }
        if (!order.has("timestamp") || !order.get("timestamp").isNumber()) {
            throw new DataException("QueryOrders: " + status + " order without closetm");
        }
        order.put("order_id", orderId);
        order.put("exec_type", status);
        order.put("order_status", status);
        order.put("type", "update");
        order.put("source", "rest_backfill");
        return order;
    }

    private static void rename(ObjectNode node, String from, String to) {
        JsonNode value = node.remove(from);
        if (value != null && !value.isNull()) {
            node.set(to, value);
        }
    }

    private static String key(String orderId, String status) {
        return orderId + "/" + status;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
