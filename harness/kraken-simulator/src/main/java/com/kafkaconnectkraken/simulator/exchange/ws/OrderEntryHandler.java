package com.kafkaconnectkraken.simulator.exchange.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeJson;
import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.account.TokenStore;
import com.kafkaconnectkraken.simulator.exchange.engine.KrakenRejection;
import com.kafkaconnectkraken.simulator.exchange.engine.MatchingEngine;
import com.kafkaconnectkraken.simulator.exchange.engine.Order;
import com.kafkaconnectkraken.simulator.exchange.engine.OrderSpec;
import com.kafkaconnectkraken.simulator.exchange.market.Pair;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code add_order}, {@code batch_add}, {@code amend_order} and {@code edit_order}
 * (https://docs.kraken.com/api/docs/websocket-v2/add_order, .../batch_add, .../amend_order, .../edit_order).
 * Each returns exactly one response frame. With {@code validate=true} nothing is placed and the result
 * carries no {@code order_id} (the docs show no validate-only sample).
 */
final class OrderEntryHandler {

    private static final int BATCH_MIN = 2;
    private static final int BATCH_MAX = 15;

    private final MatchingEngine engine;
    private final TokenStore tokens;
    private final Clock clock;

    OrderEntryHandler(MatchingEngine engine, TokenStore tokens, Clock clock) {
        this.engine = engine;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** @return the response frame for one order-entry request */
    ObjectNode handle(WsRequest request) {
        try {
            Account account = request.session().authorize(request.token(), tokens);
            JsonNode result = switch (request.method()) {
                case "add_order" -> addOrder(account, request.params());
                case "batch_add" -> batchAdd(account, request.params());
                case "amend_order" -> amendOrder(account, request.params());
                default -> editOrder(account, request.params());
            };
            return request.success(result, clock.instant());
        } catch (KrakenRejection e) {
            return request.failure(e.error(), clock.instant());
        }
    }

    private JsonNode addOrder(Account account, JsonNode params) {
        Instant now = clock.instant();
        Pair pair = OrderParams.pair(params);
        OrderParams.checkDeadline(params, now);
        OrderSpec spec = OrderParams.order(params, pair, now);
        if (OrderParams.bool(params, "validate", false)) {
            engine.validate(account, spec);
            return ids(null, spec);
        }
        return ids(engine.place(account, spec).id(), spec);
    }

    private JsonNode batchAdd(Account account, JsonNode params) {
        Instant now = clock.instant();
        JsonNode orders = params.get("orders");
        if (orders == null || !orders.isArray() || orders.size() < BATCH_MIN || orders.size() > BATCH_MAX) {
            throw KrakenRejection.invalidArgument("orders");
        }
        Pair pair = OrderParams.pair(params);
        OrderParams.checkDeadline(params, now);
        List<OrderSpec> specs = new ArrayList<>();
        for (JsonNode order : orders) {
            specs.add(OrderParams.order(order, pair, now));
        }
        ArrayNode result = ExchangeJson.mapper().getNodeFactory().arrayNode();
        if (OrderParams.bool(params, "validate", false)) {
            engine.validateBatch(account, specs);
            specs.forEach(spec -> result.add(ids(null, spec)));
            return result;
        }
        List<Order> placed = engine.placeBatch(account, specs);
        placed.forEach(o -> result.add(ids(o.id(), o.spec())));
        return result;
    }

    private JsonNode amendOrder(Account account, JsonNode params) {
        OrderParams.checkDeadline(params, clock.instant());
        String orderId = OrderParams.optionalText(params, "order_id");
        String clOrdId = OrderParams.optionalText(params, "cl_ord_id");
        if ((orderId == null) == (clOrdId == null)) {
            throw KrakenRejection.invalidArgument("order_id");
        }
        String amendId = engine.locked(() -> {
            Order order = orderId != null ? engine.orders().find(account, orderId).orElse(null)
                    : engine.orders().findOpenByClOrdId(account, clOrdId).orElse(null);
            if (order == null) {
                throw new KrakenRejection("EOrder:Unknown order");
            }
            BigDecimal qty = params.has("order_qty") ? OrderParams.quantity(params, order.pair()) : null;
            BigDecimal price = params.has("limit_price") ? OrderParams.price(params, "limit_price", order.pair())
                    : null;
            Boolean postOnly = params.has("post_only") ? OrderParams.bool(params, "post_only", false) : null;
            return engine.amend(order, qty, price, postOnly);
        });
        ObjectNode result = ExchangeJson.object();
        result.put("amend_id", amendId);
        result.put(orderId != null ? "order_id" : "cl_ord_id", orderId != null ? orderId : clOrdId);
        return result;
    }

    private JsonNode editOrder(Account account, JsonNode params) {
        OrderParams.checkDeadline(params, clock.instant());
        if (params.has("cl_ord_id")) {
            throw KrakenRejection.invalidArgument("cl_ord_id");
        }
        String orderId = OrderParams.text(params, "order_id");
        Pair pair = OrderParams.pair(params);
        boolean validate = OrderParams.bool(params, "validate", false);
        Order replacement = engine.locked(() -> {
            Order original = engine.orders().find(account, orderId)
                    .filter(o -> o.pair().equals(pair)).orElseThrow(() -> new KrakenRejection("EOrder:Unknown order"));
            return engine.edit(original, changes(original, params, pair), validate);
        });
        ObjectNode result = ExchangeJson.object();
        if (replacement != null) {
            result.put("order_id", replacement.id());
        }
        result.put("original_order_id", orderId);
        return result;
    }

    private static OrderSpec changes(Order original, JsonNode params, Pair pair) {
        BigDecimal qty = params.has("order_qty") ? OrderParams.quantity(params, pair) : original.qty();
        String priceField = params.has("limit_price") ? "limit_price" : "price";
        BigDecimal price = params.has(priceField) && !original.spec().isMarket()
                ? OrderParams.price(params, priceField, pair) : original.limitPrice();
        Integer userref = params.has("order_userref") ? OrderParams.userref(params) : original.spec().userref();
        boolean postOnly = OrderParams.bool(params, "post_only", original.postOnly());
        return original.spec().withChanges(qty, price, userref, postOnly);
    }

    private static ObjectNode ids(String orderId, OrderSpec spec) {
        ObjectNode result = ExchangeJson.object();
        if (orderId != null) {
            result.put("order_id", orderId);
        }
        if (spec.clOrdId() != null) {
            result.put("cl_ord_id", spec.clOrdId());
        }
        if (spec.userref() != null) {
            result.put("order_userref", spec.userref());
        }
        return result;
    }
}
