package com.kafkaconnectkraken.simulator.exchange.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.spot.protocol.ClOrdIds;
import com.kafkaconnectkraken.simulator.exchange.engine.KrakenRejection;
import com.kafkaconnectkraken.simulator.exchange.engine.OrderSpec;
import com.kafkaconnectkraken.simulator.exchange.engine.Side;
import com.kafkaconnectkraken.simulator.exchange.engine.TimeInForce;
import com.kafkaconnectkraken.simulator.exchange.market.Pair;
import com.kafkaconnectkraken.simulator.exchange.market.PairCatalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads and validates WS v2 trading parameters docs/protocol/kraken-spot.md §5.1-5.2,
 * https://docs.kraken.com/api/docs/websocket-v2/add_order). Supported order types: {@code limit},
 * {@code market}; others are refused with {@code EGeneral:Invalid arguments:order_type}.
 */
final class OrderParams {

    private static final Duration DEADLINE_MIN = Duration.ofMillis(500);
    private static final Duration DEADLINE_MAX = Duration.ofSeconds(60);
    private static final Duration GTD_MAX = Duration.ofDays(31);

    private OrderParams() {
    }

    /** @return the pair for {@code params.symbol}, else {@code EQuery:Unknown asset pair} */
    static Pair pair(JsonNode params) {
        JsonNode symbol = params.get("symbol");
        if (symbol == null || !symbol.isTextual()) {
            throw KrakenRejection.invalidArgument("symbol");
        }
        return PairCatalog.bySymbol(symbol.asText()).orElseThrow(() -> new KrakenRejection("EQuery:Unknown asset pair"));
    }

    /**
     * Checks {@code params.deadline} (RFC3339): elapsed → {@code EService:Deadline elapsed}; closer than 500 ms
     * or further than 60 s → {@code EGeneral:Invalid arguments:deadline}.
     */
    static void checkDeadline(JsonNode params, Instant now) {
        Instant deadline = instant(params, "deadline");
        if (deadline == null) {
            return;
        }
        if (!deadline.isAfter(now)) {
            throw new KrakenRejection("EService:Deadline elapsed");
        }
        if (deadline.isBefore(now.plus(DEADLINE_MIN)) || deadline.isAfter(now.plus(DEADLINE_MAX))) {
            throw KrakenRejection.invalidArgument("deadline");
        }
    }

    /** @return the validated order described by {@code order} (an add_order params or batch_add item) */
    static OrderSpec order(JsonNode order, Pair pair, Instant now) {
        String type = text(order, "order_type");
        if (!"limit".equals(type) && !"market".equals(type)) {
            throw KrakenRejection.invalidArgument("order_type");
        }
        Side side = Side.parse(text(order, "side"));
        BigDecimal qty = quantity(order, pair);
        BigDecimal price = "limit".equals(type) ? price(order, "limit_price", pair) : null;
        if (price != null && qty.multiply(price).compareTo(pair.costmin()) < 0) {
            throw new KrakenRejection("EOrder:Cost minimum not met");
        }
        String clOrdId = optionalText(order, "cl_ord_id");
        Integer userref = userref(order);
        if (clOrdId != null) {
            if (!ClOrdIds.isValid(clOrdId)) {
                throw KrakenRejection.invalidArgument("cl_ord_id");
            }
            if (userref != null) {
                throw KrakenRejection.invalidArgument("cl_ord_id");
            }
        }
        TimeInForce tif = TimeInForce.parse(optionalText(order, "time_in_force"));
        Instant expire = expireTime(order, tif, now);
        return new OrderSpec(pair, side, type, qty, price, clOrdId, userref, tif, expire,
                bool(order, "post_only", false));
    }

    /**
     * @return the order quantity: positive, at least {@code ordermin}; digits beyond the pair's lot decimals
     *         are truncated (the docs' own examples send {@code 0.2123456789} for BTC/USD) [INFERRED]
     */
    static BigDecimal quantity(JsonNode params, Pair pair) {
        BigDecimal qty = decimal(params, "order_qty");
        if (qty != null && qty.scale() > pair.lotDecimals()) {
            qty = qty.setScale(pair.lotDecimals(), RoundingMode.DOWN);
        }
        if (qty == null || qty.signum() <= 0) {
            throw KrakenRejection.invalidArgument("order_qty");
        }
        if (qty.compareTo(pair.ordermin()) < 0) {
            throw new KrakenRejection("EOrder:Order minimum not met");
        }
        return qty;
    }

    /** @return a positive price on the pair's tick grid */
    static BigDecimal price(JsonNode params, String field, Pair pair) {
        BigDecimal price = decimal(params, field);
        if (price == null || price.signum() <= 0) {
            throw KrakenRejection.invalidArgument(field);
        }
        if (price.remainder(pair.tickSize()).signum() != 0) {
            throw new KrakenRejection("EOrder:Tick size check failed");
        }
        return price;
    }

    /** @return {@code order_userref} (may be negative) or {@code null} */
    static Integer userref(JsonNode params) {
        JsonNode v = params.get("order_userref");
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw KrakenRejection.invalidArgument("order_userref");
        }
        return v.intValue();
    }

    /** @return a decimal from a JSON number or numeric string, or {@code null} if absent */
    static BigDecimal decimal(JsonNode params, String field) {
        JsonNode v = params.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return v.isNumber() ? v.decimalValue() : new BigDecimal(v.textValue());
        } catch (NumberFormatException | NullPointerException e) {
            throw KrakenRejection.invalidArgument(field);
        }
    }

    /** @return a boolean parameter; non-boolean values are refused */
    static boolean bool(JsonNode params, String field, boolean defaultValue) {
        JsonNode v = params.get(field);
        if (v == null || v.isNull()) {
            return defaultValue;
        }
        if (!v.isBoolean()) {
            throw KrakenRejection.invalidArgument(field);
        }
        return v.booleanValue();
    }

    /** @return a required text parameter */
    static String text(JsonNode params, String field) {
        String value = optionalText(params, field);
        if (value == null) {
            throw KrakenRejection.invalidArgument(field);
        }
        return value;
    }

    /** @return a text parameter or {@code null} if absent */
    static String optionalText(JsonNode params, String field) {
        JsonNode v = params.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw KrakenRejection.invalidArgument(field);
        }
        return v.textValue();
    }

    private static Instant expireTime(JsonNode order, TimeInForce tif, Instant now) {
        Instant expire = instant(order, "expire_time");
        if (tif != TimeInForce.GTD) {
            return null;
        }
        if (expire == null || !expire.isAfter(now) || expire.isAfter(now.plus(GTD_MAX))) {
            throw KrakenRejection.invalidArgument("expire_time");
        }
        return expire;
    }

    private static Instant instant(JsonNode params, String field) {
        String text = optionalText(params, field);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw KrakenRejection.invalidArgument(field);
        }
    }
}
