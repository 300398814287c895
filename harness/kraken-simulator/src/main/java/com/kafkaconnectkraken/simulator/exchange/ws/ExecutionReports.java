package com.kafkaconnectkraken.simulator.exchange.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeJson;
import com.kafkaconnectkraken.simulator.exchange.account.Trade;
import com.kafkaconnectkraken.simulator.exchange.engine.Execution;
import com.kafkaconnectkraken.simulator.exchange.engine.Order;
import com.kafkaconnectkraken.simulator.exchange.engine.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * Builds WS v2 {@code executions} reports (https://docs.kraken.com/api/docs/websocket-v2/executions) with the
 * field sets of the docs examples: {@code pending_new} carries the full order, {@code new} only ids and
 * status, {@code trade} the fill, {@code filled}/{@code canceled}/{@code expired}/{@code amended} the outcome.
 * Fees are always in the quote currency ({@code fee_ccy_pref=fciq}).
 */
final class ExecutionReports {

    private ExecutionReports() {
    }

    /** @return the report for one engine event; {@code ratecount} is added when requested */
    static ObjectNode report(Execution e, boolean withRateCount) {
        ObjectNode r = switch (e.execType()) {
            case "pending_new" -> orderDetails(e.order(), e.time());
            case "trade" -> trade(e.order(), e.trade());
            case "filled", "canceled", "expired" -> outcome(e.order(), e.time());
            case "amended" -> amended(e.order(), e.time());
            default -> ids(e.order(), e.time());
        };
        r.put("exec_type", e.execType());
        r.put("order_status", e.orderStatus());
        if (e.reason() != null) {
            r.put("reason", e.reason());
        }
        if (withRateCount) {
            r.put("ratecount", Math.round(e.rateCount()));
        }
        return r;
    }

    /** @return a snapshot entry for an open order ({@code exec_type} {@code new}) */
    static ObjectNode openOrder(Order order) {
        ObjectNode r = orderDetails(order, order.openTime());
        r.put("exec_type", "new");
        r.put("order_status", OrderStatus.OPEN.ws());
        r.put("cum_qty", order.cumQty());
        return r;
    }

    /** @return a snapshot entry for a past fill */
    static ObjectNode pastTrade(Order order, Trade trade) {
        ObjectNode r = trade(order, trade);
        r.put("exec_type", "trade");
        r.put("order_status", order.status() == OrderStatus.FILLED ? "filled" : "partially_filled");
        return r;
    }

    private static ObjectNode ids(Order order, Instant time) {
        ObjectNode r = ExchangeJson.object();
        r.put("order_id", order.id());
        if (order.spec().clOrdId() != null) {
            r.put("cl_ord_id", order.spec().clOrdId());
        }
        if (order.spec().userref() != null) {
            r.put("order_userref", order.spec().userref());
        }
        r.put("timestamp", Rfc3339.micros(time));
        return r;
    }

    private static ObjectNode orderDetails(Order order, Instant time) {
        ObjectNode r = ids(order, time);
        r.put("symbol", order.pair().symbol());
        r.put("side", order.side().wire());
        r.put("order_type", order.spec().orderType());
        r.put("order_qty", order.qty());
        if (order.limitPrice() != null) {
            r.put("limit_price", order.limitPrice());
            r.put("limit_price_type", "static");
        }
        r.put("time_in_force", order.spec().timeInForce().name().toUpperCase(Locale.ROOT));
        if (order.spec().expireTime() != null) {
            r.put("expire_time", Rfc3339.micros(order.spec().expireTime()));
        }
        r.put("post_only", order.postOnly());
        r.put("cum_cost", order.cumCost());
        r.put("fee_usd_equiv", usd(order, order.fee()));
        r.put("fee_ccy_pref", "fciq");
        return r;
    }

    private static ObjectNode trade(Order order, Trade t) {
        ObjectNode r = ids(order, t.time());
        r.put("exec_id", t.id());
        r.put("trade_id", t.tradeId());
        r.put("symbol", order.pair().symbol());
        r.put("side", order.side().wire());
        r.put("order_type", order.spec().orderType());
        r.put("last_qty", t.volume());
        r.put("last_price", t.price());
        r.put("liquidity_ind", t.maker() ? "m" : "t");
        r.put("cost", t.cost());
        r.put("cum_qty", order.cumQty());
        r.put("cum_cost", order.cumCost());
        r.put("avg_price", order.avgPrice());
        r.put("fee_usd_equiv", usd(order, t.fee()));
        ObjectNode fee = r.putArray("fees").addObject();
        fee.put("asset", order.pair().quote().wsCode());
        fee.put("qty", t.fee());
        return r;
    }

    private static ObjectNode outcome(Order order, Instant time) {
        ObjectNode r = ids(order, time);
        r.put("symbol", order.pair().symbol());
        r.put("side", order.side().wire());
        r.put("cum_qty", order.cumQty());
        r.put("cum_cost", order.cumCost());
        r.put("avg_price", order.avgPrice());
        r.put("fee_usd_equiv", usd(order, order.fee()));
        return r;
    }

    private static ObjectNode amended(Order order, Instant time) {
        ObjectNode r = ids(order, time);
        r.put("symbol", order.pair().symbol());
        r.put("order_qty", order.qty());
        r.put("limit_price", order.limitPrice());
        r.put("post_only", order.postOnly());
        r.put("amended", true);
        return r;
    }

    /** Fee in USD: exact for USD-quoted pairs, otherwise 0 (the simulator keeps no FX rates). */
    private static BigDecimal usd(Order order, BigDecimal fee) {
        return "USD".equals(order.pair().quote().wsCode()) ? fee : BigDecimal.ZERO;
    }
}
