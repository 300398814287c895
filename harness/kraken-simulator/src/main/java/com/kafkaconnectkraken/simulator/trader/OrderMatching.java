package com.kafkaconnectkraken.simulator.trader;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills orders against the quotes: a buy takes the ask, a sell the bid, each up to the liquidity left in the current
 * quote (the rest waits for the next quotes); a limit fills only while the quote is at or better than its price
 * (buy: ask <= price, sell: bid >= price); a stop waits until a buy's ask rises to, or a sell's bid falls to, its stop
 * price. {@code IOC} cancels what is left after its first chance to fill, {@code FOK} is cancelled unless it can fill
 * completely at its first chance. Each fill is a {@link Deal}, moves the account's net position (realized P&amp;L into
 * the cash balance) and is reported (execution, portfolio, metrics). Guarded by the venue's lock.
 */
final class OrderMatching {

    private final Map<String, SymbolMarket> markets;
    private final Valuation valuation;
    private final AccountEvents events;
    private final Clock clock;
    /** Open orders by id, in creation order, with their accounts. */
    private final Map<String, TraderAccount> working = new LinkedHashMap<>();
    private final Map<String, TraderOrder> workingOrders = new LinkedHashMap<>();
    private long nextDeal = 1;
    private long nextPosition = 1;

    OrderMatching(Map<String, SymbolMarket> markets, Valuation valuation, AccountEvents events, Clock clock) {
        this.markets = markets;
        this.valuation = valuation;
        this.events = events;
        this.clock = clock;
    }

    /** Works a new or amended order now, and keeps it working while it is open. */
    void work(TraderAccount account, TraderOrder order) {
        boolean firstChance = !workingOrders.containsKey(order.orderId);
        workingOrders.put(order.orderId, order);
        working.put(order.orderId, account);
        attempt(account, order, firstChance);
    }

    /** Works every open order of {@code symbol} against its (new) quote, oldest first. */
    void quoteChanged(String symbol) {
        for (TraderOrder order : new ArrayList<>(workingOrders.values())) {
            if (order.symbol.symbol().equals(symbol)) {
                attempt(working.get(order.orderId), order, false);
            }
        }
    }

    /** Cancels an open order. */
    void cancel(TraderAccount account, TraderOrder order) {
        order.status = OrderStatus.CANCELLED;
        order.updatedAt = clock.instant();
        forget(order);
        events.execution(account, order);
    }

    private void attempt(TraderAccount account, TraderOrder order, boolean firstChance) {
        SymbolMarket market = markets.get(order.symbol.symbol());
        boolean chance = firstChance;
        if (!order.triggered) {
            if (!triggers(order, market)) {
                return;
            }
            order.triggered = true;
            chance = true;
        }
        if (chance && order.timeInForce == TimeInForce.FOK && fillable(order, market).compareTo(order.remaining()) < 0) {
            cancel(account, order);
            return;
        }
        BigDecimal qty = fillable(order, market);
        if (qty.signum() > 0) {
            fill(account, order, market, qty);
        }
        if (!order.status.open()) {
            forget(order);
        } else if (chance && order.timeInForce == TimeInForce.IOC) {
            cancel(account, order);
        }
    }

    private static boolean triggers(TraderOrder order, SymbolMarket market) {
        return order.side == Side.BUY ? market.quote().ask().compareTo(order.stopPrice) >= 0
                : market.quote().bid().compareTo(order.stopPrice) <= 0;
    }

    private static BigDecimal fillable(TraderOrder order, SymbolMarket market) {
        BigDecimal price = market.takePrice(order.side);
        if (order.type.needsPrice() && price.compareTo(order.price) * order.side.sign() > 0) {
            return BigDecimal.ZERO;
        }
        return order.remaining().min(market.available(order.side));
    }

    private void fill(TraderAccount account, TraderOrder order, SymbolMarket market, BigDecimal qty) {
        BigDecimal price = market.takePrice(order.side);
        Instant now = clock.instant();
        market.take(order.side, qty);
        order.fill(qty, price, now);
        account.deals.add(new Deal("deal_" + nextDeal++, order.orderId, order.clientOrderId, order.symbol.symbol(),
                order.side, qty, price, now));
        move(account, order.symbol, order.side, qty, price, now);
        events.execution(account, order);
        events.portfolio(account, order.symbol.symbol());
        events.metrics(account);
    }

    private void move(TraderAccount account, SymbolSpec symbol, Side side, BigDecimal qty, BigDecimal price, Instant now) {
        TraderPosition position = account.openPositions.get(symbol.symbol());
        if (position == null) {
            open(account, symbol, side, qty, price, now);
        } else if (position.side == side) {
            BigDecimal total = position.quantity.add(qty);
            position.avgPrice = TraderOrder.average(position.quantity.multiply(position.avgPrice)
                    .add(qty.multiply(price)), total, symbol.decimals());
            position.quantity = total;
        } else {
            reduce(account, position, qty, price, now);
        }
    }

    private void reduce(TraderAccount account, TraderPosition position, BigDecimal qty, BigDecimal price, Instant now) {
        BigDecimal closed = qty.min(position.quantity);
        BigDecimal perUnit = price.subtract(position.avgPrice).multiply(BigDecimal.valueOf(position.side.sign()));
        BigDecimal pnl = valuation.toAccount(perUnit.multiply(closed), position.symbol.quoteCurrency());
        position.realizedPnl = position.realizedPnl.add(pnl);
        account.realizedPnl = account.realizedPnl.add(pnl);
        account.credit(Money.ACCOUNT_CURRENCY, pnl);
        position.quantity = position.quantity.subtract(closed);
        if (position.quantity.signum() == 0) {
            position.closedAt = now;
            account.openPositions.remove(position.symbol.symbol());
        }
        BigDecimal beyond = qty.subtract(closed);
        if (beyond.signum() > 0) {
            open(account, position.symbol, position.side.opposite(), beyond, price, now);
        }
    }

    private void open(TraderAccount account, SymbolSpec symbol, Side side, BigDecimal qty, BigDecimal price, Instant now) {
        TraderPosition position = new TraderPosition("pos_" + nextPosition++, symbol, side, qty, price, now);
        account.openPositions.put(symbol.symbol(), position);
        account.positions.add(position);
    }

    private void forget(TraderOrder order) {
        workingOrders.remove(order.orderId);
        working.remove(order.orderId);
    }

    /** @return the open orders being worked, oldest first */
    List<TraderOrder> workingOrders() {
        return List.copyOf(workingOrders.values());
    }
}
