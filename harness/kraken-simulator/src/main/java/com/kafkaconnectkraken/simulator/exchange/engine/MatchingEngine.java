package com.kafkaconnectkraken.simulator.exchange.engine;

import com.kafkaconnectkraken.client.spot.protocol.ClOrdIds;
import com.kafkaconnectkraken.client.spot.protocol.RateCosts;
import com.kafkaconnectkraken.client.spot.protocol.TradingTier;
import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.account.KrakenIds;
import com.kafkaconnectkraken.simulator.exchange.account.LedgerEntry;
import com.kafkaconnectkraken.simulator.exchange.market.Asset;
import com.kafkaconnectkraken.simulator.exchange.market.Quote;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The simulator's matching engine: own orders trade against the external market's best bid/ask.
 *
 * <ul>
 *   <li>A buy whose limit is at or above the best ask fills at the ask (taker); a sell at or below the best
 *       bid fills at the bid. Market orders fill at once. Fills are always complete (the market is deep).</li>
 *   <li>A resting limit order fills at its own limit price (maker) once {@link #updateMarket} moves the
 *       market through it.</li>
 *   <li>Post-only orders that would take are cancelled ({@code Post only order}); IOC orders that do not
 *       fill at once are cancelled.</li>
 * </ul>
 * Every public method takes the exchange lock (this object's monitor); {@link #locked(Supplier)} lets
 * callers run several steps atomically. Follows https://docs.kraken.com/api/docs/websocket-v2/add_order and
 * https://docs.kraken.com/api/docs/guides/spot-ratelimits.
 */
public final class MatchingEngine {

    private final EngineContext ctx;
    private final Holds holds;
    private final Settlement settlement;
    private final Map<String, Quote> quotes = new ConcurrentHashMap<>();
    private final Map<Account, Long> placed = new HashMap<>();

    /**
     * @param clock    time source for order/ledger times and rate-counter decay
     * @param ids      id generator
     * @param tier     per-pair trading limits
     * @param fees     fee schedule
     * @param listener receives executions and ledger events under the lock
     */
    public MatchingEngine(Clock clock, KrakenIds ids, TradingTier tier, FeeSchedule fees,
                          ExchangeListener listener) {
        this.ctx = new EngineContext(clock, ids, tier, fees, listener);
        this.holds = new Holds(fees);
        this.settlement = new Settlement(ctx);
    }

    /** Runs {@code action} under the exchange lock and returns its result. */
    public synchronized <T> T locked(Supplier<T> action) {
        return action.get();
    }

    /** @return the order store (use under {@link #locked}) */
    public OrderStore orders() {
        return ctx.orders;
    }

    /** @return the trading tier in force */
    public TradingTier tier() {
        return ctx.rates.tier();
    }

    /** @return the fee schedule */
    public FeeSchedule fees() {
        return ctx.fees;
    }

    /** @return the last best bid/ask of {@code symbol}, if the market has been quoted */
    public Optional<Quote> quote(String symbol) {
        return Optional.ofNullable(quotes.get(symbol));
    }

    /** @return the pair's current trading rate counter for {@code account} */
    public synchronized double rateCount(Account account, String symbol) {
        return ctx.rates.value(account, symbol, ctx.now());
    }

    /** @return how many orders {@code account} ever placed (add, batch add, edit replacements) */
    public synchronized long placedCount(Account account) {
        return placed.getOrDefault(account, 0L);
    }

    /**
     * Credits a deposit and books its ledger entry (WS {@code balances} update follows).
     *
     * @return the ledger entry
     */
    public synchronized LedgerEntry deposit(Account account, Asset asset, BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("deposit amount must be positive: " + amount);
        }
        return settlement.deposit(account, asset, amount);
    }

    /**
     * Checks an order as {@link #place} would (open-order limit, duplicate {@code cl_ord_id}, funds) without
     * placing it or touching the rate counter ({@code validate=true}).
     *
     * @throws KrakenRejection the first failed check
     */
    public synchronized void validate(Account account, OrderSpec spec) {
        checkPlaceable(account, List.of(spec));
        checkFunds(account, spec, BigDecimal.ZERO);
    }

    /**
     * Checks a batch as {@link #placeBatch} would, without placing it ({@code validate=true}).
     *
     * @throws KrakenRejection the first failed check
     */
    public synchronized void validateBatch(Account account, List<OrderSpec> specs) {
        checkPlaceable(account, specs);
        specs.forEach(spec -> checkFunds(account, spec, BigDecimal.ZERO));
    }

    /**
     * Places one order: pending_new, new, then trades at once if it crosses the market.
     *
     * @return the accepted order (possibly already filled or cancelled)
     * @throws KrakenRejection {@code EOrder:Orders limit exceeded}, {@code EOrder:Duplicate order},
     *                         {@code EOrder:Rate limit exceeded}, {@code EOrder:Insufficient funds},
     *                         {@code EService:Unavailable} (market order on an unquoted market)
     */
    public synchronized Order place(Account account, OrderSpec spec) {
        checkPlaceable(account, List.of(spec));
        checkFunds(account, spec, BigDecimal.ZERO);
        ctx.rates.charge(account, spec.pair().symbol(), RateCosts.add(), ctx.now());
        return accept(account, spec, null);
    }

    /**
     * Seeds history: places one order like {@link #place} but without charging the trading rate counter
     * (test fixtures that book hundreds of fills at once).
     *
     * @return the accepted order (filled at once when it crosses the market)
     * @throws KrakenRejection as {@link #place}, except {@code EOrder:Rate limit exceeded}
     */
    public synchronized Order seedFill(Account account, OrderSpec spec) {
        checkPlaceable(account, List.of(spec));
        checkFunds(account, spec, BigDecimal.ZERO);
        return accept(account, spec, null);
    }

    /**
     * Places 2..15 orders of one pair as a batch: all are checked first (the whole batch is refused on the
     * first failure), then each is placed in request order; an order that then fails its funds check is
     * accepted and cancelled at once with reason {@code Insufficient funds} (docs/protocol/kraken-spot.md §5.8).
     *
     * @return the orders in request order
     */
    public synchronized List<Order> placeBatch(Account account, List<OrderSpec> specs) {
        checkPlaceable(account, specs);
        ctx.rates.charge(account, specs.get(0).pair().symbol(), RateCosts.batchAdd(specs.size()), ctx.now());
        List<Order> result = new ArrayList<>();
        for (OrderSpec spec : specs) {
            try {
                checkFunds(account, spec, BigDecimal.ZERO);
                result.add(accept(account, spec, null));
            } catch (KrakenRejection e) {
                Order order = register(account, spec, null);
                ctx.emit("pending_new", order, "pending_new", null, null, order.openTime());
                close(order, OrderStatus.CANCELED, "canceled", e.error().substring(e.error().indexOf(':') + 1));
                result.add(order);
            }
        }
        return result;
    }

    /**
     * Amends an open limit order in place (amend_order): new quantity and/or price, same ids.
     *
     * @return the amend id
     * @throws KrakenRejection rate limit, insufficient funds, post-only violation, not amendable
     */
    public synchronized String amend(Order order, BigDecimal qty, BigDecimal price, Boolean postOnly) {
        requireOpen(order);
        if (order.spec().isMarket()) {
            throw KrakenRejection.invalidArgument("order_type");
        }
        BigDecimal newQty = qty == null ? order.qty() : qty;
        BigDecimal newPrice = price == null ? order.limitPrice() : price;
        boolean newPostOnly = postOnly == null ? order.postOnly() : postOnly;
        if (newPostOnly && crossPrice(order.side(), order.pair().symbol(), newPrice) != null) {
            throw new KrakenRejection("EOrder:Post only order");
        }
        Instant now = ctx.now();
        BigDecimal hold = holds.required(order.side(), order.pair().quote(), newQty, newPrice);
        Holds.check(order.account(), order.holdAsset(), hold, order.hold());
        ctx.rates.charge(order.account(), order.pair().symbol(), RateCosts.amend(age(order, now)), now);
        Holds.reserve(order, hold);
        order.amend(newQty, newPrice, newPostOnly);
        ctx.emit("amended", order, OrderStatus.OPEN.ws(), null, "User requested", now);
        matchOnEntry(order);
        return ctx.ids.next('T');
    }

    /**
     * Replaces an open order (edit_order): the original is cancelled, a new order with a new id is placed.
     *
     * @param validateOnly check only, change nothing
     * @return the new order, or {@code null} when {@code validateOnly}
     */
    public synchronized Order edit(Order original, OrderSpec replacement, boolean validateOnly) {
        requireOpen(original);
        if (original.cumQty().compareTo(replacement.qty()) > 0) {
            throw KrakenRejection.invalidArgument("order_qty");
        }
        Account account = original.account();
        checkFunds(account, replacement, original.hold());
        if (validateOnly) {
            return null;
        }
        Instant now = ctx.now();
        ctx.rates.charge(account, original.pair().symbol(), RateCosts.edit(age(original, now)), now);
        close(original, OrderStatus.CANCELED, "canceled", "Order replaced");
        return accept(account, replacement, original.id());
    }

    /**
     * Cancels one open order on user request (cancel_order), charging the age-based rate cost.
     *
     * @throws KrakenRejection {@code EOrder:Unknown order} if it is no longer open, or the rate limit
     */
    public synchronized void cancel(Order order) {
        requireOpen(order);
        Instant now = ctx.now();
        ctx.rates.charge(order.account(), order.pair().symbol(), RateCosts.cancel(age(order, now)), now);
        close(order, OrderStatus.CANCELED, "canceled", "User requested");
    }

    /**
     * Cancels several open orders atomically (batch_cancel): all rate costs are charged per pair first.
     *
     * @return how many were cancelled
     */
    public synchronized int cancelBatch(Account account, List<Order> toCancel) {
        Instant now = ctx.now();
        Map<String, Double> costs = new HashMap<>();
        for (Order o : toCancel) {
            requireOpen(o);
            costs.merge(o.pair().symbol(), RateCosts.cancel(age(o, now)), Double::sum);
        }
        costs.forEach((symbol, cost) -> ctx.rates.charge(account, symbol, cost, now));
        toCancel.forEach(o -> close(o, OrderStatus.CANCELED, "canceled", "User requested"));
        return toCancel.size();
    }

    /**
     * Cancels every open order of {@code account} (cancel_all, dead man's switch); no rate cost.
     *
     * @param reason the executions {@code reason}
     * @return how many were cancelled
     */
    public synchronized int cancelAll(Account account, String reason) {
        List<Order> open = ctx.orders.open(account);
        open.forEach(o -> close(o, OrderStatus.CANCELED, "canceled", reason));
        return open.size();
    }

    /** Records a new best bid/ask and fills every resting order the market moved through (maker fills). */
    public synchronized void updateMarket(String symbol, BigDecimal bestBid, BigDecimal bestAsk) {
        quotes.put(symbol, new Quote(bestBid, bestAsk));
        List<Order> open = ctx.orders.openOnSymbol(symbol);
        for (Order o : open) {
            if (crossPrice(o.side(), symbol, o.limitPrice()) != null) {
                settlement.fill(o, o.limitPrice(), true);
            }
        }
    }

    /** Expires every GTD order whose {@code expire_time} has passed. */
    public synchronized void expireDue() {
        Instant now = ctx.now();
        for (Order o : ctx.orders.allOpen()) {
            Instant expiry = o.spec().expireTime();
            if (expiry != null && !now.isBefore(expiry)) {
                close(o, OrderStatus.EXPIRED, "expired", "Order expired");
            }
        }
    }

    private void checkPlaceable(Account account, List<OrderSpec> specs) {
        String symbol = specs.get(0).pair().symbol();
        if (ctx.orders.openCount(account, symbol) + specs.size() > tier().maxOpenOrders()) {
            throw new KrakenRejection("EOrder:Orders limit exceeded");
        }
        List<String> seen = new ArrayList<>();
        for (OrderSpec spec : specs) {
            String clOrdId = spec.clOrdId();
            if (clOrdId != null && (ctx.orders.findOpenByClOrdId(account, clOrdId).isPresent()
                    || seen.contains(ClOrdIds.key(clOrdId)))) {
                throw new KrakenRejection("EOrder:Duplicate order");
            }
            if (clOrdId != null) {
                seen.add(ClOrdIds.key(clOrdId));
            }
            if (spec.isMarket() && quote(spec.pair().symbol()).isEmpty()) {
                throw new KrakenRejection("EService:Unavailable");
            }
        }
    }

    private void checkFunds(Account account, OrderSpec spec, BigDecimal alreadyHeld) {
        Asset asset = spec.side() == Side.BUY ? spec.pair().quote() : spec.pair().base();
        Holds.check(account, asset, requiredHold(spec), alreadyHeld);
    }

    private BigDecimal requiredHold(OrderSpec spec) {
        BigDecimal price = spec.isMarket() ? quote(spec.pair().symbol()).map(Quote::ask).orElseThrow()
                : spec.limitPrice();
        return holds.required(spec.side(), spec.pair().quote(), spec.qty(), price);
    }

    private Order accept(Account account, OrderSpec spec, String refid) {
        Order order = register(account, spec, refid);
        Holds.reserve(order, requiredHold(spec));
        ctx.emit("pending_new", order, "pending_new", null, null, order.openTime());
        ctx.emit("new", order, OrderStatus.OPEN.ws(), null, null, order.openTime());
        matchOnEntry(order);
        return order;
    }

    private Order register(Account account, OrderSpec spec, String refid) {
        Order order = new Order(ctx.ids.next('O'), account, spec, ctx.now(), refid);
        ctx.orders.add(order);
        placed.merge(account, 1L, Long::sum);
        return order;
    }

    private void matchOnEntry(Order order) {
        BigDecimal price = crossPrice(order.side(), order.pair().symbol(),
                order.spec().isMarket() ? null : order.limitPrice());
        if (price != null && order.postOnly()) {
            close(order, OrderStatus.CANCELED, "canceled", "Post only order");
        } else if (price != null) {
            settlement.fill(order, price, false);
        } else if (order.spec().timeInForce() == TimeInForce.IOC || order.spec().isMarket()) {
            close(order, OrderStatus.CANCELED, "canceled", "Immediate or cancel");
        }
    }

    /** @return the market price a new order would trade at, or {@code null} if it does not cross */
    private BigDecimal crossPrice(Side side, String symbol, BigDecimal limit) {
        Quote q = quotes.get(symbol);
        if (q == null) {
            return null;
        }
        if (side == Side.BUY) {
            return limit == null || limit.compareTo(q.ask()) >= 0 ? q.ask() : null;
        }
        return limit == null || limit.compareTo(q.bid()) <= 0 ? q.bid() : null;
    }

    private static void requireOpen(Order order) {
        if (!order.status().isOpen()) {
            throw new KrakenRejection("EOrder:Unknown order");
        }
    }

    private void close(Order order, OrderStatus status, String execType, String reason) {
        Instant now = ctx.now();
        Holds.release(order);
        order.close(status, now, reason);
        ctx.orders.closed(order);
        ctx.emit(execType, order, status.ws(), null, reason, now);
    }

    /** @return how long {@code order} has rested, the age Kraken's rate counter costs are graded by */
    private static Duration age(Order order, Instant now) {
        return Duration.between(order.openTime(), now);
    }
}
