package com.kafkaconnectkraken.simulator.market;

import com.kafkaconnectkraken.simulator.exchange.market.Pair;
import com.kafkaconnectkraken.simulator.exchange.market.PairCatalog;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * One simulated spot pair as announced on the {@code instrument} channel
 * (https://docs.kraken.com/api/docs/websocket-v2/instrument, docs/protocol/kraken-spot.md §2.5).
 *
 * <p>Pairs the exchange knows ({@link PairCatalog}: BTC/USD, BTC/EUR, ETH/USD, ETH/BTC, DOGE/USD,
 * SOL/USD) take their precisions and minimums from it, so the instrument channel and REST
 * {@code AssetPairs} agree. Prices are kept as integer ticks ({@code 10^-pricePrecision} of the
 * quote currency) and quantities as integer units ({@code 10^-qtyPrecision} of the base currency),
 * so every value on the wire carries exactly the instrument precision (e.g. {@code 0.10000000}).
 *
 * @param symbol         v2 symbol, e.g. {@code BTC/USD}
 * @param base           base asset (quantities), e.g. {@code BTC}
 * @param quote          quote asset (prices), e.g. {@code USD}
 * @param pricePrecision decimals of prices ({@code price_precision})
 * @param qtyPrecision   decimals of quantities ({@code qty_precision})
 * @param costPrecision  decimals of costs ({@code cost_precision})
 * @param qtyMin         minimum order quantity in base currency ({@code qty_min})
 * @param costMin        minimum order cost in quote currency ({@code cost_min})
 * @param startTicks     generator start price in ticks
 */
public record Instrument(String symbol, String base, String quote, int pricePrecision, int qtyPrecision,
                         int costPrecision, BigDecimal qtyMin, BigDecimal costMin, long startTicks) {

    /** Generator start prices in ticks for the exchange's pairs. */
    private static final Map<String, Long> START_TICKS = Map.of(
            "BTC/USD", 300_000L, "BTC/EUR", 280_000L, "ETH/USD", 200_000L,
            "ETH/BTC", 6_500L, "DOGE/USD", 1_000_000L, "SOL/USD", 2_000L);

    /**
     * Returns the exchange's pair, or a generic one (price precision 2, qty precision 8, start
     * price 100.00) for any other well-formed {@code BASE/QUOTE} symbol.
     *
     * @param symbol v2 symbol such as {@code BTC/USD}
     * @return the instrument
     * @throws IllegalArgumentException if the symbol is not {@code BASE/QUOTE} in upper case
     */
    public static Instrument forSymbol(String symbol) {
        int slash = symbol.indexOf('/');
        if (slash <= 0 || slash == symbol.length() - 1 || !symbol.equals(symbol.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Symbol must look like BASE/QUOTE, e.g. BTC/USD: " + symbol);
        }
        return PairCatalog.bySymbol(symbol).map(Instrument::of).orElseGet(() -> new Instrument(symbol,
                symbol.substring(0, slash), symbol.substring(slash + 1), 2, 8, 5, new BigDecimal("0.0001"),
                new BigDecimal("0.5"), 10_000L));
    }

    private static Instrument of(Pair p) {
        long start = START_TICKS.getOrDefault(p.symbol(), BigDecimal.valueOf(100).movePointRight(p.pairDecimals()).longValue());
        return new Instrument(p.symbol(), p.base().wsCode(), p.quote().wsCode(), p.pairDecimals(), p.lotDecimals(),
                p.costDecimals(), p.ordermin(), p.costmin(), start);
    }

    /** @return the price of {@code ticks} with exactly {@link #pricePrecision()} decimals */
    public BigDecimal price(long ticks) {
        return BigDecimal.valueOf(ticks, pricePrecision);
    }

    /** @return the quantity of {@code units} with exactly {@link #qtyPrecision()} decimals */
    public BigDecimal qty(long units) {
        return BigDecimal.valueOf(units, qtyPrecision);
    }

    /** @return the smallest price step ({@code price_increment}) */
    public BigDecimal priceIncrement() {
        return BigDecimal.ONE.movePointLeft(pricePrecision);
    }

    /** @return the smallest quantity step ({@code qty_increment}) */
    public BigDecimal qtyIncrement() {
        return BigDecimal.ONE.movePointLeft(qtyPrecision);
    }
}
