package com.kafkaconnectkraken.simulator.futures;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The private Futures frames for fills, open orders and the account log, shaped like Kraken's samples
 * (https://docs.kraken.com/api/docs/futures-api/websocket/fills, .../open_orders, .../open_orders_verbose,
 * .../account_log, .../notifications; docs/protocol/kraken-futures.md). Callers hold the account's monitor.
 */
final class AccountFrames {

    private AccountFrames() {
    }

    /** @return {@code {feed:"fills_snapshot", account, fills:[every fill, oldest first]}} */
    static ObjectNode fillsSnapshot(FuturesAccount account) {
        ObjectNode frame = FuturesJson.feed(FuturesFeed.FILLS.snapshotFeed().orElseThrow());
        frame.put("account", account.name);
        ArrayNode fills = frame.putArray("fills");
        account.fills.forEach(f -> fills.add(fill(f)));
        return frame;
    }

    /** @return {@code {feed:"fills", username, fills:[fill]}} */
    static ObjectNode fillsUpdate(FuturesAccount account, FuturesFill fill) {
        ObjectNode frame = FuturesJson.feed(FuturesFeed.FILLS.wireName());
        frame.put("username", account.name);
        frame.putArray("fills").add(fill(fill));
        return frame;
    }

    static ObjectNode fill(FuturesFill f) {
        ObjectNode node = FuturesJson.object();
        node.put("instrument", f.instrument());
        node.put("time", f.time());
        FuturesJson.decimal(node, "price", f.price());
        node.put("seq", f.seq());
        node.put("buy", f.buy());
        FuturesJson.decimal(node, "qty", f.qty());
        FuturesJson.decimal(node, "remaining_order_qty", f.remainingOrderQty());
        node.put("order_id", f.orderId());
        if (f.cliOrdId() != null) {
            node.put("cli_ord_id", f.cliOrdId());
        }
        node.put("fill_id", f.fillId());
        node.put("fill_type", f.fillType());
        FuturesJson.decimal(node, "fee_paid", f.feePaid());
        node.put("fee_currency", f.feeCurrency());
        node.put("taker_order_type", f.takerOrderType());
        node.put("order_type", f.orderType());
        return node;
    }

    /** @return {@code {feed:"<feed>_snapshot", account, orders:[open orders, oldest first]}} */
    static ObjectNode ordersSnapshot(FuturesFeed feed, FuturesAccount account) {
        ObjectNode frame = FuturesJson.feed(feed.snapshotFeed().orElseThrow());
        frame.put("account", account.name);
        ArrayNode orders = frame.putArray("orders");
        account.openOrders.values().forEach(o -> orders.add(order(o)));
        return frame;
    }

    /** @return {@code {feed, order:{...}, is_cancel:false, reason}} (placed or partly filled) */
    static ObjectNode orderUpdate(FuturesFeed feed, FuturesOrder order, String reason) {
        ObjectNode frame = FuturesJson.feed(feed.wireName());
        frame.set("order", order(order));
        frame.put("is_cancel", false);
        frame.put("reason", reason);
        return frame;
    }

    /** @return {@code {feed, order_id, cli_ord_id (null if none), is_cancel:true, reason}} (cancelled or fully filled) */
    static ObjectNode orderRemoved(FuturesFeed feed, FuturesOrder order, String reason) {
        ObjectNode frame = FuturesJson.feed(feed.wireName());
        frame.put("order_id", order.orderId());
        frame.put("cli_ord_id", order.cliOrdId());
        frame.put("is_cancel", true);
        frame.put("reason", reason);
        return frame;
    }

    static ObjectNode order(FuturesOrder o) {
        ObjectNode node = FuturesJson.object();
        node.put("instrument", o.instrument());
        node.put("time", o.time());
        node.put("last_update_time", o.lastUpdateTime());
        FuturesJson.decimal(node, "qty", o.qty());
        FuturesJson.decimal(node, "filled", o.filled());
        FuturesJson.decimal(node, "limit_price", o.limitPrice());
        FuturesJson.decimal(node, "stop_price", o.stopPrice());
        node.put("type", o.type());
        node.put("order_id", o.orderId());
        if (o.cliOrdId() != null) {
            node.put("cli_ord_id", o.cliOrdId());
        }
        node.put("direction", o.side().direction());
        node.put("reduce_only", o.reduceOnly());
        return node;
    }

    /** @return {@code {feed:"account_log_snapshot", logs:[every entry, newest first]}} */
    static ObjectNode logSnapshot(FuturesAccount account) {
        ObjectNode frame = FuturesJson.feed(FuturesFeed.ACCOUNT_LOG.snapshotFeed().orElseThrow());
        ArrayNode logs = frame.putArray("logs");
        for (int i = account.log.size() - 1; i >= 0; i--) {
            logs.add(account.log.get(i));
        }
        return frame;
    }

    /** @return {@code {feed:"account_log", new_entry:{...}}} */
    static ObjectNode logEntry(ObjectNode entry) {
        ObjectNode frame = FuturesJson.feed(FuturesFeed.ACCOUNT_LOG.wireName());
        frame.set("new_entry", entry);
        return frame;
    }

    /** @return {@code {feed:"notifications_auth", notifications:[{id, type, priority, note, effective_time}]}} */
    static ObjectNode notifications(List<ObjectNode> notifications) {
        ObjectNode frame = FuturesJson.feed(FuturesFeed.NOTIFICATIONS_AUTH.wireName());
        ArrayNode list = frame.putArray("notifications");
        notifications.forEach(list::add);
        return frame;
    }

    /** @return a {@code futures trade} account-log entry for a fill (the wallet's balance before and after the fee) */
    static ObjectNode tradeLogEntry(long id, FuturesFill fill, FuturesProduct product, Position before, Position after,
                                    BigDecimal oldBalance, BigDecimal newBalance) {
        ObjectNode e = FuturesJson.object();
        e.put("id", id);
        e.put("date", FuturesJson.isoMillis(fill.time()));
        String currency = fill.feeCurrency().toLowerCase(Locale.ROOT);
        e.put("asset", currency);
        e.put("contract", product.symbol().toLowerCase(Locale.ROOT));
        e.put("info", "futures trade");
        e.put("booking_uid", UUID.randomUUID().toString());
        e.put("margin_account", product.inverse() ? WalletFrames.marginAccount(product).toLowerCase(Locale.ROOT) : "flex");
        FuturesJson.decimal(e, "old_balance", oldBalance);
        FuturesJson.decimal(e, "new_balance", newBalance);
        FuturesJson.decimal(e, "old_average_entry_price", before == null ? BigDecimal.ZERO : before.entryPrice());
        FuturesJson.decimal(e, "new_average_entry_price", after.balance().signum() == 0 ? BigDecimal.ZERO : after.entryPrice());
        FuturesJson.decimal(e, "trade_price", fill.price());
        FuturesJson.decimal(e, "mark_price", fill.price());
        FuturesJson.decimal(e, "realized_pnl", BigDecimal.ZERO);
        FuturesJson.decimal(e, "fee", fill.feePaid());
        e.put("execution", fill.fillId());
        e.put("collateral", currency);
        FuturesJson.decimal(e, "funding_rate", BigDecimal.ZERO);
        FuturesJson.decimal(e, "realized_funding", BigDecimal.ZERO);
        return e;
    }
}
