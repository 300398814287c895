package com.kafkaconnectkraken.simulator.exchange.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeJson;
import com.kafkaconnectkraken.simulator.exchange.account.LedgerEntry;
import com.kafkaconnectkraken.simulator.exchange.account.Trade;
import com.kafkaconnectkraken.simulator.exchange.engine.Order;
import com.kafkaconnectkraken.simulator.exchange.market.Pair;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * REST JSON shapes of orders, trades and ledger entries, as in the docs examples
 * (https://docs.kraken.com/api/docs/rest-api/get-open-orders, .../get-trade-history, .../get-ledgers):
 * amounts are strings, times are unix seconds as JSON numbers with 4 decimals.
 */
final class RestFormat {

    private static final String NO_POSITION = "TKH2SE-M7IF5-CFI7LT";

    private RestFormat() {
    }

    /** @return unix seconds with 4 decimals, e.g. {@code 1688464484.1787} */
    static BigDecimal unixTime(Instant time) {
        return BigDecimal.valueOf(time.getEpochSecond()).add(BigDecimal.valueOf(time.getNano(), 9))
                .setScale(4, RoundingMode.DOWN);
    }

    /** @return the order object; closed orders add {@code closetm} and {@code reason} */
    static ObjectNode order(Order o, boolean withTrades) {
        Pair pair = o.pair();
        ObjectNode n = ExchangeJson.object();
        n.put("refid", o.refid() == null ? "None" : o.refid());
        n.put("userref", o.spec().userref() == null ? 0 : o.spec().userref());
        if (o.spec().clOrdId() != null) {
            n.put("cl_ord_id", o.spec().clOrdId());
        }
        n.put("status", o.status().rest());
        if (!o.status().isOpen()) {
            n.put("reason", o.reason());
        }
        n.put("opentm", unixTime(o.openTime()));
        if (o.closeTime() != null) {
            n.put("closetm", unixTime(o.closeTime()));
        }
        n.put("starttm", 0);
        n.put("expiretm", o.spec().expireTime() == null ? BigDecimal.ZERO : unixTime(o.spec().expireTime()));
        n.set("descr", descr(o));
        n.put("vol", scaled(o.qty(), pair.lotDecimals()));
        n.put("vol_exec", scaled(o.cumQty(), pair.lotDecimals()));
        n.put("cost", scaled(o.cumCost(), pair.costDecimals()));
        n.put("fee", scaled(o.fee(), pair.costDecimals()));
        n.put("price", scaled(o.avgPrice(), pair.pairDecimals()));
        n.put("stopprice", scaled(BigDecimal.ZERO, pair.costDecimals()));
        n.put("limitprice", scaled(BigDecimal.ZERO, pair.costDecimals()));
        n.put("misc", o.amended() ? "amended" : "");
        n.put("oflags", o.postOnly() ? "fciq,post" : "fciq");
        if (withTrades && !o.tradeIds().isEmpty()) {
            o.tradeIds().forEach(n.putArray("trades")::add);
        }
        return n;
    }

    private static ObjectNode descr(Order o) {
        Pair pair = o.pair();
        String price = o.limitPrice() == null ? "0" : scaled(o.limitPrice(), pair.pairDecimals());
        ObjectNode d = ExchangeJson.object();
        d.put("pair", pair.altname());
        d.put("type", o.side().wire());
        d.put("ordertype", o.spec().orderType());
        d.put("price", price);
        d.put("price2", "0");
        d.put("leverage", "none");
        d.put("order", o.side().wire() + " " + scaled(o.qty(), pair.lotDecimals()) + " " + pair.altname() + " @ "
                + (o.limitPrice() == null ? "market" : "limit " + price));
        d.put("close", "");
        return d;
    }

    /** @return the trade object; {@code ledgers[]} only when requested */
    static ObjectNode trade(Trade t, boolean withLedgers) {
        Pair pair = t.pair();
        ObjectNode n = ExchangeJson.object();
        n.put("ordertxid", t.orderId());
        n.put("postxid", NO_POSITION);
        n.put("pair", pair.restId());
        n.put("time", unixTime(t.time()));
        n.put("type", t.side());
        n.put("ordertype", t.orderType());
        n.put("price", scaled(t.price(), pair.costDecimals()));
        n.put("cost", scaled(t.cost(), pair.costDecimals()));
        n.put("fee", scaled(t.fee(), pair.costDecimals()));
        n.put("vol", scaled(t.volume(), pair.lotDecimals()));
        n.put("margin", scaled(BigDecimal.ZERO, pair.costDecimals()));
        n.put("misc", "");
        if (withLedgers) {
            t.ledgerIds().forEach(n.putArray("ledgers")::add);
        }
        n.put("trade_id", t.tradeId());
        n.put("maker", t.maker());
        return n;
    }

    /** @return the ledger entry object */
    static ObjectNode ledger(LedgerEntry e) {
        ObjectNode n = ExchangeJson.object();
        n.put("refid", e.refid());
        n.put("time", unixTime(e.time()));
        n.put("type", e.type());
        n.put("subtype", "");
        n.put("aclass", "currency");
        n.put("asset", e.asset().restId());
        n.put("amount", e.asset().format(e.amount()));
        n.put("fee", e.asset().format(e.fee()));
        n.put("balance", e.asset().format(e.balance()));
        return n;
    }

    /** @return {@code value} as a plain string with exactly {@code scale} decimals */
    static String scaled(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }
}
