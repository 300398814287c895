package com.kafkaconnectkraken.simulator.trader;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The Trader venue's trading state behind one lock: quotes, accounts, orders and positions, and the trading actions
 * of docs/protocol/trader-api.md §3 with their answers (§4): {@code createOrder} → {@code executionEvent}
 * {@code ACCEPTED}, then one per fill; {@code cancelOrder} → {@code CANCELLED}; {@code amendOrder} → an
 * {@code executionEvent} with the new values; {@code closePosition} → the closing order's events (carrying
 * {@code positionId}) and a {@code portfolioEvent}; {@code amendPosition} → a {@code portfolioEvent}. A refused action
 * executes nothing and is answered with {@code error} (§6). Thread-safe (synchronized).
 */
final class TraderBroker {

    private final Map<String, SymbolMarket> markets;
    private final Map<String, TraderAccount> accounts = new LinkedHashMap<>();
    private final Valuation valuation;
    private final AccountEvents events;
    private final OrderMatching matching;
    private final TraderSessions sessions;
    private final TraderCounters counters;
    private final Clock clock;
    private long nextOrder = 1;

    TraderBroker(Map<String, SymbolMarket> markets, TraderSessions sessions, TraderCounters counters, Clock clock,
                 boolean echoClientOrderId) {
        this.markets = markets;
        this.sessions = sessions;
        this.counters = counters;
        this.clock = clock;
        this.valuation = new Valuation(markets);
        this.events = new AccountEvents(sessions, valuation, clock, echoClientOrderId);
        this.matching = new OrderMatching(markets, valuation, events, clock);
    }

    AccountEvents events() {
        return events;
    }

    Valuation valuation() {
        return valuation;
    }

    /** Runs one action of {@code session}; a {@link RequestRefused} is answered with {@code error}. */
    synchronized void act(TraderSession session, boolean withhold, Runnable action) {
        events.begin(session, withhold);
        try {
            action.run();
        } catch (RequestRefused e) {
            events.error(e);
        } finally {
            events.end();
        }
    }

    synchronized void addAccount(String accountId, String owner, BigDecimal openingBalance) {
        if (accounts.containsKey(accountId)) {
            throw new IllegalArgumentException("Trader account exists: " + accountId);
        }
        accounts.put(accountId, new TraderAccount(accountId, owner, openingBalance));
    }

    /** @return the account, for the venue's own use (test hooks); throws IllegalArgumentException if unknown */
    TraderAccount account(String accountId) {
        TraderAccount account = accounts.get(accountId);
        if (account == null) {
            throw new IllegalArgumentException("No Trader account " + accountId);
        }
        return account;
    }

    /**
     * @return the account if {@code session}'s user owns it
     * @throws RequestRefused {@code UNKNOWN_ACCOUNT} otherwise (also for a missing id)
     */
    TraderAccount owned(TraderSession session, String accountId) {
        TraderAccount account = accountId == null ? null : accounts.get(accountId);
        if (account == null || !account.owner.equals(session.username())) {
            throw new RequestRefused(RequestRefused.UNKNOWN_ACCOUNT, "unknown account: " + accountId);
        }
        return account;
    }

    /** Steps every symbol's quote, publishes it and works the open orders against it. */
    synchronized void tick() {
        for (SymbolMarket market : markets.values()) {
            market.step();
            quoteChanged(market);
        }
    }

    /** Sets one symbol's quote (test hook), publishes it and works the open orders against it. */
    synchronized Quote setQuote(String symbol, BigDecimal bid, BigDecimal ask) {
        SymbolMarket market = markets.get(symbol);
        if (market == null) {
            throw new IllegalArgumentException("Symbol not quoted: " + symbol + " (quoted: " + markets.keySet() + ")");
        }
        Quote quote = market.set(bid, ask);
        quoteChanged(market);
        return quote;
    }

    private void quoteChanged(SymbolMarket market) {
        String symbol = market.spec().symbol();
        String quoteFrame = market.quote().frame();
        Map<Integer, String> depthFrames = new LinkedHashMap<>();
        for (TraderSession s : sessions.all()) {
            if (s.subscribed(symbol, "quoteEvent")) {
                s.send(quoteFrame);
            }
            int depth = s.depth(symbol);
            if (depth > 0) {
                s.send(depthFrames.computeIfAbsent(depth, market::depthFrame));
            }
        }
        matching.quoteChanged(symbol);
    }

    /** @return the depth snapshot of {@code symbol} to {@code depth} levels (for a new depth subscription) */
    synchronized String depthFrame(String symbol, int depth) {
        return markets.get(symbol).depthFrame(depth);
    }

    /** Sends a {@code metricsEvent} of every account to its metrics subscribers (periodic update). */
    synchronized void publishMetrics() {
        accounts.values().forEach(events::metrics);
    }

    /** Sends one {@code metricsEvent} of {@code accountId} to its metrics subscribers. */
    synchronized void publishMetrics(String accountId) {
        events.metrics(account(accountId));
    }

    /** {@code createOrder}: checks the account and its margin, accepts, then works the order. */
    void createOrder(TraderSession session, OrderRequest request) {
        TraderAccount account = owned(session, request.accountId());
        BigDecimal needed = valuation.margin(request.symbol(), added(account, request));
        if (needed.compareTo(valuation.freeMargin(account)) > 0) {
            throw new RequestRefused(RequestRefused.INSUFFICIENT_MARGIN, "order needs " + needed.toPlainString()
                    + " " + Money.ACCOUNT_CURRENCY + " margin, free margin is " + valuation.freeMargin(account).toPlainString());
        }
        TraderOrder order = new TraderOrder("ord_" + nextOrder++, request, null, session.id(), clock.instant());
        account.orders.put(order.orderId, order);
        counters.orderCreated(request.clientOrderId());
        events.execution(account, order);
        matching.work(account, order);
    }

    /** @return how much the order adds to the account's exposure in its symbol (what it needs margin for) */
    private static BigDecimal added(TraderAccount account, OrderRequest request) {
        TraderPosition position = account.openPositions.get(request.symbol().symbol());
        if (position == null || position.side == request.side()) {
            return request.quantity();
        }
        return request.quantity().subtract(position.quantity).max(BigDecimal.ZERO);
    }

    /** {@code cancelOrder}. */
    void cancelOrder(TraderSession session, String accountId, String orderId) {
        TraderAccount account = owned(session, accountId);
        matching.cancel(account, openOrder(account, orderId));
    }

    TraderOrder openOrder(TraderAccount account, String orderId) {
        TraderOrder order = orderId == null ? null : account.orders.get(orderId);
        if (order == null || !order.status.open()) {
            throw new RequestRefused(RequestRefused.ORDER_NOT_FOUND, "no open order " + orderId + " in account "
                    + account.accountId);
        }
        return order;
    }

    /** {@code amendOrder}: applies the validated new values, reports them, then works the order. */
    void amendOrder(TraderSession session, String accountId, String orderId, OrderAmendment amendment) {
        TraderAccount account = owned(session, accountId);
        TraderOrder order = openOrder(account, orderId);
        amendment.applyTo(order);
        order.updatedAt = clock.instant();
        events.execution(account, order);
        matching.work(account, order);
    }

    /** {@code closePosition}: a market order opposite the position for all or part of it. */
    void closePosition(TraderSession session, String accountId, String positionId, BigDecimal quantity) {
        TraderAccount account = owned(session, accountId);
        TraderPosition position = openPosition(account, positionId);
        BigDecimal qty = quantity == null ? position.quantity : quantity;
        if (qty.compareTo(position.quantity) > 0) {
            throw new RequestRefused(RequestRefused.INVALID_QUANTITY, "quantity " + qty.toPlainString()
                    + " exceeds the position's " + position.quantity.toPlainString());
        }
        events.portfolioToRequester();
        OrderRequest request = new OrderRequest(accountId, null, position.symbol, position.side.opposite(),
                OrderType.MARKET, TimeInForce.GTC, qty, null, null);
        TraderOrder order = new TraderOrder("ord_" + nextOrder++, request, positionId, session.id(), clock.instant());
        account.orders.put(order.orderId, order);
        events.execution(account, order);
        matching.work(account, order);
        if (!events.portfolioSent()) {
            events.portfolio(account, position.symbol.symbol());
        }
    }

    /** {@code amendPosition}: sets or clears stop loss and take profit (kept on the position, not triggered). */
    void amendPosition(TraderSession session, String accountId, String positionId, PositionAmendment amendment) {
        TraderAccount account = owned(session, accountId);
        TraderPosition position = openPosition(account, positionId);
        amendment.applyTo(position);
        events.portfolioToRequester();
        events.portfolio(account, position.symbol.symbol());
    }

    private static TraderPosition openPosition(TraderAccount account, String positionId) {
        TraderPosition position = positionId == null ? null : account.position(positionId);
        if (position == null || !position.open()) {
            throw new RequestRefused(RequestRefused.POSITION_NOT_FOUND, "no open position " + positionId
                    + " in account " + account.accountId);
        }
        return position;
    }

    /** Answers a history query of {@code type} ({@code orderHistory}, {@code positionHistory}, {@code dealHistory}). */
    void history(TraderSession session, String type, HistoryQuery query) {
        TraderAccount account = owned(session, query.accountId());
        session.send(HistoryReplies.reply(type, account, query, valuation, events.echoClientOrderId()));
    }

    /** Runs {@code reader} on the account under the lock (test hooks). */
    synchronized <T> T read(String accountId, Function<TraderAccount, T> reader) {
        return reader.apply(account(accountId));
    }

    /** @return the current quote of {@code symbol}, or {@code null} if it is not served */
    synchronized Quote quote(String symbol) {
        SymbolMarket market = markets.get(symbol);
        return market == null ? null : market.quote();
    }
}
