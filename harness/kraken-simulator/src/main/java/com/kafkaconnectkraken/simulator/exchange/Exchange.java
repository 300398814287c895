package com.kafkaconnectkraken.simulator.exchange;

import com.kafkaconnectkraken.client.spot.protocol.ClOrdIds;
import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.account.Accounts;
import com.kafkaconnectkraken.simulator.exchange.account.KrakenIds;
import com.kafkaconnectkraken.simulator.exchange.account.LedgerEntry;
import com.kafkaconnectkraken.simulator.exchange.account.TokenStore;
import com.kafkaconnectkraken.simulator.exchange.account.Trade;
import com.kafkaconnectkraken.simulator.exchange.engine.DeadManSwitch;
import com.kafkaconnectkraken.simulator.exchange.engine.MatchingEngine;
import com.kafkaconnectkraken.simulator.exchange.engine.OrderSpec;
import com.kafkaconnectkraken.simulator.exchange.engine.Side;
import com.kafkaconnectkraken.simulator.exchange.engine.TimeInForce;
import com.kafkaconnectkraken.simulator.exchange.market.Asset;
import com.kafkaconnectkraken.simulator.exchange.market.AssetCatalog;
import com.kafkaconnectkraken.simulator.exchange.market.Pair;
import com.kafkaconnectkraken.simulator.exchange.market.PairCatalog;
import com.kafkaconnectkraken.simulator.exchange.rest.RestRateLimit;
import com.kafkaconnectkraken.simulator.exchange.rest.RestRouter;
import com.kafkaconnectkraken.simulator.exchange.ws.PrivateEndpoint;
import com.kafkaconnectkraken.simulator.exchange.ws.PrivatePublisher;
import com.kafkaconnectkraken.simulator.transport.RestHandler;
import com.kafkaconnectkraken.simulator.transport.TokenVerifier;
import com.kafkaconnectkraken.simulator.transport.WsEndpoint;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small but real Kraken Spot exchange: accounts and API keys, balances, ledger, own trades, a matching
 * engine against the market's best bid/ask, the private WS v2 endpoint ({@code executions},
 * {@code balances}, all trading methods) and the REST API (public and private), speaking the protocol of
 * docs/protocol/kraken-spot.md with Kraken's error strings. One instance per simulator; thread-safe.
 *
 * <p>Seeding: {@link #addAccount(String, String)}, {@link #deposit(String, String, BigDecimal)}. Test
 * accessors: {@link #openOrders}, {@link #orders}, {@link #ordersByClOrdId}, {@link #ledgerEntries},
 * {@link #balances}, {@link #ordersPlaced}. Faults: {@link #faults()}. Call {@link #close()} to stop timers.
 */
public final class Exchange implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Exchange.class);

    private final Accounts accounts = new Accounts();
    private final TokenStore tokens;
    private final PrivatePublisher publisher = new PrivatePublisher();
    private final MatchingEngine engine;
    private final DeadManSwitch deadManSwitch;
    private final PrivateEndpoint privateEndpoint;
    private final RestRouter restRouter;
    private final ExchangeFaults faults;
    private final ScheduledExecutorService scheduler;

    /** An exchange with {@link ExchangeConfig#defaults()}. */
    public Exchange() {
        this(ExchangeConfig.defaults());
    }

    /** @param config tiers, fees, clock and timer settings */
    public Exchange(ExchangeConfig config) {
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kraken-sim-exchange");
            t.setDaemon(true);
            return t;
        });
        this.tokens = new TokenStore(config.clock(), config.tokenTtl());
        this.engine = new MatchingEngine(config.clock(), new KrakenIds(), config.tradingTier(), config.fees(),
                publisher);
        this.deadManSwitch = new DeadManSwitch(engine, scheduler, config.clock());
        this.faults = new ExchangeFaults(tokens, publisher);
        this.privateEndpoint = new PrivateEndpoint(engine, tokens, deadManSwitch, publisher, scheduler,
                faults::tradingAckDelayMillis, config.clock());
        this.restRouter = new RestRouter(accounts, engine, tokens,
                new RestRateLimit(config.restTier(), config.historyCallCost(), config.clock()), config.clock(),
                faults::takeRestFailure, faults::historyPagesUnsorted);
        long tick = config.heartbeatInterval().toMillis();
        scheduler.scheduleAtFixedRate(this::tick, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** @return the private WS v2 endpoint, served at {@code /auth/v2} (always the same instance) */
    public WsEndpoint privateEndpoint() {
        return privateEndpoint;
    }

    /** @return the REST endpoint, served at {@code /0/public/*} and {@code /0/private/*} */
    public RestHandler restEndpoint() {
        return restRouter;
    }

    /** @return the WS token verifier (tokens from {@code GetWebSocketsToken}, 15 minutes to first use) */
    public TokenVerifier tokens() {
        return tokens;
    }

    /** @return runtime fault switches */
    public ExchangeFaults faults() {
        return faults;
    }

    /**
     * Records the market's best bid/ask; resting orders the market moved through fill at their limit price.
     *
     * @param symbol  WS v2 symbol, e.g. {@code BTC/USD}
     * @param bestBid best bid in quote currency
     * @param bestAsk best ask in quote currency
     */
    public void updateMarket(String symbol, BigDecimal bestBid, BigDecimal bestAsk) {
        engine.updateMarket(Objects.requireNonNull(symbol), Objects.requireNonNull(bestBid),
                Objects.requireNonNull(bestAsk));
    }

    /**
     * Adds an API key (idempotent for the same secret).
     *
     * @param apiKey       public key sent as {@code API-Key}
     * @param secretBase64 base64 secret used to verify {@code API-Sign}
     * @throws IllegalArgumentException if the secret is not base64 or the key exists with another secret
     */
    public void addAccount(String apiKey, String secretBase64) {
        accounts.add(apiKey, secretBase64);
    }

    /**
     * Credits a deposit (ledger type {@code deposit}; a WS {@code balances} update is pushed).
     *
     * @param apiKey account
     * @param asset  any asset name: v2 code ({@code BTC}), REST id ({@code XXBT}) or altname ({@code XBT})
     * @param amount positive amount
     * @return the ledger id of the deposit
     */
    public String deposit(String apiKey, String asset, BigDecimal amount) {
        Asset a = AssetCatalog.find(asset).orElseThrow(() -> new IllegalArgumentException("unknown asset " + asset));
        return engine.deposit(accounts.require(apiKey), a, amount).id();
    }

    /**
     * Seeds the own trade history: a market order filled at once at the quoted price (one closed order,
     * one trade, two ledger entries, executions pushed), without charging the trading rate counter.
     *
     * @param apiKey account (must hold the funds)
     * @param symbol WS v2 symbol with a quote ({@link #updateMarket}), e.g. {@code BTC/USD}
     * @param side   {@code buy} or {@code sell}
     * @param qty    quantity in base currency
     * @return the filled order
     * @throws com.kafkaconnectkraken.simulator.exchange.engine.KrakenRejection if the funds or the quote are missing
     */
    public OrderView fill(String apiKey, String symbol, String side, BigDecimal qty) {
        Pair pair = PairCatalog.find(symbol).orElseThrow(() -> new IllegalArgumentException("unknown pair " + symbol));
        OrderSpec spec = new OrderSpec(pair, Side.parse(side), "market", qty, null, null, null, TimeInForce.GTC, null, false);
        Account account = accounts.require(apiKey);
        return engine.locked(() -> OrderView.of(engine.seedFill(account, spec)));
    }

    /** @return open orders of {@code apiKey}, oldest first */
    public List<OrderView> openOrders(String apiKey) {
        Account account = accounts.require(apiKey);
        return engine.locked(() -> engine.orders().open(account).stream().map(OrderView::of).toList());
    }

    /** @return every order of {@code apiKey} ever accepted, oldest first */
    public List<OrderView> orders(String apiKey) {
        Account account = accounts.require(apiKey);
        return engine.locked(() -> engine.orders().all(account).stream().map(OrderView::of).toList());
    }

    /** @return every order (any status) of {@code apiKey} with this {@code cl_ord_id} (either UUID form) */
    public List<OrderView> ordersByClOrdId(String apiKey, String clOrdId) {
        String key = ClOrdIds.key(clOrdId);
        return orders(apiKey).stream()
                .filter(o -> o.clOrdId() != null && ClOrdIds.key(o.clOrdId()).equals(key)).toList();
    }

    /** @return the ledger of {@code apiKey}, oldest first */
    public List<LedgerEntry> ledgerEntries(String apiKey) {
        Account account = accounts.require(apiKey);
        return engine.locked(() -> account.ledger().entries());
    }

    /** @return own trades of {@code apiKey} (as served by REST {@code TradesHistory}), oldest first */
    public List<Trade> trades(String apiKey) {
        Account account = accounts.require(apiKey);
        return engine.locked(() -> List.copyOf(account.trades()));
    }

    /** @return balances of {@code apiKey} keyed by WS v2 asset code ({@code BTC}, {@code USD}) */
    public Map<String, BigDecimal> balances(String apiKey) {
        Account account = accounts.require(apiKey);
        return engine.locked(() -> {
            Map<String, BigDecimal> result = new LinkedHashMap<>();
            account.balances().forEach((asset, amount) -> result.put(asset.wsCode(), amount));
            return result;
        });
    }

    /** @return how many orders {@code apiKey} has placed (accepted add/batch/edit orders; not validate-only) */
    public long ordersPlaced(String apiKey) {
        return engine.placedCount(accounts.require(apiKey));
    }

    /** @return {@code true} while {@code apiKey}'s dead man's switch is armed */
    public boolean deadManSwitchArmed(String apiKey) {
        return deadManSwitch.isArmed(accounts.require(apiKey));
    }

    /** @return the number of connected private WebSocket clients */
    public int privateConnectionCount() {
        return publisher.connectionCount();
    }

    private void tick() {
        try {
            engine.expireDue();
            privateEndpoint.heartbeat();
        } catch (RuntimeException e) {
            log.warn("Exchange timer tick failed", e);
        }
    }

    /** Stops heartbeats, GTD expiry and pending dead man's switch timers. */
    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
