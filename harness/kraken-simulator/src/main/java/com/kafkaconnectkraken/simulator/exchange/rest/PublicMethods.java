package com.kafkaconnectkraken.simulator.exchange.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeJson;
import com.kafkaconnectkraken.simulator.exchange.engine.KrakenRejection;
import com.kafkaconnectkraken.simulator.exchange.market.Asset;
import com.kafkaconnectkraken.simulator.exchange.market.AssetCatalog;
import com.kafkaconnectkraken.simulator.exchange.market.Pair;
import com.kafkaconnectkraken.simulator.exchange.market.PairCatalog;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Public REST methods {@code Time}, {@code SystemStatus}, {@code Assets}, {@code AssetPairs}
 * (https://docs.kraken.com/api/docs/rest-api/get-server-time, .../get-system-status, .../get-asset-info,
 * .../get-tradable-asset-pairs).
 */
final class PublicMethods {

    private static final DateTimeFormatter RFC1123 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yy HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String[][] TAKER_FEES = {{"0", "0.26"}, {"50000", "0.24"}, {"100000", "0.22"},
        {"250000", "0.2"}, {"500000", "0.18"}, {"1000000", "0.16"}, {"2500000", "0.14"}, {"5000000", "0.12"},
        {"10000000", "0.1"}};
    private static final String[][] MAKER_FEES = {{"0", "0.16"}, {"50000", "0.14"}, {"100000", "0.12"},
        {"250000", "0.1"}, {"500000", "0.08"}, {"1000000", "0.06"}, {"2500000", "0.04"}, {"5000000", "0.02"},
        {"10000000", "0"}};

    private final Clock clock;

    PublicMethods(Clock clock) {
        this.clock = clock;
    }

    void register(Map<String, RestMethod> methods) {
        methods.put("Time", (a, p) -> time());
        methods.put("SystemStatus", (a, p) -> systemStatus());
        methods.put("Assets", (a, p) -> assets(p));
        methods.put("AssetPairs", (a, p) -> assetPairs(p));
    }

    private ObjectNode time() {
        Instant now = clock.instant();
        ObjectNode r = ExchangeJson.object();
        r.put("unixtime", now.getEpochSecond());
        r.put("rfc1123", RFC1123.format(now));
        return r;
    }

    private ObjectNode systemStatus() {
        ObjectNode r = ExchangeJson.object();
        r.put("status", "online");
        r.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        return r;
    }

    private ObjectNode assets(Map<String, String> params) {
        List<Asset> selected = new ArrayList<>();
        List<String> names = RestParams.list(params, "asset");
        if (names.isEmpty()) {
            selected.addAll(AssetCatalog.all());
        }
        for (String name : names) {
            selected.add(AssetCatalog.find(name).orElseThrow(() -> new KrakenRejection("EQuery:Unknown asset")));
        }
        ObjectNode r = ExchangeJson.object();
        for (Asset a : selected) {
            ObjectNode n = r.putObject(a.restId());
            n.put("aclass", "currency");
            n.put("altname", a.altname());
            n.put("decimals", a.decimals());
            n.put("display_decimals", a.displayDecimals());
            n.put("collateral_value", 1);
            n.put("status", "enabled");
        }
        return r;
    }

    private ObjectNode assetPairs(Map<String, String> params) {
        List<Pair> selected = new ArrayList<>();
        List<String> names = RestParams.list(params, "pair");
        if (names.isEmpty()) {
            selected.addAll(PairCatalog.all());
        }
        for (String name : names) {
            selected.add(PairCatalog.find(name).orElseThrow(() -> new KrakenRejection("EQuery:Unknown asset pair")));
        }
        ObjectNode r = ExchangeJson.object();
        selected.forEach(p -> r.set(p.restId(), pairInfo(p)));
        return r;
    }

    private static ObjectNode pairInfo(Pair p) {
        ObjectNode n = ExchangeJson.object();
        n.put("altname", p.altname());
        n.put("wsname", p.wsname());
        n.put("aclass_base", "currency");
        n.put("base", p.base().restId());
        n.put("aclass_quote", "currency");
        n.put("quote", p.quote().restId());
        n.put("lot", "unit");
        n.put("cost_decimals", p.costDecimals());
        n.put("pair_decimals", p.pairDecimals());
        n.put("lot_decimals", p.lotDecimals());
        n.put("lot_multiplier", 1);
        n.putArray("leverage_buy");
        n.putArray("leverage_sell");
        fees(n.putArray("fees"), TAKER_FEES);
        fees(n.putArray("fees_maker"), MAKER_FEES);
        n.put("fee_volume_currency", "ZUSD");
        n.put("margin_call", 80);
        n.put("margin_stop", 40);
        n.put("ordermin", p.ordermin().toPlainString());
        n.put("costmin", p.costmin().toPlainString());
        n.put("tick_size", p.tickSize().toPlainString());
        n.put("status", "online");
        return n;
    }

    private static void fees(ArrayNode target, String[][] tiers) {
        for (String[] tier : tiers) {
            ArrayNode row = target.addArray();
            row.add(Long.parseLong(tier[0]));
            row.add(new BigDecimal(tier[1]));
        }
    }
}
