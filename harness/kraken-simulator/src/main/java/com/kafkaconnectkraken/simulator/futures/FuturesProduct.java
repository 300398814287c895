package com.kafkaconnectkraken.simulator.futures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One served Kraken Futures contract, derived from its product id
 * (https://docs.kraken.com/api/docs/futures-api/trading/get-instruments; docs/protocol/kraken-futures.md):
 * {@code PF_} linear perpetual, {@code PI_} inverse perpetual, {@code FI_<base><quote>_<yymmdd>} inverse fixed
 * maturity, {@code FF_..._<yymmdd>} linear fixed maturity. Contract specs are the simulator's own plausible values
 * (tick 0.5 for XBT; 0.1 linear / 0.05 inverse for ETH; 0.01 otherwise; inverse contracts are 1 USD each, linear
 * quantities are base units in steps of 0.0001 XBT / 0.001 ETH / 0.1 otherwise); fixed maturities expire at 16:00 UTC.
 *
 * @param symbol       the upper-case product id, e.g. {@code PF_XBTUSD}
 * @param prefix       {@code PF}, {@code PI}, {@code FI} or {@code FF}
 * @param base         base currency code as in the id, e.g. {@code XBT}
 * @param quote        quote currency, e.g. {@code USD}
 * @param maturityTime epoch ms of expiry, 0 for perpetuals
 */
record FuturesProduct(String symbol, String prefix, String base, String quote, long maturityTime) {

    private static final Pattern ID = Pattern.compile("(PF|PI|FI|FF)_([A-Z0-9]{2,10}?)(USDT|USDC|USD|EUR|GBP)(?:_(\\d{6}))?");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    /**
     * @param symbol a product id such as {@code PF_XBTUSD} or {@code FI_XBTUSD_250328}
     * @return its contract
     * @throws IllegalArgumentException if the id has another shape, or a fixed maturity lacks its date (or a
     *                                  perpetual has one)
     */
    static FuturesProduct parse(String symbol) {
        Matcher m = ID.matcher(symbol == null ? "" : symbol);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a Kraken Futures product id (PF_/PI_/FI_/FF_<base><quote>[_yymmdd]): "
                    + symbol);
        }
        boolean fixed = m.group(1).startsWith("F");
        if (fixed != (m.group(4) != null)) {
            throw new IllegalArgumentException((fixed ? "A fixed maturity needs _yymmdd: " : "A perpetual has no date: ")
                    + symbol);
        }
        long maturity = 0;
        if (fixed) {
            try {
                maturity = LocalDate.parse(m.group(4), YYMMDD).atTime(16, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Bad maturity date in " + symbol, e);
            }
        }
        return new FuturesProduct(symbol, m.group(1), m.group(2), m.group(3), maturity);
    }

    /** @return whether the contract never expires ({@code PF_}, {@code PI_}) */
    boolean perpetual() {
        return maturityTime == 0;
    }

    /** @return whether the contract is inverse (margined and settled in the base currency: {@code PI_}, {@code FI_}) */
    boolean inverse() {
        return prefix.endsWith("I");
    }

    /** @return the instruments {@code type}: {@code flexible_futures}, {@code futures_inverse} or {@code futures_vanilla} */
    String type() {
        if (prefix.equals("PF")) {
            return "flexible_futures";
        }
        return inverse() ? "futures_inverse" : "futures_vanilla";
    }

    /** @return the ticker {@code tag}: {@code perpetual} or {@code quarter} */
    String tag() {
        return perpetual() ? "perpetual" : "quarter";
    }

    /** @return the ticker {@code pair}, e.g. {@code XBT:USD} */
    String pair() {
        return base + ":" + quote;
    }

    /** @return the currency fees and PnL are paid in: the quote for linear, the base (XBT as BTC) for inverse */
    String settlementCurrency() {
        if (!inverse()) {
            return quote;
        }
        return base.equals("XBT") ? "BTC" : base;
    }

    /** @return the price increment */
    BigDecimal tickSize() {
        return switch (base) {
            case "XBT" -> new BigDecimal("0.5");
            case "ETH" -> inverse() ? new BigDecimal("0.05") : new BigDecimal("0.1");
            default -> new BigDecimal("0.01");
        };
    }

    /** @return the quantity increment: 1 contract for inverse, a base-unit fraction for linear */
    BigDecimal qtyStep() {
        if (inverse()) {
            return BigDecimal.ONE;
        }
        return switch (base) {
            case "XBT" -> new BigDecimal("0.0001");
            case "ETH" -> new BigDecimal("0.001");
            default -> new BigDecimal("0.1");
        };
    }

    /** @return the contract size: 1 (USD for inverse, one base unit for linear) */
    BigDecimal contractSize() {
        return BigDecimal.ONE;
    }

    /** @return where the generator starts the price */
    BigDecimal startPrice() {
        return switch (base) {
            case "XBT" -> new BigDecimal("60000");
            case "ETH" -> new BigDecimal("3000");
            case "SOL" -> new BigDecimal("150");
            default -> new BigDecimal("100");
        };
    }
}
