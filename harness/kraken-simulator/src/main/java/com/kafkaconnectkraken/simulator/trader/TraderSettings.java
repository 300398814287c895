package com.kafkaconnectkraken.simulator.trader;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Configuration of the simulated Trader venue.
 *
 * @param symbols           quoted FX symbols, e.g. {@code EURUSD} (six upper-case letters; 5 price decimals, 3 for a
 *                          {@code JPY} quote currency)
 * @param seed              random-walk seed: the same seed and symbols give the same quotes
 * @param quoteRate         quotes per second per symbol; 0 freezes the quotes (change them with {@code setQuote})
 * @param topOfBookSize     base units offered at the best bid and at the best ask by each quote
 * @param openingBalance    each account's opening {@code USD} balance
 * @param tokenLifetime     {@code exp} minus {@code iat} of the JWTs from {@code POST /api/v1/login}
 * @param pingInterval      how often the server pings each connection
 * @param pongTimeout       a connection that leaves a ping without pong for longer is closed (1008 {@code no pong})
 * @param echoClientOrderId whether {@code executionEvent} and history entries carry the order's {@code clientOrderId}
 * @param users             the users who may log in
 */
public record TraderSettings(List<String> symbols, long seed, double quoteRate, BigDecimal topOfBookSize,
                             BigDecimal openingBalance, Duration tokenLifetime, Duration pingInterval,
                             Duration pongTimeout, boolean echoClientOrderId, List<TraderUser> users) {

    /** Default symbols. */
    public static final List<String> DEFAULT_SYMBOLS = List.of("EURUSD", "GBPUSD", "USDJPY");

    /** @throws IllegalArgumentException for no or malformed symbols, a negative rate, non-positive sizes or durations */
    public TraderSettings {
        symbols = List.copyOf(symbols);
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("At least one Trader symbol is required");
        }
        symbols.forEach(SymbolSpec::of);
        if (quoteRate < 0 || Double.isNaN(quoteRate)) {
            throw new IllegalArgumentException("Trader quote rate must be >= 0: " + quoteRate);
        }
        if (topOfBookSize.signum() <= 0 || openingBalance.signum() < 0) {
            throw new IllegalArgumentException("Trader top-of-book size must be positive, opening balance >= 0");
        }
        positive(tokenLifetime, "tokenLifetime");
        positive(pingInterval, "pingInterval");
        positive(pongTimeout, "pongTimeout");
        users = List.copyOf(users);
    }

    /**
     * @param symbol a Trader symbol
     * @throws IllegalArgumentException naming it unless it is six upper-case letters, e.g. {@code EURUSD}
     */
    public static void requireValidSymbol(String symbol) {
        SymbolSpec.of(symbol);
    }

    private static void positive(Duration d, String name) {
        if (Objects.requireNonNull(d, name).isNegative() || d.isZero()) {
            throw new IllegalArgumentException("Trader " + name + " must be positive: " + d);
        }
    }

    /**
     * @return the defaults: {@link #DEFAULT_SYMBOLS}, seed 1, 20 quotes/s per symbol, 1 000 000 at the top of the book,
     *         USD 100 000 per account, 15 min tokens, ping every 5 s, 5 s pong timeout, clientOrderId echoed, no users
     */
    public static TraderSettings defaults() {
        return new TraderSettings(DEFAULT_SYMBOLS, 1, 20, new BigDecimal("1000000"), new BigDecimal("100000"),
                Duration.ofMinutes(15), Duration.ofSeconds(5), Duration.ofSeconds(5), true, List.of());
    }
}
