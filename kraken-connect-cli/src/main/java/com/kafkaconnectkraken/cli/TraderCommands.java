package com.kafkaconnectkraken.cli;

import static com.kafkaconnectkraken.cli.CommandJson.NODES;
import static com.kafkaconnectkraken.cli.CommandJson.put;
import static com.kafkaconnectkraken.cli.CommandJson.required;
import static com.kafkaconnectkraken.cli.CommandJson.single;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a Trader sink command ({@code schemas/trader/order_command.avsc}, schemaless form {@code {"method": m,
 * "req_id": n, "params": {...}}} with the Trader API's camelCase names, decimals as strings) from {@link OrderFlags},
 * for each trading action: createOrder, cancelOrder, amendOrder, closePosition, amendPosition. Side and type are
 * sent upper-case ({@code buy} becomes {@code BUY}, {@code stop-limit} {@code STOP_LIMIT}). Only required parameters
 * are checked here; the sink validates the rest and answers INVALID with its reason.
 */
final class TraderCommands {

    /** The flags each method takes ({@code --param} is taken by all). */
    static final Map<String, Set<String>> FLAGS = Map.of(
            "createOrder", Set.of("--account", "--symbol", "--side", "--type", "--qty", "--price", "--stop-price",
                    "--time-in-force", "--cl-ord-id"),
            "cancelOrder", Set.of("--account", "--order-id"),
            "amendOrder", Set.of("--account", "--order-id", "--qty", "--price", "--stop-price"),
            "closePosition", Set.of("--account", "--position-id", "--qty"),
            "amendPosition", Set.of("--account", "--position-id", "--stop-loss", "--take-profit"));

    private TraderCommands() {
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
            throw new IllegalArgumentException("unknown Trader method '" + m + "' (one of "
                    + String.join(", ", FLAGS.keySet().stream().sorted().toList()) + ")");
        }
        CommandJson.checkFlags(m, used, FLAGS.get(m));
        ObjectNode p = NODES.objectNode();
        p.put("accountId", required(f.account, "--account", m));
        switch (m) {
            case "createOrder" -> createOrder(f, p);
            case "cancelOrder" -> p.put("orderId", orderId(f));
            case "amendOrder" -> {
                p.put("orderId", orderId(f));
                prices(f, p);
            }
            case "closePosition" -> {
                p.put("positionId", required(f.positionId, "--position-id", m));
                put(p, "quantity", f.qty);
            }
            default -> {
                p.put("positionId", required(f.positionId, "--position-id", m));
                put(p, "stopLoss", f.stopLoss);
                put(p, "takeProfit", f.takeProfit);
            }
        }
        CommandJson.extra(p, f.extra);
        return CommandJson.envelope(m, reqId, "params", p);
    }

    private static void createOrder(OrderFlags f, ObjectNode p) {
        p.put("symbol", required(f.symbol, "--symbol", f.method));
        p.put("side", upper(required(f.side, "--side", f.method)));
        p.put("type", upper(required(f.type, "--type", f.method)));
        p.put("quantity", required(f.qty, "--qty", f.method));
        put(p, "price", f.price);
        put(p, "stopPrice", f.stopPrice);
        put(p, "timeInForce", f.timeInForce == null ? null : upper(f.timeInForce));
        put(p, "clientOrderId", single(f.clOrdIds, "--cl-ord-id", f.method));
    }

    private static void prices(OrderFlags f, ObjectNode p) {
        put(p, "quantity", f.qty);
        put(p, "price", f.price);
        put(p, "stopPrice", f.stopPrice);
    }

    private static String orderId(OrderFlags f) {
        return required(single(f.orderIds, "--order-id", f.method), "--order-id", f.method);
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
