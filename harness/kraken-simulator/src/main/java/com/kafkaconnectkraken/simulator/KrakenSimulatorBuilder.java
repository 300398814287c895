package com.kafkaconnectkraken.simulator;

import com.kafkaconnectkraken.simulator.exchange.ExchangeConfig;
import com.kafkaconnectkraken.simulator.futures.FuturesProducts;
import com.kafkaconnectkraken.simulator.trader.TraderSettings;
import com.kafkaconnectkraken.simulator.trader.TraderUser;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Configuration of a {@link KrakenSimulator}. Defaults: port 0 (ephemeral), symbols
 * {@code BTC/USD, ETH/USD}, seed 1, rate 1000 events/s, no replay, idle timeout 60 s,
 * at most 100 000 queued outbound frames per connection, {@link ExchangeConfig#defaults()}, no accounts; Futures
 * ({@code /ws/v1}): {@link FuturesProducts#defaults} products, 50 book changes/s, 60 s idle timeout, no accounts; Trader
 * ({@code /api/v1/ws}): {@link TraderSettings#defaults()} (EURUSD, GBPUSD, USDJPY at 20 quotes/s each, 15 min tokens,
 * ping every 5 s, 5 s pong timeout, no users).
 */
public final class KrakenSimulatorBuilder {

    private int port;
    private List<String> symbols = List.of("BTC/USD", "ETH/USD");
    private long seed = 1;
    private double rate = 1000;
    private String replaySource;
    private Duration idleTimeout = Duration.ofSeconds(60);
    private boolean faultControl;
    private int maxQueuedFrames = 100_000;
    private ExchangeConfig exchangeConfig = ExchangeConfig.defaults();
    private final Map<String, String> accounts = new LinkedHashMap<>();
    private List<String> futuresProducts;
    private double futuresRate = 50;
    private Duration futuresIdleTimeout = Duration.ofSeconds(60);
    private final Map<String, String> futuresAccounts = new LinkedHashMap<>();
    private final TraderSettings traderDefaults = TraderSettings.defaults();
    private List<String> traderSymbols = traderDefaults.symbols();
    private double traderQuoteRate = traderDefaults.quoteRate();
    private BigDecimal traderTopOfBookSize = traderDefaults.topOfBookSize();
    private BigDecimal traderOpeningBalance = traderDefaults.openingBalance();
    private Duration traderTokenLifetime = traderDefaults.tokenLifetime();
    private Duration traderPingInterval = traderDefaults.pingInterval();
    private Duration traderPongTimeout = traderDefaults.pongTimeout();
    private boolean traderEchoClientOrderId = traderDefaults.echoClientOrderId();
    private final List<TraderUser> traderUsers = new ArrayList<>();

    KrakenSimulatorBuilder() {
    }

    /** @param port TCP port on 127.0.0.1; 0 picks a free one */
    public KrakenSimulatorBuilder port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        this.port = port;
        return this;
    }

    /** @param symbols v2 symbols for the generator, e.g. {@code BTC/USD} (ignored in replay mode) */
    public KrakenSimulatorBuilder symbols(String... symbols) {
        return symbols(List.of(symbols));
    }

    /** @param symbols v2 symbols for the generator (ignored in replay mode) */
    public KrakenSimulatorBuilder symbols(List<String> symbols) {
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("At least one symbol is required");
        }
        this.symbols = List.copyOf(symbols);
        return this;
    }

    /** @param seed generator seed: same seed and symbols give the same order flow */
    public KrakenSimulatorBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * @param rate generator: market events per second over all symbols; replay: recorded frames per
     *             second per subscription. 0 freezes the market (snapshots only).
     */
    public KrakenSimulatorBuilder rate(double rate) {
        if (rate < 0 || Double.isNaN(rate)) {
            throw new IllegalArgumentException("rate must be >= 0: " + rate);
        }
        this.rate = rate;
        return this;
    }

    /** @param source JSONL recording to replay instead of generating, or {@code builtin:btcusd} */
    public KrakenSimulatorBuilder replay(String source) {
        this.replaySource = Objects.requireNonNull(source, "source");
        return this;
    }

    /** @param idleTimeout close WebSockets whose client sent nothing for this long (Kraken: about 1 minute) */
    public KrakenSimulatorBuilder idleTimeout(Duration idleTimeout) {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
        }
        this.idleTimeout = idleTimeout;
        return this;
    }

    /** @param maxQueuedFrames slow-consumer limit: a client further behind than this is dropped */
    public KrakenSimulatorBuilder maxQueuedFrames(int maxQueuedFrames) {
        if (maxQueuedFrames < 1) {
            throw new IllegalArgumentException("maxQueuedFrames must be positive: " + maxQueuedFrames);
        }
        this.maxQueuedFrames = maxQueuedFrames;
        return this;
    }

    /** @param config tiers, fees, clock and timers of the simulated exchange */
    public KrakenSimulatorBuilder exchangeConfig(ExchangeConfig config) {
        this.exchangeConfig = Objects.requireNonNull(config, "config");
        return this;
    }

    /**
     * Seeds an account (no balance; use {@code exchange().deposit(...)}).
     *
     * @param apiKey       public key, sent by clients as {@code API-Key}
     * @param secretBase64 base64 API secret clients sign with
     * @throws IllegalArgumentException if the secret is not base64
     */
    public KrakenSimulatorBuilder account(String apiKey, String secretBase64) {
        Objects.requireNonNull(apiKey, "apiKey");
        try {
            Base64.getDecoder().decode(secretBase64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("API secret is not base64", e);
        }
        accounts.put(apiKey, secretBase64);
        return this;
    }

    /**
     * @param productIds Kraken Futures product ids served on {@code /ws/v1}, e.g. {@code PF_XBTUSD},
     *                   {@code PI_ETHUSD}, {@code FI_XBTUSD_250328}
     * @throws IllegalArgumentException if the list is empty or an id is not of the form
     *                                  {@code PF_|PI_|FI_|FF_<base><quote>[_yymmdd]}
     */
    public KrakenSimulatorBuilder futuresProducts(String... productIds) {
        return futuresProducts(List.of(productIds));
    }

    /** @param productIds Kraken Futures product ids served on {@code /ws/v1}; see {@link #futuresProducts(String...)} */
    public KrakenSimulatorBuilder futuresProducts(List<String> productIds) {
        if (productIds.isEmpty()) {
            throw new IllegalArgumentException("At least one futures product is required");
        }
        productIds.forEach(FuturesProducts::requireValid);
        this.futuresProducts = List.copyOf(productIds);
        return this;
    }

    /** @param rate Futures book changes per second over all products (seeded by {@link #seed(long)}); 0 freezes it */
    public KrakenSimulatorBuilder futuresRate(double rate) {
        if (rate < 0 || Double.isNaN(rate)) {
            throw new IllegalArgumentException("futures rate must be >= 0: " + rate);
        }
        this.futuresRate = rate;
        return this;
    }

    /**
     * @param idleTimeout close {@code /ws/v1} connections whose client sent nothing (no frame, no ping) for this long
     *                    (Kraken Futures: 60 s)
     */
    public KrakenSimulatorBuilder futuresIdleTimeout(Duration idleTimeout) {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("futuresIdleTimeout must be positive: " + idleTimeout);
        }
        this.futuresIdleTimeout = idleTimeout;
        return this;
    }

    /**
     * Seeds a Futures account (for the signed-challenge private feeds on {@code /ws/v1}).
     *
     * @param apiKey       the key clients send as {@code api_key}
     * @param secretBase64 the base64 API secret challenges are signed with
     * @throws IllegalArgumentException if the secret is not base64
     */
    public KrakenSimulatorBuilder futuresAccount(String apiKey, String secretBase64) {
        Objects.requireNonNull(apiKey, "apiKey");
        try {
            Base64.getDecoder().decode(secretBase64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("API secret is not base64", e);
        }
        futuresAccounts.put(apiKey, secretBase64);
        return this;
    }

    /** @param symbols Trader FX symbols, e.g. {@code EURUSD} (six upper-case letters); default EURUSD, GBPUSD, USDJPY */
    public KrakenSimulatorBuilder traderSymbols(String... symbols) {
        if (symbols.length == 0) {
            throw new IllegalArgumentException("At least one Trader symbol is required");
        }
        List.of(symbols).forEach(TraderSettings::requireValidSymbol);
        this.traderSymbols = List.of(symbols);
        return this;
    }

    /** @param quotesPerSecond Trader quotes per second per symbol (seeded by {@link #seed(long)}); 0 freezes them; default 20 */
    public KrakenSimulatorBuilder traderQuoteRate(double quotesPerSecond) {
        if (quotesPerSecond < 0 || Double.isNaN(quotesPerSecond)) {
            throw new IllegalArgumentException("Trader quote rate must be >= 0: " + quotesPerSecond);
        }
        this.traderQuoteRate = quotesPerSecond;
        return this;
    }

    /** @param size base units each Trader quote offers at the best bid and at the best ask; default 1 000 000 */
    public KrakenSimulatorBuilder traderTopOfBookSize(BigDecimal size) {
        this.traderTopOfBookSize = Objects.requireNonNull(size, "size");
        return this;
    }

    /** @param usd each Trader account's opening USD balance; default 100 000 */
    public KrakenSimulatorBuilder traderOpeningBalance(BigDecimal usd) {
        this.traderOpeningBalance = Objects.requireNonNull(usd, "usd");
        return this;
    }

    /** @param lifetime {@code exp - iat} of the Trader login JWTs; default 15 minutes */
    public KrakenSimulatorBuilder traderTokenLifetime(Duration lifetime) {
        this.traderTokenLifetime = Objects.requireNonNull(lifetime, "lifetime");
        return this;
    }

    /** @param interval how often the Trader server pings each connection; default 5 s */
    public KrakenSimulatorBuilder traderPingInterval(Duration interval) {
        this.traderPingInterval = Objects.requireNonNull(interval, "interval");
        return this;
    }

    /** @param timeout a Trader connection that leaves a ping without pong for longer is closed (1008); default 5 s */
    public KrakenSimulatorBuilder traderPongTimeout(Duration timeout) {
        this.traderPongTimeout = Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    /** @param echo whether Trader {@code executionEvent}s carry the order's {@code clientOrderId}; default true */
    public KrakenSimulatorBuilder traderEchoClientOrderId(boolean echo) {
        this.traderEchoClientOrderId = echo;
        return this;
    }

    /**
     * Adds a Trader user (login {@code POST /api/v1/login}) owning the given accounts, each opened with the opening
     * balance ({@link #traderOpeningBalance}).
     *
     * @throws IllegalArgumentException for a blank name or password, or no account id
     */
    public KrakenSimulatorBuilder addTraderUser(String username, String password, String... accountIds) {
        traderUsers.add(new TraderUser(username, password, List.of(accountIds)));
        return this;
    }

    /**
     * @param enabled whether to serve the HTTP fault control under {@code /simulator/faults/} (see
     *                {@link FaultControl}; default off: for a harness that runs the simulator as a process)
     */
    public KrakenSimulatorBuilder faultControl(boolean enabled) {
        this.faultControl = enabled;
        return this;
    }

    /** @return a simulator with this configuration, not yet started */
    public KrakenSimulator build() {
        return new KrakenSimulator(this);
    }

    int port() {
        return port;
    }

    boolean faultControl() {
        return faultControl;
    }

    List<String> symbols() {
        return symbols;
    }

    long seed() {
        return seed;
    }

    double rate() {
        return rate;
    }

    String replaySource() {
        return replaySource;
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    int maxQueuedFrames() {
        return maxQueuedFrames;
    }

    ExchangeConfig exchangeConfig() {
        return exchangeConfig;
    }

    /** @return apiKey/secret pairs to seed, in insertion order */
    List<Map.Entry<String, String>> accounts() {
        return new ArrayList<>(accounts.entrySet());
    }

    /** @return the Futures product ids, or {@code null} for the defaults */
    List<String> futuresProducts() {
        return futuresProducts;
    }

    double futuresRate() {
        return futuresRate;
    }

    Duration futuresIdleTimeout() {
        return futuresIdleTimeout;
    }

    /** @return the Trader venue's settings; throws IllegalArgumentException for an invalid combination */
    TraderSettings traderSettings() {
        return new TraderSettings(traderSymbols, seed, traderQuoteRate, traderTopOfBookSize, traderOpeningBalance,
                traderTokenLifetime, traderPingInterval, traderPongTimeout, traderEchoClientOrderId, traderUsers);
    }

    /** @return Futures apiKey/secret pairs to seed, in insertion order */
    List<Map.Entry<String, String>> futuresAccounts() {
        return new ArrayList<>(futuresAccounts.entrySet());
    }
}
