package com.kafkaconnectkraken.simulator.futures;

import com.kafkaconnectkraken.simulator.transport.RestHandler;
import com.kafkaconnectkraken.simulator.transport.WsEndpoint;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated Kraken Futures (derivatives) venue: the WebSocket v1 endpoint (served at {@code /ws/v1}, like
 * {@code wss://futures.kraken.com/ws/v1}), {@code GET /derivatives/api/v3/instruments}, a seeded market per product and
 * accounts whose private feeds tests drive through this class
 * (https://docs.kraken.com/api/docs/guides/futures-websockets; docs/protocol/kraken-futures.md). It is an independent
 * oracle: its book, signature check and frames are its own. Thread-safe; one instance per simulator.
 *
 * <p>Test hooks: accounts ({@link #addAccount}), account activity ({@link #addFill}, {@link #placeOrder},
 * {@link #fillOrder}, {@link #cancelOrder}, {@link #deposit}, {@link #addNotification}), faults
 * ({@link #injectSeqGap}, {@link #duplicateNextFill}, {@link #dropConnections}) and counters
 * ({@link #subscribeRequests}, {@link #challengesIssued}, {@link #authFailures}, {@link #connectionsAccepted}).
 * Quantities are contracts for inverse products ({@code PI_}, {@code FI_}) and base units for linear ones
 * ({@code PF_}, {@code FF_}); prices are in the quote currency.
 */
public final class FuturesExchange implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FuturesExchange.class);
    private static final long STEP_PERIOD_MS = 10;

    private final FuturesMarket market;
    private final FuturesAccounts accounts = new FuturesAccounts();
    private final FuturesCounters counters = new FuturesCounters();
    private final AccountFeeds accountFeeds;
    private final AccountActivity activity;
    private final FuturesEndpoint endpoint;
    private final InstrumentsRest rest;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kraken-simulator-futures");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param productIds      served product ids, e.g. {@code PF_XBTUSD}; {@code null} for
     *                        {@link FuturesProducts#defaults(LocalDate)} of today (UTC)
     * @param seed            generator seed: the same seed and products give the same book and trade flow
     * @param eventsPerSecond book changes per second over all products; 0 freezes the market (snapshots only)
     * @param clock           time of the frames (epoch ms)
     * @throws IllegalArgumentException if a product id cannot be served, is listed twice, or the rate is negative
     */
    public FuturesExchange(List<String> productIds, long seed, double eventsPerSecond, Clock clock) {
        if (eventsPerSecond < 0 || Double.isNaN(eventsPerSecond)) {
            throw new IllegalArgumentException("futures rate must be >= 0: " + eventsPerSecond);
        }
        List<String> ids = productIds != null ? productIds : FuturesProducts.defaults(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        this.market = new FuturesMarket(ids, seed, eventsPerSecond, clock);
        this.accountFeeds = new AccountFeeds(accounts, market, counters, clock);
        this.activity = new AccountActivity(market, clock);
        this.endpoint = new FuturesEndpoint(market, accountFeeds, counters, clock);
        this.rest = new InstrumentsRest(market, clock);
        log.info("Futures market for {} at {} events/s, seed {}", ids, eventsPerSecond, seed);
    }

    /** Starts the generator and the 1 s heartbeat. */
    public void start() {
        long start = System.nanoTime();
        scheduler.scheduleAtFixedRate(() -> guarded(() -> market.advance(System.nanoTime() - start)),
                STEP_PERIOD_MS, STEP_PERIOD_MS, TimeUnit.MILLISECONDS);
        scheduler.scheduleAtFixedRate(() -> guarded(endpoint::heartbeat), 1, 1, TimeUnit.SECONDS);
    }

    private static void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("Futures timer task failed", e);
        }
    }

    /** Performs {@code n} generator steps now, on the caller's thread (unit tests with rate 0). */
    void step(long n) {
        market.step(n);
    }

    /** Sends one heartbeat round now (unit tests). */
    void heartbeatNow() {
        endpoint.heartbeat();
    }

    /** @return the endpoint served at {@code /ws/v1} */
    public WsEndpoint endpoint() {
        return endpoint;
    }

    /** @return the REST handler served under {@code /derivatives/} */
    public RestHandler restEndpoint() {
        return rest;
    }

    /** @return the served product ids, in configuration order */
    public List<String> productIds() {
        return market.productIds();
    }

    /**
     * Adds an account (idempotent for the same secret).
     *
     * @param apiKey       the key clients send as {@code api_key}
     * @param secretBase64 the base64 API secret challenges are signed with
     * @return the account id its frames carry ({@code account}, {@code username}): a name-based UUID of the key
     * @throws IllegalArgumentException if the secret is not base64 or the key exists with another secret
     */
    public String addAccount(String apiKey, String secretBase64) {
        return accounts.add(apiKey, secretBase64).name;
    }

    /** @return the account id of {@code apiKey}'s frames; throws IllegalArgumentException if there is no such account */
    public String accountName(String apiKey) {
        return accounts.require(apiKey).name;
    }

    /**
     * Books a taker fill without an order and pushes {@code fills} (plus {@code open_positions}, {@code balances}
     * and an {@code account_log} entry); every later {@code fills_snapshot} of the account contains it.
     *
     * @param apiKey    the account
     * @param productId a served product
     * @param side      buy or sell
     * @param qty       positive quantity
     * @param price     positive price
     * @return the fill as sent
     * @throws IllegalArgumentException for an unknown account or product, or a non-positive quantity or price
     */
    public FuturesFill addFill(String apiKey, String productId, FuturesSide side, BigDecimal qty, BigDecimal price) {
        return activity.addFill(accounts.require(apiKey), productId, Objects.requireNonNull(side, "side"), qty, price);
    }

    /** Places a resting limit order without a client id; see {@link #placeOrder(String, String, FuturesSide, BigDecimal, BigDecimal, String)}. */
    public FuturesOrder placeOrder(String apiKey, String productId, FuturesSide side, BigDecimal qty, BigDecimal limitPrice) {
        return placeOrder(apiKey, productId, side, qty, limitPrice, null);
    }

    /**
     * Places a resting limit order and pushes an {@code open_orders} / {@code open_orders_verbose} delta (reason
     * {@code new_placed_order_by_user}). It never fills by itself; use {@link #fillOrder}.
     *
     * @param cliOrdId the client order id, or {@code null}
     * @return the order as sent
     * @throws IllegalArgumentException for an unknown account or product, or a non-positive quantity or price
     */
    public FuturesOrder placeOrder(String apiKey, String productId, FuturesSide side, BigDecimal qty, BigDecimal limitPrice,
                                   String cliOrdId) {
        return activity.placeOrder(accounts.require(apiKey), productId, Objects.requireNonNull(side, "side"), qty,
                limitPrice, cliOrdId);
    }

    /**
     * Fills part or all of an open order at its limit price as maker: an order delta ({@code partial_fill}, or the
     * removal form with {@code full_fill}), then the fill as in {@link #addFill}.
     *
     * @return the fill as sent
     * @throws IllegalArgumentException for an unknown account or order, or a quantity not in (0, remaining]
     */
    public FuturesFill fillOrder(String apiKey, String orderId, BigDecimal qty) {
        return activity.fillOrder(accounts.require(apiKey), orderId, qty);
    }

    /**
     * Cancels an open order: pushes {@code {feed, order_id, cli_ord_id, is_cancel:true, reason:"cancelled_by_user"}}.
     *
     * @return the order as it was
     * @throws IllegalArgumentException for an unknown account or order
     */
    public FuturesOrder cancelOrder(String apiKey, String orderId) {
        return activity.cancelOrder(accounts.require(apiKey), orderId);
    }

    /**
     * Credits the account's multi-collateral ({@code flex}) wallet and pushes {@code balances}.
     *
     * @param currency e.g. {@code USD}
     * @param amount   positive amount
     */
    public void deposit(String apiKey, String currency, BigDecimal amount) {
        activity.deposit(accounts.require(apiKey), Objects.requireNonNull(currency, "currency"), amount);
    }

    /**
     * Publishes a platform notification to every {@code notifications_auth} subscriber (and every later snapshot).
     *
     * @param type     e.g. {@code market}, {@code maintenance}, {@code general}
     * @param priority {@code low}, {@code medium} or {@code high}
     * @param note     the text
     * @return the notification's {@code id} (1, 2, ...)
     */
    public long addNotification(String type, String priority, String note) {
        return accountFeeds.addNotification(type, priority, note).path("id").asLong();
    }

    /** @return the account's fills, oldest first (what a {@code fills_snapshot} carries) */
    public List<FuturesFill> fills(String apiKey) {
        FuturesAccount account = accounts.require(apiKey);
        synchronized (account) {
            return List.copyOf(account.fills);
        }
    }

    /** @return the account's open orders, oldest first */
    public List<FuturesOrder> openOrders(String apiKey) {
        FuturesAccount account = accounts.require(apiKey);
        synchronized (account) {
            return List.copyOf(account.openOrders.values());
        }
    }

    /** @return the account's open positions: product id to signed size (positive = long) */
    public Map<String, BigDecimal> positions(String apiKey) {
        FuturesAccount account = accounts.require(apiKey);
        synchronized (account) {
            return account.positions.values().stream().collect(Collectors.toUnmodifiableMap(Position::instrument,
                    Position::balance));
        }
    }

    /**
     * The next {@code book} delta of the product skips one {@code seq} (e.g. 41 is followed by 43); no level change
     * is lost, so the book stays right, but a client checking contiguity must notice and resubscribe.
     *
     * @throws IllegalArgumentException if the product is not served
     */
    public void injectSeqGap(String productId) {
        market.market(productId).skipNextSeq();
    }

    /** @return the {@code seq} of the product's last book message (what a snapshot taken now carries) */
    public long bookSeq(String productId) {
        return market.market(productId).bookSeq();
    }

    /**
     * The account's next fill is preceded by one extra {@code fills} message repeating the previous fill verbatim
     * (same {@code fill_id} and {@code seq}); with no previous fill, the next fill's message is sent twice. The stored
     * fills (and snapshots) hold every fill once.
     */
    public void duplicateNextFill(String apiKey) {
        FuturesAccount account = accounts.require(apiKey);
        synchronized (account) {
            account.duplicateNextFill = true;
        }
    }

    /** Drops every {@code /ws/v1} connection without a close frame. @return how many were dropped */
    public int dropConnections() {
        return endpoint.dropAll();
    }

    /** @return the number of open {@code /ws/v1} connections */
    public int connectionCount() {
        return endpoint.connectionCount();
    }

    /** @return how many {@code /ws/v1} connections were accepted since start */
    public long connectionsAccepted() {
        return counters.connections();
    }

    /**
     * @param feed      a per-product feed name, e.g. {@code book}
     * @param productId the product id as sent
     * @return how many parsed {@code subscribe} requests named this feed and product (accepted or not)
     */
    public long subscribeRequests(String feed, String productId) {
        return counters.subscribes(feed, Objects.requireNonNull(productId, "productId"));
    }

    /**
     * @param feed a feed without products, e.g. {@code fills} or {@code heartbeat}
     * @return how many parsed {@code subscribe} requests named it (authenticated or not)
     */
    public long subscribeRequests(String feed) {
        return counters.subscribes(feed, null);
    }

    /** @return how many challenges were issued, on all connections */
    public long challengesIssued() {
        return counters.challenges();
    }

    /** @return how many private (un)subscribes were refused with the authentication alert */
    public long authFailures() {
        return counters.authFailures();
    }

    /** Stops the generator and heartbeats (connections are closed by the server). */
    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
