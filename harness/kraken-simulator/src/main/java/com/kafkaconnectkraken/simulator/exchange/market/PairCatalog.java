package com.kafkaconnectkraken.simulator.exchange.market;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The simulator's fixed pair table (values modelled on the AssetPairs docs example,
 * https://docs.kraken.com/api/docs/rest-api/get-tradable-asset-pairs).
 */
public final class PairCatalog {

    private static final List<Pair> ALL = List.of(
            pair("BTC/USD", "XXBTZUSD", "XBTUSD", "XBT/USD", AssetCatalog.BTC, AssetCatalog.USD, 1, 5,
                    "0.0001", "0.5", "0.1"),
            pair("BTC/EUR", "XXBTZEUR", "XBTEUR", "XBT/EUR", AssetCatalog.BTC, AssetCatalog.EUR, 1, 5,
                    "0.0001", "0.45", "0.1"),
            pair("ETH/USD", "XETHZUSD", "ETHUSD", "ETH/USD", AssetCatalog.ETH, AssetCatalog.USD, 2, 5,
                    "0.002", "0.5", "0.01"),
            pair("ETH/BTC", "XETHXXBT", "ETHXBT", "ETH/XBT", AssetCatalog.ETH, AssetCatalog.BTC, 5, 6,
                    "0.01", "0.00002", "0.00001"),
            pair("DOGE/USD", "XDGUSD", "XDGUSD", "XDG/USD", AssetCatalog.DOGE, AssetCatalog.USD, 7, 5,
                    "10", "0.5", "0.0000001"),
            pair("SOL/USD", "SOLUSD", "SOLUSD", "SOL/USD", AssetCatalog.SOL, AssetCatalog.USD, 2, 5,
                    "0.02", "0.5", "0.01"));

    private PairCatalog() {
    }

    private static Pair pair(String symbol, String restId, String altname, String wsname, Asset base, Asset quote,
                             int pairDecimals, int costDecimals, String ordermin, String costmin, String tick) {
        return new Pair(symbol, restId, altname, wsname, base, quote, pairDecimals, 8, costDecimals,
                new BigDecimal(ordermin), new BigDecimal(costmin), new BigDecimal(tick));
    }

    /** @return all pairs */
    public static List<Pair> all() {
        return ALL;
    }

    /**
     * Looks a pair up by its WS v2 symbol only (WS v2 rejects v1 names such as {@code XBT/USD}).
     *
     * @param symbol v2 symbol, e.g. {@code BTC/USD}
     * @return the pair, or empty if unknown
     */
    public static Optional<Pair> bySymbol(String symbol) {
        return ALL.stream().filter(p -> p.symbol().equals(symbol)).findFirst();
    }

    /**
     * Looks a pair up by any of its names.
     *
     * @param name v2 symbol ({@code BTC/USD}), REST id ({@code XXBTZUSD}), altname or v1 wsname
     * @return the pair, or empty if unknown
     */
    public static Optional<Pair> find(String name) {
        return ALL.stream().filter(p -> p.isNamed(name)).findFirst();
    }
}
