package com.kafkaconnectkraken.simulator.exchange.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.spot.protocol.ClOrdIds;
import com.kafkaconnectkraken.simulator.exchange.ExchangeJson;
import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.engine.KrakenRejection;
import com.kafkaconnectkraken.simulator.exchange.engine.MatchingEngine;
import com.kafkaconnectkraken.simulator.exchange.engine.Order;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Private REST order queries {@code OpenOrders}, {@code ClosedOrders} (paged like Ledgers; {@code closetime}
 * selects which time {@code start}/{@code end} compare) and {@code QueryOrders} (at most 50 txids)
 * (https://docs.kraken.com/api/docs/rest-api/get-open-orders, .../get-closed-orders, .../get-orders-info).
 */
final class OrderMethods {

    private static final int MAX_QUERY = 50;

    private final MatchingEngine engine;

    OrderMethods(MatchingEngine engine) {
        this.engine = engine;
    }

    void register(Map<String, RestMethod> methods) {
        methods.put("OpenOrders", (a, p) -> engine.locked(() -> openOrders(a, p)));
        methods.put("ClosedOrders", (a, p) -> engine.locked(() -> closedOrders(a, p)));
        methods.put("QueryOrders", (a, p) -> engine.locked(() -> queryOrders(a, p)));
    }

    private ObjectNode openOrders(Account account, Map<String, String> params) {
        boolean trades = RestParams.flag(params, "trades", false);
        Predicate<Order> filter = refFilter(params);
        ObjectNode open = ExchangeJson.object();
        List<Order> orders = engine.orders().open(account);
        for (int i = orders.size() - 1; i >= 0; i--) {
            if (filter.test(orders.get(i))) {
                open.set(orders.get(i).id(), RestFormat.order(orders.get(i), trades));
            }
        }
        ObjectNode r = ExchangeJson.object();
        r.set("open", open);
        return r;
    }

    private ObjectNode closedOrders(Account account, Map<String, String> params) {
        boolean trades = RestParams.flag(params, "trades", false);
        boolean byOpenTime = "open".equals(params.get("closetime"));
        List<Order> closed = engine.orders().all(account).stream().filter(o -> !o.status().isOpen())
                .sorted(Comparator.comparing(byOpenTime ? Order::openTime : Order::closeTime)).toList();
        NewestFirstPager<Order> pager = new NewestFirstPager<>(Order::id,
                o -> byOpenTime ? o.openTime() : closeTime(o));
        NewestFirstPager.Page<Order> page = pager.page(closed, refFilter(params), params);
        ObjectNode map = ExchangeJson.object();
        page.page().forEach(o -> map.set(o.id(), RestFormat.order(o, trades)));
        ObjectNode r = ExchangeJson.object();
        r.set("closed", map);
        if (!RestParams.flag(params, "without_count", false)) {
            r.put("count", page.count());
        }
        return r;
    }

    private ObjectNode queryOrders(Account account, Map<String, String> params) {
        List<String> txids = RestParams.list(params, "txid");
        if (txids.isEmpty() || txids.size() > MAX_QUERY) {
            throw KrakenRejection.invalidArgument("txid");
        }
        boolean trades = RestParams.flag(params, "trades", false);
        Predicate<Order> filter = refFilter(params);
        ObjectNode r = ExchangeJson.object();
        for (String txid : txids) {
            Order o = engine.orders().find(account, txid).orElseThrow(() -> new KrakenRejection("EOrder:Invalid order"));
            if (filter.test(o)) {
                r.set(o.id(), RestFormat.order(o, trades));
            }
        }
        return r;
    }

    private static Instant closeTime(Order o) {
        return o.closeTime() == null ? o.openTime() : o.closeTime();
    }

    private static Predicate<Order> refFilter(Map<String, String> params) {
        Integer userref = RestParams.integer(params, "userref");
        String clOrdId = params.get("cl_ord_id");
        return o -> (userref == null || userref.equals(o.spec().userref()))
                && (clOrdId == null || (o.spec().clOrdId() != null && ClOrdIds.isValid(clOrdId)
                && ClOrdIds.key(clOrdId).equals(ClOrdIds.key(o.spec().clOrdId()))));
    }
}
