package com.kafkaconnectkraken.sink.command;

import static com.kafkaconnectkraken.sink.command.ParamType.DECIMAL;
import static com.kafkaconnectkraken.sink.command.ParamType.TEXT;
import static com.kafkaconnectkraken.sink.command.ParamType.oneOf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * The parameter table and cross-field rules of every Trader API trading action, with the API's names
 * (docs/protocol/trader-api.md §3). Quantities and prices are exact decimals (a string or an exact JSON number;
 * never a binary floating-point number) and go on the wire as JSON numbers. Unknown parameters are refused.
 */
final class TraderParams {

    /** Every Trader API order type (docs/protocol/trader-api.md §3, [ASSUMED]). */
    static final List<String> ORDER_TYPES = List.of("MARKET", "LIMIT", "STOP", "STOP_LIMIT");

    private static final Set<String> PRICED = Set.of("LIMIT", "STOP_LIMIT");
    private static final Set<String> STOPPED = Set.of("STOP", "STOP_LIMIT");

    static final ParamSpec CREATE_ORDER = new ParamSpec()
        .required("accountId", TEXT)
        .required("symbol", TEXT)
        .required("side", oneOf(Set.of("BUY", "SELL")))
        .required("type", oneOf(Set.copyOf(ORDER_TYPES)))
        .required("quantity", DECIMAL)
        .optional("price", DECIMAL)
        .optional("stopPrice", DECIMAL)
        .optional("timeInForce", oneOf(Set.of("GTC", "IOC", "FOK", "DAY")))
        .optional("clientOrderId", TEXT);

    static final ParamSpec CANCEL_ORDER = new ParamSpec()
        .required("accountId", TEXT)
        .required("orderId", TEXT);

    static final ParamSpec AMEND_ORDER = new ParamSpec()
        .required("accountId", TEXT)
        .required("orderId", TEXT)
        .optional("quantity", DECIMAL)
        .optional("price", DECIMAL)
        .optional("stopPrice", DECIMAL);

    static final ParamSpec CLOSE_POSITION = new ParamSpec()
        .required("accountId", TEXT)
        .required("positionId", TEXT)
        .optional("quantity", DECIMAL);

    static final ParamSpec AMEND_POSITION = new ParamSpec()
        .required("accountId", TEXT)
        .required("positionId", TEXT)
        .optional("stopLoss", DECIMAL)
        .optional("takeProfit", DECIMAL);

    private TraderParams() {
    }

    /** @return the parameter spec of a method */
    static ParamSpec of(TraderMethod method) {
        return switch (method) {
            case CREATE_ORDER -> CREATE_ORDER;
            case CANCEL_ORDER -> CANCEL_ORDER;
            case AMEND_ORDER -> AMEND_ORDER;
            case CLOSE_POSITION -> CLOSE_POSITION;
            case AMEND_POSITION -> AMEND_POSITION;
        };
    }

    /**
     * Rules that span several parameters; every decimal given must be positive.
     *
     * @throws IllegalArgumentException with the reason
     */
    static void check(TraderMethod method, ObjectNode p) {
        for (String name : List.of("quantity", "price", "stopPrice", "stopLoss", "takeProfit")) {
            require(!p.has(name) || p.get(name).decimalValue().signum() > 0, name + " must be positive");
        }
        switch (method) {
            case CREATE_ORDER -> {
                String type = p.get("type").textValue();
                require(PRICED.contains(type) == p.has("price"), PRICED.contains(type)
                    ? "type " + type + " needs price" : "type " + type + " takes no price");
                require(STOPPED.contains(type) == p.has("stopPrice"), STOPPED.contains(type)
                    ? "type " + type + " needs stopPrice" : "type " + type + " takes no stopPrice");
                require(!p.has("clientOrderId") || !p.get("clientOrderId").textValue().isBlank(),
                    "clientOrderId must not be blank");
            }
            case AMEND_ORDER -> require(p.has("quantity") || p.has("price") || p.has("stopPrice"),
                "changes nothing: give quantity, price or stopPrice");
            case AMEND_POSITION -> require(p.has("stopLoss") || p.has("takeProfit"),
                "changes nothing: give stopLoss or takeProfit");
            case CANCEL_ORDER, CLOSE_POSITION -> {
            }
        }
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new IllegalArgumentException(reason);
        }
    }
}
