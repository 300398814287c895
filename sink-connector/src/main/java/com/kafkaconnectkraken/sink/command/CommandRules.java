package com.kafkaconnectkraken.sink.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rules that span several parameters of one method (docs/protocol/kraken-spot.md §5.1-§5.8). Each violation
 * throws {@link IllegalArgumentException} with the reason.
 */
final class CommandRules {

    private CommandRules() {
    }

    static void check(CommandMethod method, ObjectNode p) {
        switch (method) {
            case ADD_ORDER -> order(p);
            case BATCH_ADD -> batchAdd(p);
            case AMEND_ORDER -> amend(p);
            case CANCEL_ORDER -> require(p.has("order_id") || p.has("cl_ord_id") || p.has("order_userref"),
                "needs at least one of order_id, cl_ord_id, order_userref");
            case CANCEL_ALL_ORDERS_AFTER -> require(p.get("timeout").intValue() >= 0 && p.get("timeout").intValue() < 86_400,
                "timeout must be 0..86399 seconds");
            case BATCH_CANCEL -> {
                int n = p.path("orders").size() + p.path("cl_ord_id").size();
                require(n >= 2 && n <= 50, "needs 2..50 identifiers in orders and cl_ord_id, got " + n);
            }
            case EDIT_ORDER, CANCEL_ALL -> {
            }
        }
    }

    /** Rules of one order (add_order, or an entry of batch_add). */
    static void order(JsonNode p) {
        String type = p.get("order_type").textValue();
        require(p.has("order_qty") || p.has("cash_order_qty"), "needs order_qty (or cash_order_qty)");
        require(!(p.has("cl_ord_id") && p.has("order_userref")), "cl_ord_id and order_userref are mutually exclusive");
        require(!TradingParams.LIMIT_PRICED.contains(type) || p.has("limit_price"),
            "order_type " + type + " needs limit_price");
        require(!TradingParams.TRIGGERED.contains(type) || p.has("triggers"), "order_type " + type + " needs triggers");
        require(!"iceberg".equals(type) || p.has("display_qty"), "order_type iceberg needs display_qty");
        require(!"gtd".equals(p.path("time_in_force").asText()) || p.has("expire_time"),
            "time_in_force gtd needs expire_time");
        positive(p, "order_qty");
        positive(p, "cash_order_qty");
        positive(p, "display_qty");
    }

    private static void batchAdd(ObjectNode p) {
        int n = p.get("orders").size();
        require(n >= 2 && n <= 15, "needs 2..15 orders, got " + n);
        int i = 0;
        for (JsonNode order : p.get("orders")) {
            try {
                order(order);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("orders[" + i + "]: " + e.getMessage(), e);
            }
            i++;
        }
    }

    private static void amend(ObjectNode p) {
        require(p.has("order_id") != p.has("cl_ord_id"), "needs exactly one of order_id, cl_ord_id");
        require(p.has("order_qty") || p.has("limit_price") || p.has("trigger_price") || p.has("display_qty"),
            "changes nothing: give order_qty, limit_price, trigger_price or display_qty");
        positive(p, "order_qty");
    }

    private static void positive(JsonNode p, String name) {
        require(!p.has(name) || p.get(name).decimalValue().signum() > 0, name + " must be positive");
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new IllegalArgumentException(reason);
        }
    }
}
