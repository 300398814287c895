package com.kafkaconnectkraken.simulator.exchange.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeJson;
import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.account.TokenStore;
import com.kafkaconnectkraken.simulator.exchange.account.Trade;
import com.kafkaconnectkraken.simulator.exchange.engine.FeeSchedule;
import com.kafkaconnectkraken.simulator.exchange.engine.KrakenRejection;
import com.kafkaconnectkraken.simulator.exchange.engine.MatchingEngine;
import com.kafkaconnectkraken.simulator.exchange.market.Asset;
import com.kafkaconnectkraken.simulator.exchange.market.AssetCatalog;
import com.kafkaconnectkraken.simulator.exchange.market.Pair;
import com.kafkaconnectkraken.simulator.exchange.market.PairCatalog;
import com.kafkaconnectkraken.simulator.exchange.market.Quote;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;

/**
 * Private REST account methods: {@code Balance}, {@code BalanceEx}, {@code TradeBalance},
 * {@code TradeVolume}, {@code OpenPositions} (spot only: always empty) and {@code GetWebSocketsToken}
 * (https://docs.kraken.com/api/docs/rest-api/get-account-balance and neighbouring pages). Values in another
 * currency use the last quoted mid price; assets without a quote path are left out of totals.
 */
final class AccountMethods {

    private final MatchingEngine engine;
    private final TokenStore tokens;

    AccountMethods(MatchingEngine engine, TokenStore tokens) {
        this.engine = engine;
        this.tokens = tokens;
    }

    void register(Map<String, RestMethod> methods) {
        methods.put("Balance", (a, p) -> engine.locked(() -> balance(a)));
        methods.put("BalanceEx", (a, p) -> engine.locked(() -> balanceEx(a)));
        methods.put("TradeBalance", (a, p) -> engine.locked(() -> tradeBalance(a, p)));
        methods.put("TradeVolume", (a, p) -> engine.locked(() -> tradeVolume(a, p)));
        methods.put("OpenPositions", (a, p) -> ExchangeJson.object());
        methods.put("GetWebSocketsToken", (a, p) -> token(a));
    }

    private ObjectNode balance(Account account) {
        ObjectNode r = ExchangeJson.object();
        account.balances().forEach((asset, amount) -> r.put(asset.restId(), asset.format(amount)));
        return r;
    }

    private ObjectNode balanceEx(Account account) {
        ObjectNode r = ExchangeJson.object();
        account.balances().forEach((asset, amount) -> {
            ObjectNode n = r.putObject(asset.restId());
            n.put("balance", asset.format(amount));
            n.put("credit", asset.format(BigDecimal.ZERO));
            n.put("credit_used", asset.format(BigDecimal.ZERO));
            n.put("hold_trade", asset.format(account.hold(asset)));
        });
        return r;
    }

    private ObjectNode tradeBalance(Account account, Map<String, String> params) {
        String name = params.getOrDefault("asset", "ZUSD");
        Asset target = AssetCatalog.find(name).orElseThrow(() -> new KrakenRejection("EQuery:Unknown asset"));
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<Asset, BigDecimal> b : account.balances().entrySet()) {
            Optional<BigDecimal> rate = rate(b.getKey(), target);
            if (rate.isPresent()) {
                total = total.add(b.getValue().multiply(rate.get()));
            }
        }
        String equity = target.format(total);
        String zero = target.format(BigDecimal.ZERO);
        ObjectNode r = ExchangeJson.object();
        r.put("eb", equity);
        r.put("tb", equity);
        for (String field : new String[] {"m", "n", "c", "v"}) {
            r.put(field, zero);
        }
        r.put("e", equity);
        r.put("mf", equity);
        r.put("uv", zero);
        return r;
    }

    private Optional<BigDecimal> rate(Asset from, Asset to) {
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        for (Pair p : PairCatalog.all()) {
            Optional<Quote> q = engine.quote(p.symbol());
            if (q.isPresent() && p.base().equals(from) && p.quote().equals(to)) {
                return Optional.of(q.get().mid());
            }
            if (q.isPresent() && p.base().equals(to) && p.quote().equals(from)) {
                return Optional.of(BigDecimal.ONE.divide(q.get().mid(), MathContext.DECIMAL64));
            }
        }
        return Optional.empty();
    }

    private ObjectNode tradeVolume(Account account, Map<String, String> params) {
        BigDecimal volume = BigDecimal.ZERO;
        for (Trade t : account.trades()) {
            if (t.pair().quote().equals(AssetCatalog.USD)) {
                volume = volume.add(t.cost());
            }
        }
        ObjectNode r = ExchangeJson.object();
        r.put("currency", "ZUSD");
        r.put("volume", AssetCatalog.USD.format(volume));
        ObjectNode fees = r.putObject("fees");
        ObjectNode makerFees = r.putObject("fees_maker");
        FeeSchedule schedule = engine.fees();
        for (String name : RestParams.list(params, "pair")) {
            Pair pair = PairCatalog.find(name).orElseThrow(() -> new KrakenRejection("EQuery:Unknown asset pair"));
            fees.set(pair.restId(), fee(schedule.takerPercent(), volume));
            makerFees.set(pair.restId(), fee(schedule.makerPercent(), volume));
        }
        return r;
    }

    private static ObjectNode fee(BigDecimal percent, BigDecimal volume) {
        ObjectNode n = ExchangeJson.object();
        n.put("fee", RestFormat.scaled(percent, 4));
        n.put("minfee", RestFormat.scaled(percent, 4));
        n.put("maxfee", RestFormat.scaled(percent, 4));
        n.putNull("nextfee");
        n.putNull("nextvolume");
        n.put("tiervolume", RestFormat.scaled(volume, 4));
        return n;
    }

    private ObjectNode token(Account account) {
        ObjectNode r = ExchangeJson.object();
        r.put("token", tokens.issue(account));
        r.put("expires", tokens.ttlSeconds());
        return r;
    }
}
