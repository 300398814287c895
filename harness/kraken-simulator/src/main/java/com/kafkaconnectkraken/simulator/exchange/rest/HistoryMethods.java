package com.kafkaconnectkraken.simulator.exchange.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeJson;
import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.account.LedgerEntry;
import com.kafkaconnectkraken.simulator.exchange.account.Trade;
import com.kafkaconnectkraken.simulator.exchange.engine.KrakenRejection;
import com.kafkaconnectkraken.simulator.exchange.engine.MatchingEngine;
import com.kafkaconnectkraken.simulator.exchange.market.Asset;
import com.kafkaconnectkraken.simulator.exchange.market.AssetCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Private REST history methods {@code Ledgers}, {@code QueryLedgers}, {@code TradesHistory},
 * {@code QueryTrades} (https://docs.kraken.com/api/docs/rest-api/get-ledgers, .../get-ledgers-info,
 * .../get-trade-history, .../get-trades-info): 50 per page, newest first, {@code ofs}, {@code start}
 * (exclusive) / {@code end} (inclusive) by unix time or id, {@code count} unless {@code without_count}.
 */
final class HistoryMethods {

    private static final int MAX_QUERY = 20;
    private static final Set<String> LEDGER_TYPES = Set.of("all", "trade", "deposit", "withdrawal", "transfer",
            "margin", "adjustment", "rollover", "credit", "settled", "staking", "dividend", "sale", "nft_rebate");
    private static final Set<String> TRADE_TYPES = Set.of("all", "any position", "closed position",
            "closing position", "no position");

    private final MatchingEngine engine;
    private final NewestFirstPager<LedgerEntry> ledgerPager =
            new NewestFirstPager<>(LedgerEntry::id, LedgerEntry::time);
    private final NewestFirstPager<Trade> tradePager = new NewestFirstPager<>(Trade::id, Trade::time);

    HistoryMethods(MatchingEngine engine) {
        this.engine = engine;
    }

    void register(Map<String, RestMethod> methods) {
        methods.put("Ledgers", (a, p) -> engine.locked(() -> ledgers(a, p)));
        methods.put("QueryLedgers", (a, p) -> engine.locked(() -> queryLedgers(a, p)));
        methods.put("TradesHistory", (a, p) -> engine.locked(() -> tradesHistory(a, p)));
        methods.put("QueryTrades", (a, p) -> engine.locked(() -> queryTrades(a, p)));
    }

    private ObjectNode ledgers(Account account, Map<String, String> params) {
        String type = params.getOrDefault("type", "all");
        if (!LEDGER_TYPES.contains(type)) {
            throw KrakenRejection.invalidArgument("type");
        }
        List<Asset> assets = new ArrayList<>();
        for (String name : RestParams.list(params, "asset")) {
            if (!"all".equalsIgnoreCase(name)) {
                assets.add(AssetCatalog.find(name).orElseThrow(() -> new KrakenRejection("EQuery:Unknown asset")));
            }
        }
        Predicate<LedgerEntry> filter = e -> ("all".equals(type) || type.equals(e.type()))
                && (assets.isEmpty() || assets.contains(e.asset()));
        NewestFirstPager.Page<LedgerEntry> page = ledgerPager.page(account.ledger().entries(), filter, params);
        ObjectNode map = ExchangeJson.object();
        page.page().forEach(e -> map.set(e.id(), RestFormat.ledger(e)));
        ObjectNode r = ExchangeJson.object();
        r.set("ledger", map);
        if (!RestParams.flag(params, "without_count", false)) {
            r.put("count", page.count());
        }
        return r;
    }

    private ObjectNode queryLedgers(Account account, Map<String, String> params) {
        List<String> ids = RestParams.list(params, "id");
        if (ids.isEmpty() || ids.size() > MAX_QUERY) {
            throw KrakenRejection.invalidArgument("id");
        }
        List<LedgerEntry> entries = account.ledger().entries();
        ObjectNode r = ExchangeJson.object();
        for (String id : ids) {
            int pos = account.ledger().position(id).orElseThrow(() -> KrakenRejection.invalidArgument("id"));
            r.set(id, RestFormat.ledger(entries.get(pos)));
        }
        return r;
    }

    private ObjectNode tradesHistory(Account account, Map<String, String> params) {
        String type = params.getOrDefault("type", "all");
        if (!TRADE_TYPES.contains(type)) {
            throw KrakenRejection.invalidArgument("type");
        }
        boolean spotTrades = "all".equals(type) || "no position".equals(type);
        boolean withLedgers = RestParams.flag(params, "ledgers", false);
        NewestFirstPager.Page<Trade> page = tradePager.page(List.copyOf(account.trades()), t -> spotTrades, params);
        ObjectNode map = ExchangeJson.object();
        page.page().forEach(t -> map.set(t.id(), RestFormat.trade(t, withLedgers)));
        ObjectNode r = ExchangeJson.object();
        r.set("trades", map);
        if (!RestParams.flag(params, "without_count", false)) {
            r.put("count", page.count());
        }
        return r;
    }

    private ObjectNode queryTrades(Account account, Map<String, String> params) {
        List<String> txids = RestParams.list(params, "txid");
        if (txids.isEmpty() || txids.size() > MAX_QUERY) {
            throw KrakenRejection.invalidArgument("txid");
        }
        ObjectNode r = ExchangeJson.object();
        for (String txid : txids) {
            Trade trade = account.trades().stream().filter(t -> t.id().equals(txid)).findFirst()
                    .orElseThrow(() -> KrakenRejection.invalidArgument("txid"));
            r.set(txid, RestFormat.trade(trade, false));
        }
        return r;
    }
}
