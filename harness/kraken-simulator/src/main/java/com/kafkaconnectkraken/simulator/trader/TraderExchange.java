package com.kafkaconnectkraken.simulator.trader;

import com.kafkaconnectkraken.simulator.transport.RestHandler;
import com.kafkaconnectkraken.simulator.transport.WsEndpoint;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
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
 * A simulated Trader WebSocket API venue (docs/protocol/trader-api.md): {@code POST /api/v1/login} answering a JWT,
 * the WebSocket {@code /api/v1/ws?token=<JWT>} with quotes, depth, trading, portfolio, metrics and history, server
 * pings, and test hooks. It is an independent oracle: its token check, matching and frames are its own. Thread-safe;
 * one instance per simulator.
 *
 * <p>Quotes come from a seeded random walk per symbol ({@link TraderSettings#quoteRate()} per second); each quote
 * offers {@link TraderSettings#topOfBookSize()} base units on each side, and market orders larger than that fill over
 * the following quotes. Accounts keep balances, P&amp;L and margin in USD. Test hooks: users and money
 * ({@link #addUser}, {@link #deposit}, {@link #issueToken}), quotes ({@link #setQuote}, {@link #stepQuotes}), faults
 * ({@link #dropConnections}, {@link #withholdNextReply}, {@link #withholdNextAction}, {@link #expireTokens},
 * {@link #ignoreClientPings}, {@link #echoClientOrderId}), state ({@link #orders}, {@link #positions},
 * {@link #balance}) and counters ({@link #logins}, {@link #connections}, {@link #subscribeRequests},
 * {@link #ordersCreated()}, {@link #ordersByClientOrderId}).
 */
public final class TraderExchange implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TraderExchange.class);

    private final TraderSettings settings;
    private final TraderSessions sessions = new TraderSessions();
    private final TraderCounters counters = new TraderCounters();
    private final TraderHooks hooks = new TraderHooks();
    private final TraderUsers users = new TraderUsers();
    private final TraderTokens tokens;
    private final TraderBroker broker;
    private final TraderEndpoint endpoint;
    private final LoginRest rest;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kraken-simulator-trader");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param settings symbols, rates, token lifetime, keep-alive, users
     * @param clock    time of the frames and tokens
     * @throws IllegalArgumentException if a symbol is listed twice, or a user or account id twice
     */
    public TraderExchange(TraderSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Map<String, SymbolMarket> markets = new LinkedHashMap<>();
        for (String symbol : settings.symbols()) {
            if (markets.put(symbol, new SymbolMarket(SymbolSpec.of(symbol), settings.seed(), settings.topOfBookSize(),
                    clock)) != null) {
                throw new IllegalArgumentException("Trader symbol listed twice: " + symbol);
            }
        }
        this.tokens = new TraderTokens(clock);
        this.broker = new TraderBroker(markets, sessions, counters, clock, settings.echoClientOrderId());
        this.endpoint = new TraderEndpoint(sessions, tokens, users, broker, new OrderParsing(markets), hooks, counters);
        this.rest = new LoginRest(users, tokens, settings::tokenLifetime, counters, hooks);
        settings.users().forEach(u -> addUser(u.username(), u.password(), u.accountIds().toArray(String[]::new)));
        log.info("Trader venue for {} at {} quotes/s per symbol, seed {}", settings.symbols(), settings.quoteRate(),
                settings.seed());
    }

    /** Starts the quotes, the 1 s metrics updates and the keep-alive. */
    public void start() {
        if (settings.quoteRate() > 0) {
            long period = Math.max(1, (long) (1_000_000_000L / settings.quoteRate()));
            scheduler.scheduleAtFixedRate(() -> guarded(broker::tick), period, period, TimeUnit.NANOSECONDS);
        }
        scheduler.scheduleAtFixedRate(() -> guarded(broker::publishMetrics), 1, 1, TimeUnit.SECONDS);
        long keepAlive = KeepAlive.period(settings.pingInterval(), settings.pongTimeout()).toMillis();
        KeepAlive task = new KeepAlive(sessions, tokens, settings.pingInterval(), settings.pongTimeout());
        scheduler.scheduleAtFixedRate(() -> guarded(task), keepAlive, keepAlive, TimeUnit.MILLISECONDS);
    }

    private static void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("Trader timer task failed", e);
        }
    }

    /** @return the endpoint served at {@code /api/v1/ws} */
    public WsEndpoint endpoint() {
        return endpoint;
    }

    /** @return the REST handler served under {@code /api/} ({@code POST /api/v1/login}) */
    public RestHandler restEndpoint() {
        return rest;
    }

    /** @return the quoted symbols, in configuration order */
    public List<String> symbols() {
        return settings.symbols();
    }

    /**
     * Adds a user and their accounts, each with the opening USD balance.
     *
     * @param accountIds at least one, none existing yet
     * @throws IllegalArgumentException if the user or an account exists, or the values are blank
     */
    public void addUser(String username, String password, String... accountIds) {
        TraderUser user = new TraderUser(username, password, List.of(accountIds));
        users.add(user.username(), user.password(), user.accountIds());
        user.accountIds().forEach(id -> broker.addAccount(id, username, settings.openingBalance()));
    }

    /**
     * Credits (or, negative, debits) a currency balance and pushes a {@code portfolioEvent} to the account's
     * portfolio subscribers of any symbol.
     *
     * @throws IllegalArgumentException for an unknown account
     */
    public void deposit(String accountId, String currency, BigDecimal amount) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        broker.read(accountId, a -> {
            a.credit(currency, amount);
            settings.symbols().forEach(s -> broker.events().portfolio(a, s));
            return null;
        });
    }

    /** @return a token for {@code username} as {@code POST /api/v1/login} would give it */
    public String issueToken(String username) {
        return issueToken(username, settings.tokenLifetime());
    }

    /**
     * @param lifetime {@code exp - iat}; zero or negative gives an already expired token
     * @return a signed token for {@code username}
     * @throws IllegalArgumentException for an unknown user
     */
    public String issueToken(String username, Duration lifetime) {
        if (!users.exists(username)) {
            throw new IllegalArgumentException("No Trader user " + username);
        }
        return tokens.issue(username, lifetime);
    }

    /** @return the symbol's current quote; throws IllegalArgumentException if it is not quoted */
    public Quote quote(String symbol) {
        Quote quote = broker.quote(symbol);
        if (quote == null) {
            throw new IllegalArgumentException("Symbol not quoted: " + symbol);
        }
        return quote;
    }

    /**
     * Sets a symbol's quote (fresh top-of-book liquidity), publishes {@code quoteEvent}/{@code depthEvent} and works
     * the open orders against it, before returning; the random walk continues from it. With
     * {@link TraderSettings#quoteRate()} 0 this makes fills deterministic.
     *
     * @throws IllegalArgumentException for an unknown symbol, bid >= ask, a non-positive price or too many decimals
     */
    public Quote setQuote(String symbol, BigDecimal bid, BigDecimal ask) {
        return broker.setQuote(symbol, bid, ask);
    }

    /** Moves every symbol's random walk one step now (as the timer does) and works the open orders. */
    public void stepQuotes() {
        broker.tick();
    }

    /** @return snapshots of the account's orders, oldest first; throws IllegalArgumentException if unknown */
    public List<TraderOrderState> orders(String accountId) {
        return broker.read(accountId, a -> a.orders.values().stream().map(TraderOrderState::of).toList());
    }

    /** @return snapshots of the account's positions, open and closed, oldest first */
    public List<TraderPositionState> positions(String accountId) {
        return broker.read(accountId, a -> a.positions.stream().map(TraderPositionState::of).toList());
    }

    /** @return the account's balance in {@code currency} (0 if it has none) */
    public BigDecimal balance(String accountId, String currency) {
        return broker.read(accountId, a -> a.balances.getOrDefault(currency, BigDecimal.ZERO));
    }

    /** Drops every {@code /api/v1/ws} connection without a close frame. @return how many were dropped */
    public int dropConnections() {
        List<TraderSession> all = sessions.snapshot();
        all.forEach(TraderSession::abort);
        return all.size();
    }

    /**
     * The next trading action ({@code createOrder}, {@code cancelOrder}, {@code amendOrder}, {@code closePosition},
     * {@code amendPosition}) from any connection is executed, but nothing it produces at once reaches the connection
     * that sent it: neither its answering {@code executionEvent}(s) (for a market order also its immediate fills) or
     * {@code portfolioEvent}/{@code metricsEvent}, nor its {@code error}. Events after that (later fills, other
     * actions) are sent as usual; other connections see everything. Calls add up.
     */
    public void withholdNextReply() {
        hooks.withholdNextReply();
    }

    /** The next trading action from any connection is dropped: not executed, not answered, not counted. Calls add up. */
    public void withholdNextAction() {
        hooks.withholdNextAction();
    }

    /**
     * Every token issued so far counts as expired from now on: open connections are closed with 1008
     * {@code token expired} within a few milliseconds, and connecting with one is refused the same way.
     */
    public void expireTokens() {
        tokens.expireAll();
    }

    /**
     * @param unavailable {@code true}: every login answers HTTP 503 {@code SERVICE_UNAVAILABLE} (the venue's
     *                    maintenance or an overloaded auth service) until switched off; open connections stay open
     */
    public void loginUnavailable(boolean unavailable) {
        hooks.loginUnavailable(unavailable);
    }

    /** @param ignore {@code true}: ping frames from clients are not answered with pong (server pings go on) */
    public void ignoreClientPings(boolean ignore) {
        hooks.ignoreClientPings(ignore);
    }

    /** @param echo whether {@code executionEvent}s and history entries carry {@code clientOrderId} from now on */
    public void echoClientOrderId(boolean echo) {
        broker.events().echoClientOrderId(echo);
    }

    /** @return the number of open, authenticated {@code /api/v1/ws} connections */
    public int openConnections() {
        return sessions.size();
    }

    /** @return how many {@code /api/v1/ws} connections were accepted with a valid token since start */
    public long connections() {
        return counters.connections();
    }

    /** @return how many {@code /api/v1/ws} connections were closed at once for a bad or expired token */
    public long refusedConnections() {
        return counters.refusedConnections();
    }

    /** @return how many logins succeeded */
    public long logins() {
        return counters.logins();
    }

    /** @return how many logins were refused (HTTP 401) */
    public long loginFailures() {
        return counters.loginFailures();
    }

    /** @return how many {@code subscribe} messages arrived (valid or not) */
    public long subscribeRequests() {
        return counters.messages("subscribe");
    }

    /** @param type a message type, e.g. {@code createOrder}; @return how many messages of it arrived (valid or not) */
    public long messages(String type) {
        return counters.messages(type);
    }

    /** @return how many {@code createOrder}s were executed (accepted; refused and withheld actions not counted) */
    public long ordersCreated() {
        return counters.ordersCreated();
    }

    /** @return how many executed {@code createOrder}s carried this {@code clientOrderId} (a duplicate shows as 2) */
    public long ordersByClientOrderId(String clientOrderId) {
        return counters.ordersCreated(clientOrderId);
    }

    /** Stops the quotes, metrics and keep-alive (connections are closed by the server). */
    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
