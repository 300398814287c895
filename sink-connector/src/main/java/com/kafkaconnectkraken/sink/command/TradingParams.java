package com.kafkaconnectkraken.sink.command;

import static com.kafkaconnectkraken.sink.command.ParamType.BOOLEAN;
import static com.kafkaconnectkraken.sink.command.ParamType.CL_ORD_ID;
import static com.kafkaconnectkraken.sink.command.ParamType.DECIMAL;
import static com.kafkaconnectkraken.sink.command.ParamType.INT32;
import static com.kafkaconnectkraken.sink.command.ParamType.TEXT;
import static com.kafkaconnectkraken.sink.command.ParamType.TIMESTAMP;
import static com.kafkaconnectkraken.sink.command.ParamType.arrayOf;
import static com.kafkaconnectkraken.sink.command.ParamType.object;
import static com.kafkaconnectkraken.sink.command.ParamType.oneOf;

import com.kafkaconnectkraken.sink.config.KrakenSinkConnectorConfig;
import java.util.Set;

/**
 * The parameter table of every trading method, with Kraken's names and value sets
 * docs/protocol/kraken-spot.md §5.1-§5.8; https://docs.kraken.com/api/docs/websocket-v2/add_order,
 * .../amend_order, .../edit_order, .../cancel_order, .../cancel_all, .../cancel_after,
 * .../batch_add, .../batch_cancel). {@code token} is never accepted from a command: the connector
 * adds its own session token.
 */
final class TradingParams {

    static final Set<String> LIMIT_PRICED = Set.of("limit", "iceberg", "stop-loss-limit", "take-profit-limit",
        "trailing-stop-limit");
    static final Set<String> TRIGGERED = Set.of("stop-loss", "stop-loss-limit", "take-profit", "take-profit-limit",
        "trailing-stop", "trailing-stop-limit");

    private static final ParamType PRICE_TYPE = oneOf(Set.of("static", "pct", "quote"));

    static final ParamSpec TRIGGERS = new ParamSpec()
        .optional("reference", oneOf(Set.of("last", "index")))
        .required("price", DECIMAL)
        .optional("price_type", PRICE_TYPE);

    static final ParamSpec CONDITIONAL = new ParamSpec()
        .required("order_type", oneOf(Set.of("limit", "stop-loss", "stop-loss-limit", "take-profit",
            "take-profit-limit", "trailing-stop", "trailing-stop-limit")))
        .optional("limit_price", DECIMAL)
        .optional("limit_price_type", PRICE_TYPE)
        .optional("trigger_price", DECIMAL)
        .optional("trigger_price_type", PRICE_TYPE);

    static final ParamSpec ADD_ORDER = new ParamSpec()
        .required("order_type", oneOf(Set.copyOf(KrakenSinkConnectorConfig.ORDER_TYPES)))
        .required("side", oneOf(Set.of("buy", "sell")))
        .optional("order_qty", DECIMAL)
        .required("symbol", TEXT)
        .optional("limit_price", DECIMAL)
        .optional("limit_price_type", PRICE_TYPE)
        .optional("triggers", object(TRIGGERS))
        .optional("time_in_force", oneOf(Set.of("gtc", "gtd", "ioc")))
        .optional("margin", BOOLEAN)
        .optional("post_only", BOOLEAN)
        .optional("reduce_only", BOOLEAN)
        .optional("effective_time", TIMESTAMP)
        .optional("expire_time", TIMESTAMP)
        .optional("deadline", TIMESTAMP)
        .optional("cl_ord_id", CL_ORD_ID)
        .optional("order_userref", INT32)
        .optional("conditional", object(CONDITIONAL))
        .optional("display_qty", DECIMAL)
        .optional("fee_preference", oneOf(Set.of("base", "quote")))
        .optional("no_mpp", BOOLEAN)
        .optional("stp_type", oneOf(Set.of("cancel_newest", "cancel_oldest", "cancel_both")))
        .optional("cash_order_qty", DECIMAL)
        .optional("validate", BOOLEAN)
        .optional("sender_sub_id", TEXT);

    static final ParamSpec BATCH_ORDER = ADD_ORDER.without("symbol", "validate", "deadline");

    static final ParamSpec AMEND_ORDER = new ParamSpec()
        .optional("order_id", TEXT)
        .optional("cl_ord_id", CL_ORD_ID)
        .optional("order_qty", DECIMAL)
        .optional("display_qty", DECIMAL)
        .optional("limit_price", DECIMAL)
        .optional("limit_price_type", PRICE_TYPE)
        .optional("post_only", BOOLEAN)
        .optional("trigger_price", DECIMAL)
        .optional("trigger_price_type", PRICE_TYPE)
        .optional("deadline", TIMESTAMP)
        .optional("symbol", TEXT);

    static final ParamSpec EDIT_ORDER = new ParamSpec()
        .required("order_id", TEXT)
        .required("symbol", TEXT)
        .optional("order_qty", DECIMAL)
        .optional("limit_price", DECIMAL)
        .optional("display_qty", DECIMAL)
        .optional("fee_preference", oneOf(Set.of("base", "quote")))
        .optional("order_userref", INT32)
        .optional("post_only", BOOLEAN)
        .optional("reduce_only", BOOLEAN)
        .optional("triggers", object(TRIGGERS))
        .optional("validate", BOOLEAN)
        .optional("deadline", TIMESTAMP);

    static final ParamSpec CANCEL_ORDER = new ParamSpec()
        .optional("order_id", arrayOf(TEXT))
        .optional("cl_ord_id", arrayOf(CL_ORD_ID))
        .optional("order_userref", arrayOf(INT32));

    static final ParamSpec CANCEL_ALL = new ParamSpec();

    static final ParamSpec CANCEL_ALL_ORDERS_AFTER = new ParamSpec()
        .required("timeout", INT32);

    static final ParamSpec BATCH_ADD = new ParamSpec()
        .required("symbol", TEXT)
        .required("orders", arrayOf(object(BATCH_ORDER)))
        .optional("deadline", TIMESTAMP)
        .optional("validate", BOOLEAN);

    static final ParamSpec BATCH_CANCEL = new ParamSpec()
        .optional("orders", arrayOf(TEXT))
        .optional("cl_ord_id", arrayOf(CL_ORD_ID));

    private TradingParams() {
    }

    /** @return the parameter spec of a method. */
    static ParamSpec of(CommandMethod method) {
        return switch (method) {
            case ADD_ORDER -> ADD_ORDER;
            case AMEND_ORDER -> AMEND_ORDER;
            case EDIT_ORDER -> EDIT_ORDER;
            case CANCEL_ORDER -> CANCEL_ORDER;
            case CANCEL_ALL -> CANCEL_ALL;
            case CANCEL_ALL_ORDERS_AFTER -> CANCEL_ALL_ORDERS_AFTER;
            case BATCH_ADD -> BATCH_ADD;
            case BATCH_CANCEL -> BATCH_CANCEL;
        };
    }
}
