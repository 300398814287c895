package com.kafkaconnectkraken.simulator.futures;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

/**
 * The private Futures frames for positions and balances (https://docs.kraken.com/api/docs/futures-api/websocket/open_position,
 * .../balances; docs/protocol/kraken-futures.md). Margin is not simulated: margins, leverage, liquidation thresholds and
 * funding are 0; collateral is valued at its USD price (1 for USD-like currencies, the {@code PF_<currency>USD} mark
 * price if that product is served, else 0). Callers hold the account's monitor.
 */
final class WalletFrames {

    private WalletFrames() {
    }

    /** @return the inverse margin account of a product, e.g. {@code F-XBT:USD} */
    static String marginAccount(FuturesProduct product) {
        return "F-" + product.base() + ":" + product.quote();
    }

    /** @return {@code {feed:"open_positions", account, positions:[...], seq, timestamp}} */
    static ObjectNode positions(FuturesAccount account, FuturesMarket market, long now) {
        ObjectNode frame = FuturesJson.feed(FuturesFeed.OPEN_POSITIONS.wireName());
        frame.put("account", account.name);
        var list = frame.putArray("positions");
        for (Position p : account.positions.values()) {
            FuturesProduct product = market.market(p.instrument()).product();
            BigDecimal mark = market.market(p.instrument()).markPrice();
            ObjectNode node = list.addObject();
            node.put("instrument", p.instrument());
            FuturesJson.decimal(node, "balance", p.balance());
            FuturesJson.decimal(node, "pnl", p.pnl(mark, product.inverse()));
            FuturesJson.decimal(node, "entry_price", p.entryPrice());
            FuturesJson.decimal(node, "mark_price", mark);
            FuturesJson.decimal(node, "index_price", FuturesTickerStats.index(mark));
            for (String zero : new String[] {"liquidation_threshold", "effective_leverage", "return_on_equity",
                    "unrealized_funding", "initial_margin", "maintenance_margin"}) {
                FuturesJson.decimal(node, zero, BigDecimal.ZERO);
            }
            node.put("pnl_currency", product.settlementCurrency());
        }
        frame.put("seq", account.positionsSeq);
        frame.put("timestamp", now);
        return frame;
    }

    /**
     * @param feedName {@code balances_snapshot} or {@code balances}
     * @param usdPrice a currency's USD price, or {@code null} if unknown
     * @return {@code {feed, account, holding:{}, futures:{...}, flex_futures:{...}, timestamp, seq}}
     */
    static ObjectNode balances(String feedName, FuturesAccount account, Function<String, BigDecimal> usdPrice, long now) {
        ObjectNode frame = FuturesJson.feed(feedName);
        frame.put("account", account.name);
        frame.putObject("holding");
        ObjectNode futures = frame.putObject("futures");
        account.marginAccounts.forEach((name, balance) -> marginAccount(futures.putObject(name), name, balance));
        flex(frame.putObject("flex_futures"), account.flex, usdPrice);
        frame.put("timestamp", now);
        frame.put("seq", account.balancesSeq);
        return frame;
    }

    private static void marginAccount(ObjectNode node, String name, BigDecimal balance) {
        String pair = name.substring(2);
        node.put("name", name);
        node.put("pair", pair.replace(':', '/'));
        node.put("unit", pair.substring(0, pair.indexOf(':')));
        FuturesJson.decimal(node, "portfolio_value", balance);
        FuturesJson.decimal(node, "balance", balance);
        FuturesJson.decimal(node, "maintenance_margin", BigDecimal.ZERO);
        FuturesJson.decimal(node, "initial_margin", BigDecimal.ZERO);
        FuturesJson.decimal(node, "available", balance);
        FuturesJson.decimal(node, "unrealized_funding", BigDecimal.ZERO);
        FuturesJson.decimal(node, "pnl", BigDecimal.ZERO);
    }

    private static void flex(ObjectNode node, Map<String, BigDecimal> wallet, Function<String, BigDecimal> usdPrice) {
        ObjectNode currencies = node.putObject("currencies");
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : wallet.entrySet()) {
            BigDecimal price = usdPrice.apply(e.getKey());
            BigDecimal value = e.getValue().multiply(price == null ? BigDecimal.ZERO : price);
            total = total.add(value);
            ObjectNode currency = currencies.putObject(e.getKey());
            FuturesJson.decimal(currency, "quantity", e.getValue());
            FuturesJson.decimal(currency, "value", value);
            FuturesJson.decimal(currency, "collateral_value", value);
            FuturesJson.decimal(currency, "available", e.getValue());
            FuturesJson.decimal(currency, "haircut", BigDecimal.ZERO);
            FuturesJson.decimal(currency, "conversion_spread", BigDecimal.ZERO);
        }
        for (String field : new String[] {"balance_value", "portfolio_value", "collateral_value", "margin_equity",
                "available_margin"}) {
            FuturesJson.decimal(node, field, total);
        }
        for (String zero : new String[] {"initial_margin", "initial_margin_without_orders", "maintenance_margin", "pnl",
                "unrealized_funding", "total_unrealized", "total_unrealized_as_margin"}) {
            FuturesJson.decimal(node, zero, BigDecimal.ZERO);
        }
    }
}
