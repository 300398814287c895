package com.kafkaconnectkraken.sink.guard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Per-symbol decimal limits parsed from {@code SYMBOL:LIMIT} entries (e.g. {@code BTC/USD:0.5}). */
public final class SymbolLimits {

    private final Map<String, BigDecimal> limits;

    private SymbolLimits(Map<String, BigDecimal> limits) {
        this.limits = Map.copyOf(limits);
    }

    /**
     * @param entries {@code SYMBOL:LIMIT} strings; the limit is a positive decimal
     * @return the parsed limits
     * @throws IllegalArgumentException naming the bad entry
     */
    public static SymbolLimits parse(List<String> entries) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (String entry : entries) {
            int colon = entry.lastIndexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException("entry '" + entry + "' is not SYMBOL:LIMIT");
            }
            String symbol = entry.substring(0, colon).trim();
            BigDecimal limit;
            try {
                limit = new BigDecimal(entry.substring(colon + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("entry '" + entry + "' has no decimal limit", e);
            }
            if (limit.signum() <= 0) {
                throw new IllegalArgumentException("entry '" + entry + "' must have a positive limit");
            }
            if (out.put(symbol, limit) != null) {
                throw new IllegalArgumentException("symbol " + symbol + " is listed twice");
            }
        }
        return new SymbolLimits(out);
    }

    /** @return the symbols that have a limit. */
    public Set<String> symbols() {
        return limits.keySet();
    }

    /** @return the limit for a symbol, if any. */
    public Optional<BigDecimal> limit(String symbol) {
        return Optional.ofNullable(limits.get(symbol));
    }
}
