package com.kafkaconnectkraken.simulator.trader;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One FX symbol the Trader venue quotes, e.g. {@code EURUSD}: base {@code EUR}, quote currency {@code USD}, prices
 * with 5 decimals (3 when the quote currency is {@code JPY}), one tick = one unit of the last decimal. Quantities are
 * units of the base currency.
 *
 * @param symbol   six upper-case letters, base then quote currency
 * @param decimals price decimals
 * @param firstMid the mid price the random walk starts from
 */
record SymbolSpec(String symbol, int decimals, BigDecimal firstMid) {

    private static final Pattern FX = Pattern.compile("[A-Z]{6}");
    private static final Map<String, String> FIRST_MIDS = Map.of("EURUSD", "1.08440", "GBPUSD", "1.26850",
            "USDJPY", "151.234", "AUDUSD", "0.65830", "USDCHF", "0.90120", "EURGBP", "0.85480", "EURJPY", "163.950");

    /**
     * @param symbol e.g. {@code EURUSD}
     * @return its spec (known start prices for the common pairs, else 1 or 100 for a {@code JPY} quote)
     * @throws IllegalArgumentException if it is not six upper-case letters
     */
    static SymbolSpec of(String symbol) {
        if (symbol == null || !FX.matcher(symbol).matches()) {
            throw new IllegalArgumentException("A Trader symbol is six upper-case letters, e.g. EURUSD: " + symbol);
        }
        int decimals = symbol.endsWith("JPY") ? 3 : 5;
        String mid = FIRST_MIDS.getOrDefault(symbol, decimals == 3 ? "100.000" : "1.00000");
        return new SymbolSpec(symbol, decimals, new BigDecimal(mid));
    }

    String base() {
        return symbol.substring(0, 3);
    }

    String quoteCurrency() {
        return symbol.substring(3);
    }

    /** @return one price tick, {@code 0.00001} or {@code 0.001} */
    BigDecimal tick() {
        return BigDecimal.ONE.movePointLeft(decimals);
    }

    /** @return {@code ticks} ticks as a price with this symbol's scale */
    BigDecimal price(long ticks) {
        return BigDecimal.valueOf(ticks, decimals);
    }
}
