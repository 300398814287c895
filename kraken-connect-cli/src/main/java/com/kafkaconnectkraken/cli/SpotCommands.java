package com.kafkaconnectkraken.cli;

import static com.kafkaconnectkraken.cli.CommandJson.NODES;
import static com.kafkaconnectkraken.cli.CommandJson.flag;
import static com.kafkaconnectkraken.cli.CommandJson.put;
import static com.kafkaconnectkraken.cli.CommandJson.required;
import static com.kafkaconnectkraken.cli.CommandJson.single;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a Kraken Spot sink command ({@code schemas/order_command.avsc}: {@code {"method": m, "req_id": n, m:
 * {params}}}, params with Kraken's names, decimals as strings) from {@link OrderFlags}, for every WS v2 trading method
 * (https://docs.kraken.com/api/docs/websocket-v2/add_order and its sibling pages amend_order, edit_order,
 * cancel_order, cancel_all, cancel_after, batch_add, batch_cancel). Only the parameters the contract requires are
 * checked here; the sink validates the rest and answers INVALID with its reason.
 */
final class SpotCommands {

    /** The flags each method takes ({@code --param} is taken by all). */
    static final Map<String, Set<String>> FLAGS = Map.of(
            "add_order", Set.of("--symbol", "--side", "--type", "--qty", "--price", "--trigger-price", "--time-in-force",
                    "--post-only", "--reduce-only", "--validate", "--cl-ord-id", "--order-userref"),
            "amend_order", Set.of("--order-id", "--cl-ord-id", "--qty", "--price", "--trigger-price", "--post-only",
                    "--symbol"),
            "edit_order", Set.of("--order-id", "--symbol", "--qty", "--price", "--trigger-price", "--post-only",
                    "--reduce-only", "--validate", "--order-userref"),
            "cancel_order", Set.of("--order-id", "--cl-ord-id", "--order-userref"),
            "cancel_all", Set.of(),
            "cancel_all_orders_after", Set.of("--after"),
            "batch_add", Set.of("--symbol", "--order", "--validate"),
            "batch_cancel", Set.of("--order-id", "--cl-ord-id"));

    private SpotCommands() {
    }

    /**
     * @param f     the flags
     * @param used  the flags given (checked against {@link #FLAGS})
     * @param reqId the command's req_id
     * @return the command
     * @throws IllegalArgumentException naming an unknown method, a missing required flag or one the method does not take
     */
    static ObjectNode build(OrderFlags f, Set<String> used, long reqId) {
        String m = f.method;
        if (!FLAGS.containsKey(m)) {
            throw new IllegalArgumentException("unknown Kraken Spot method '" + m + "' (one of "
                    + String.join(", ", FLAGS.keySet().stream().sorted().toList()) + ")");
        }
        CommandJson.checkFlags(m, used, FLAGS.get(m));
        ObjectNode params = switch (m) {
            case "add_order" -> addOrder(f);
            case "amend_order" -> amendOrder(f);
            case "edit_order" -> editOrder(f);
            case "cancel_order" -> cancelOrder(f);
            case "cancel_all_orders_after" -> cancelAfter(f);
            case "batch_add" -> batchAdd(f);
            case "batch_cancel" -> batchCancel(f);
            default -> NODES.objectNode();
        };
        CommandJson.extra(params, f.extra);
        return CommandJson.envelope(m, reqId, "cancel_all".equals(m) && params.isEmpty() ? null : m, params);
    }

    private static ObjectNode addOrder(OrderFlags f) {
        ObjectNode p = NODES.objectNode();
        p.put("order_type", lower(required(f.type, "--type", f.method)));
        p.put("side", lower(required(f.side, "--side", f.method)));
        put(p, "order_qty", f.qty);
        p.put("symbol", required(f.symbol, "--symbol", f.method));
        put(p, "limit_price", f.price);
        triggers(p, f.triggerPrice);
        put(p, "time_in_force", f.timeInForce == null ? null : lower(f.timeInForce));
        flag(p, "post_only", f.postOnly);
        flag(p, "reduce_only", f.reduceOnly);
        flag(p, "validate", f.validateOnly);
        put(p, "cl_ord_id", single(f.clOrdIds, "--cl-ord-id", f.method));
        Integer userref = single(f.orderUserrefs, "--order-userref", f.method);
        if (userref != null) {
            p.put("order_userref", userref);
        }
        return p;
    }

    private static ObjectNode amendOrder(OrderFlags f) {
        ObjectNode p = NODES.objectNode();
        put(p, "order_id", single(f.orderIds, "--order-id", f.method));
        put(p, "cl_ord_id", single(f.clOrdIds, "--cl-ord-id", f.method));
        if (!p.has("order_id") && !p.has("cl_ord_id")) {
            throw new IllegalArgumentException("amend_order needs --order-id or --cl-ord-id");
        }
        put(p, "order_qty", f.qty);
        put(p, "limit_price", f.price);
        put(p, "trigger_price", f.triggerPrice);
        flag(p, "post_only", f.postOnly);
        put(p, "symbol", f.symbol);
        return p;
    }

    private static ObjectNode editOrder(OrderFlags f) {
        ObjectNode p = NODES.objectNode();
        p.put("order_id", required(single(f.orderIds, "--order-id", f.method), "--order-id", f.method));
        p.put("symbol", required(f.symbol, "--symbol", f.method));
        put(p, "order_qty", f.qty);
        put(p, "limit_price", f.price);
        triggers(p, f.triggerPrice);
        flag(p, "post_only", f.postOnly);
        flag(p, "reduce_only", f.reduceOnly);
        flag(p, "validate", f.validateOnly);
        Integer userref = single(f.orderUserrefs, "--order-userref", f.method);
        if (userref != null) {
            p.put("order_userref", userref);
        }
        return p;
    }

    private static ObjectNode cancelOrder(OrderFlags f) {
        ObjectNode p = NODES.objectNode();
        texts(p, "order_id", f.orderIds);
        texts(p, "cl_ord_id", f.clOrdIds);
        if (!f.orderUserrefs.isEmpty()) {
            ArrayNode refs = p.putArray("order_userref");
            f.orderUserrefs.forEach(refs::add);
        }
        return p;
    }

    private static ObjectNode cancelAfter(OrderFlags f) {
        if (f.afterSeconds == null) {
            throw new IllegalArgumentException("cancel_all_orders_after needs --after");
        }
        ObjectNode p = NODES.objectNode();
        p.put("timeout", f.afterSeconds);
        return p;
    }

    private static ObjectNode batchAdd(OrderFlags f) {
        ObjectNode p = NODES.objectNode();
        p.put("symbol", required(f.symbol, "--symbol", f.method));
        if (f.batchOrders.isEmpty()) {
            throw new IllegalArgumentException("batch_add needs --order SIDE:TYPE:QTY[:PRICE], 2..15 times");
        }
        ArrayNode orders = p.putArray("orders");
        f.batchOrders.forEach(order -> orders.add(batchOrder(order)));
        flag(p, "validate", f.validateOnly);
        return p;
    }

    /** @param spec {@code SIDE:TYPE:QTY[:PRICE]}, e.g. {@code buy:limit:0.1:2000} */
    private static ObjectNode batchOrder(String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length < 3 || parts.length > 4 || List.of(parts).stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("--order must be SIDE:TYPE:QTY[:PRICE], e.g. buy:limit:0.1:2000, got " + spec);
        }
        ObjectNode order = NODES.objectNode();
        order.put("order_type", lower(parts[1]));
        order.put("side", lower(parts[0]));
        order.put("order_qty", parts[2]);
        if (parts.length == 4) {
            order.put("limit_price", parts[3]);
        }
        return order;
    }

    private static ObjectNode batchCancel(OrderFlags f) {
        ObjectNode p = NODES.objectNode();
        texts(p, "orders", f.orderIds);
        texts(p, "cl_ord_id", f.clOrdIds);
        return p;
    }

    private static void triggers(ObjectNode p, String triggerPrice) {
        if (triggerPrice != null) {
            p.putObject("triggers").put("price", triggerPrice);
        }
    }

    private static void texts(ObjectNode p, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = p.putArray(name);
            values.forEach(array::add);
        }
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
