package com.kafkaconnectkraken.simulator.exchange.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeJson;
import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.account.TokenStore;
import com.kafkaconnectkraken.simulator.exchange.engine.DeadManSwitch;
import com.kafkaconnectkraken.simulator.exchange.engine.KrakenRejection;
import com.kafkaconnectkraken.simulator.exchange.engine.MatchingEngine;
import com.kafkaconnectkraken.simulator.exchange.engine.Order;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code cancel_order} (one frame per order, shared {@code req_id}), {@code cancel_all},
 * {@code cancel_all_orders_after} and {@code batch_cancel}
 * (https://docs.kraken.com/api/docs/websocket-v2/cancel_order, .../cancel_all, .../cancel_after,
 * .../batch_cancel). {@code batch_cancel} is atomic: if any identifier matches no open order the whole batch
 * is refused with {@code EOrder:Unknown order}.
 */
final class CancelHandler {

    private static final int BATCH_MIN = 2;
    private static final int BATCH_MAX = 50;

    private final MatchingEngine engine;
    private final DeadManSwitch deadManSwitch;
    private final TokenStore tokens;
    private final Clock clock;

    CancelHandler(MatchingEngine engine, DeadManSwitch deadManSwitch, TokenStore tokens, Clock clock) {
        this.engine = engine;
        this.deadManSwitch = deadManSwitch;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** @return the response frames (several for cancel_order with several ids) */
    List<ObjectNode> handle(WsRequest request) {
        try {
            Account account = request.session().authorize(request.token(), tokens);
            return switch (request.method()) {
                case "cancel_order" -> cancelOrder(account, request);
                case "cancel_all" -> List.of(request.success(count(engine.cancelAll(account, "User requested")),
                        clock.instant()));
                case "cancel_all_orders_after" -> List.of(request.success(cancelAfter(account, request.params()),
                        clock.instant()));
                default -> List.of(request.success(count(batchCancel(account, request.params())), clock.instant()));
            };
        } catch (KrakenRejection e) {
            return List.of(request.failure(e.error(), clock.instant()));
        }
    }

    private List<ObjectNode> cancelOrder(Account account, WsRequest request) {
        JsonNode p = request.params();
        List<String> orderIds = strings(p, "order_id");
        List<String> clOrdIds = strings(p, "cl_ord_id");
        List<String> userrefs = strings(p, "order_userref");
        if (orderIds.isEmpty() && clOrdIds.isEmpty() && userrefs.isEmpty()) {
            throw KrakenRejection.invalidArgument("order_id");
        }
        List<ObjectNode> frames = new ArrayList<>();
        engine.locked(() -> {
            orderIds.forEach(id -> frames.add(cancelOne(request, engine.orders().find(account, id).orElse(null))));
            clOrdIds.forEach(id -> frames.add(cancelOne(request,
                    engine.orders().findOpenByClOrdId(account, id).orElse(null))));
            for (String ref : userrefs) {
                List<Order> matching = byUserref(account, ref);
                if (matching.isEmpty()) {
                    frames.add(request.failure("EOrder:Unknown order", clock.instant()));
                }
                matching.forEach(o -> frames.add(cancelOne(request, o)));
            }
            return null;
        });
        return frames;
    }

    private ObjectNode cancelOne(WsRequest request, Order order) {
        try {
            if (order == null) {
                throw new KrakenRejection("EOrder:Unknown order");
            }
            engine.cancel(order);
            ObjectNode result = ExchangeJson.object();
            result.put("order_id", order.id());
            if (order.spec().clOrdId() != null) {
                result.put("cl_ord_id", order.spec().clOrdId());
            }
            return request.success(result, clock.instant());
        } catch (KrakenRejection e) {
            return request.failure(e.error(), clock.instant());
        }
    }

    private ObjectNode cancelAfter(Account account, JsonNode params) {
        JsonNode timeout = params.get("timeout");
        if (timeout == null || !timeout.isIntegralNumber()) {
            throw KrakenRejection.invalidArgument("timeout");
        }
        DeadManSwitch.Armed armed = deadManSwitch.arm(account, timeout.longValue());
        ObjectNode result = ExchangeJson.object();
        result.put("currentTime", Rfc3339.seconds(armed.currentTime()));
        result.put("triggerTime", Rfc3339.seconds(armed.triggerTime()));
        return result;
    }

    private int batchCancel(Account account, JsonNode params) {
        List<String> ids = strings(params, "orders");
        List<String> clOrdIds = strings(params, "cl_ord_id");
        int total = ids.size() + clOrdIds.size();
        if (total < BATCH_MIN || total > BATCH_MAX) {
            throw KrakenRejection.invalidArgument("orders");
        }
        return engine.locked(() -> {
            Set<Order> targets = new LinkedHashSet<>();
            for (String id : ids) {
                List<Order> found = engine.orders().find(account, id).filter(o -> o.status().isOpen())
                        .map(List::of).orElseGet(() -> byUserref(account, id));
                requireFound(found.isEmpty());
                targets.addAll(found);
            }
            for (String id : clOrdIds) {
                Order found = engine.orders().findOpenByClOrdId(account, id).orElse(null);
                requireFound(found == null);
                targets.add(found);
            }
            return engine.cancelBatch(account, new ArrayList<>(targets));
        });
    }

    private List<Order> byUserref(Account account, String ref) {
        Integer userref;
        try {
            userref = Integer.valueOf(ref);
        } catch (NumberFormatException e) {
            return List.of();
        }
        return engine.orders().open(account).stream().filter(o -> userref.equals(o.spec().userref())).toList();
    }

    private static void requireFound(boolean missing) {
        if (missing) {
            throw new KrakenRejection("EOrder:Unknown order");
        }
    }

    private static ObjectNode count(int count) {
        ObjectNode result = ExchangeJson.object();
        result.put("count", count);
        return result;
    }

    /** @return a string-array parameter (a single string or number is accepted as one element) */
    private static List<String> strings(JsonNode params, String field) {
        JsonNode v = params.get(field);
        List<String> result = new ArrayList<>();
        if (v == null || v.isNull()) {
            return result;
        }
        if (v.isArray()) {
            v.forEach(e -> result.add(element(e, field)));
        } else {
            result.add(element(v, field));
        }
        return result;
    }

    private static String element(JsonNode e, String field) {
        if (!e.isTextual() && !e.isIntegralNumber()) {
            throw KrakenRejection.invalidArgument(field);
        }
        return e.asText();
    }
}
