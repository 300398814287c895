package com.kafkaconnectkraken.simulator.market;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * One simulated spot pair as announced on the {@code instrument} channel
 * (https://docs.kraken.com/api/docs/websocket-v2/instrument, PROTOCOL.md 2.5).
 *
 * <p>Prices are kept as integer ticks ({@code 10^-pricePrecision} of the quote currency) and
 * quantities as integer units ({@code 10^-qtyPrecision} of the base currency), so every value
 * on the wire carries exactly the instrument precision (e.g. {@code 0.10000000}).
 *
 * @param symbol         v2 symbol, e.g. {@code BTC/USD}
 * @param base           base asset (quantities), e.g. {@code BTC}
 * @param quote          quote asset (prices), e.g. {@code USD}
 * @param pricePrecision decimals of prices ({@code price_precision})
 * @param qtyPrecision   decimals of quantities ({@code qty_precision})
 * @param startTicks     generator start price in ticks
 */
public record Instrument(String symbol, String base, String quote, int pricePrecision, int qtyPrecision,
                         long startTicks) {

    /** Pairs known to the simulator (same precisions as the exchange's AssetPairs table). */
    private static final Map<String, Instrument> KNOWN = Map.of(
            "BTC/USD", new Instrument("BTC/USD", "BTC", "USD", 1, 8, 300_000L),
            "BTC/EUR", new Instrument("BTC/EUR", "BTC", "EUR", 1, 8, 280_000L),
            "ETH/USD", new Instrument("ETH/USD", "ETH", "USD", 2, 8, 200_000L),
            "ETH/BTC", new Instrument("ETH/BTC", "ETH", "BTC", 5, 8, 6_500L),
            "DOGE/USD", new Instrument("DOGE/USD", "DOGE", "USD", 7, 8, 1_000_000L),
            "SOL/USD", new Instrument("SOL/USD", "SOL", "USD", 2, 8, 2_000L));

    /**
     * Returns the known instrument, or a generic one (price precision 2, qty precision 8, start
     * price 100.00) for any other well-formed {@code BASE/QUOTE} symbol.
     *
     * @param symbol v2 symbol such as {@code BTC/USD}
     * @return the instrument
     * @throws IllegalArgumentException if the symbol is not {@code BASE/QUOTE} in upper case
     */
    public static Instrument forSymbol(String symbol) {
        Instrument known = KNOWN.get(symbol);
        if (known != null) {
            return known;
        }
        int slash = symbol.indexOf('/');
        if (slash <= 0 || slash == symbol.length() - 1 || !symbol.equals(symbol.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Symbol must look like BASE/QUOTE, e.g. BTC/USD: " + symbol);
        }
        return new Instrument(symbol, symbol.substring(0, slash), symbol.substring(slash + 1), 2, 8, 10_000L);
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
