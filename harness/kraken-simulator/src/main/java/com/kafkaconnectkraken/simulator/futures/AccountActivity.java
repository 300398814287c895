package com.kafkaconnectkraken.simulator.futures;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What happens to a simulated Futures account, driven by tests: fills, orders, cancels and deposits. Each operation
 * changes the account under its monitor and publishes the resulting frames to the account's subscribers: a fill sends
 * {@code fills}, {@code open_positions}, {@code balances} (the fee is debited from the {@code flex} wallet for linear
 * contracts, from the {@code F-<base>:<quote>} margin account for inverse ones) and an {@code account_log} entry; order
 * changes send {@code open_orders} and {@code open_orders_verbose} deltas. No margin or balance checks are made.
 */
final class AccountActivity {

    private static final BigDecimal TAKER_FEE = new BigDecimal("0.0005");
    private static final BigDecimal MAKER_FEE = new BigDecimal("0.0002");

    private final FuturesMarket market;
    private final Clock clock;

    AccountActivity(FuturesMarket market, Clock clock) {
        this.market = market;
        this.clock = clock;
    }

    /** A taker fill without an order (a new order id, nothing remaining). */
    FuturesFill addFill(FuturesAccount account, String productId, FuturesSide side, BigDecimal qty, BigDecimal price) {
        FuturesProduct product = market.market(productId).product();
        positive(qty, "qty");
        positive(price, "price");
        synchronized (account) {
            FuturesFill fill = new FuturesFill(product.symbol(), clock.millis(), price, account.fills.size() + 1L,
                    side == FuturesSide.BUY, qty, BigDecimal.ZERO, UUID.randomUUID().toString(), null,
                    UUID.randomUUID().toString(), "taker", fee(product, qty, price, TAKER_FEE),
                    product.settlementCurrency(), "market", "market");
            record(account, product, side, fill);
            return fill;
        }
    }

    /** Places a resting limit order (reason {@code new_placed_order_by_user}). */
    FuturesOrder placeOrder(FuturesAccount account, String productId, FuturesSide side, BigDecimal qty,
                            BigDecimal limitPrice, String cliOrdId) {
        FuturesProduct product = market.market(productId).product();
        positive(qty, "qty");
        positive(limitPrice, "limitPrice");
        synchronized (account) {
            long now = clock.millis();
            FuturesOrder order = new FuturesOrder(product.symbol(), now, now, qty, BigDecimal.ZERO, limitPrice,
                    BigDecimal.ZERO, "limit", UUID.randomUUID().toString(), cliOrdId, side, false);
            account.openOrders.put(order.orderId(), order);
            publishOrder(account, feed -> AccountFrames.orderUpdate(feed, order, "new_placed_order_by_user"));
            return order;
        }
    }

    /** Fills part or all of an open order at its limit price as maker ({@code partial_fill} / {@code full_fill}). */
    FuturesFill fillOrder(FuturesAccount account, String orderId, BigDecimal qty) {
        positive(qty, "qty");
        synchronized (account) {
            FuturesOrder order = open(account, orderId);
            if (qty.compareTo(order.remaining()) > 0) {
                throw new IllegalArgumentException("Fill " + qty + " exceeds what remains of " + orderId + ": " + order.remaining());
            }
            long now = clock.millis();
            FuturesOrder filled = order.withFill(qty, now);
            if (filled.remaining().signum() == 0) {
                account.openOrders.remove(orderId);
                publishOrder(account, feed -> AccountFrames.orderRemoved(feed, filled, "full_fill"));
            } else {
                account.openOrders.put(orderId, filled);
                publishOrder(account, feed -> AccountFrames.orderUpdate(feed, filled, "partial_fill"));
            }
            FuturesProduct product = market.market(order.instrument()).product();
            FuturesFill fill = new FuturesFill(order.instrument(), now, order.limitPrice(), account.fills.size() + 1L,
                    order.side() == FuturesSide.BUY, qty, filled.remaining(), orderId, order.cliOrdId(),
                    UUID.randomUUID().toString(), "maker", fee(product, qty, order.limitPrice(), MAKER_FEE),
                    product.settlementCurrency(), "market", "limit");
            record(account, product, order.side(), fill);
            return fill;
        }
    }

    /** Cancels an open order (reason {@code cancelled_by_user}). */
    FuturesOrder cancelOrder(FuturesAccount account, String orderId) {
        synchronized (account) {
            FuturesOrder order = open(account, orderId);
            account.openOrders.remove(orderId);
            publishOrder(account, feed -> AccountFrames.orderRemoved(feed, order, "cancelled_by_user"));
            return order;
        }
    }

    /** Credits the {@code flex} wallet and sends {@code balances}. */
    void deposit(FuturesAccount account, String currency, BigDecimal amount) {
        positive(amount, "amount");
        synchronized (account) {
            account.flex.merge(currency, amount, BigDecimal::add);
            account.balancesSeq++;
            long now = clock.millis();
            account.publish(FuturesFeed.BALANCES, () -> WalletFrames.balances(FuturesFeed.BALANCES.wireName(), account, market::usdPrice, now));
        }
    }

    private void record(FuturesAccount account, FuturesProduct product, FuturesSide side, FuturesFill fill) {
        FuturesFill previous = account.lastFill();
        account.fills.add(fill);
        Position before = account.positions.get(product.symbol());
        Position after = (before == null ? new Position(product.symbol(), BigDecimal.ZERO, BigDecimal.ZERO) : before)
                .apply(side, fill.qty(), fill.price());
        if (after.balance().signum() == 0) {
            account.positions.remove(product.symbol());
        } else {
            account.positions.put(product.symbol(), after);
        }
        Map<String, BigDecimal> wallet = product.inverse() ? account.marginAccounts : account.flex;
        String walletKey = product.inverse() ? WalletFrames.marginAccount(product) : product.quote();
        BigDecimal oldBalance = wallet.getOrDefault(walletKey, BigDecimal.ZERO);
        BigDecimal newBalance = oldBalance.subtract(fill.feePaid());
        wallet.put(walletKey, newBalance);
        ObjectNode entry = AccountFrames.tradeLogEntry(account.log.size() + 1L, fill, product, before, after, oldBalance,
                newBalance);
        account.log.add(entry);
        account.positionsSeq++;
        account.balancesSeq++;
        publishFill(account, previous, fill, entry);
    }

    private void publishFill(FuturesAccount account, FuturesFill previous, FuturesFill fill, ObjectNode entry) {
        List<FuturesFill> sends = new ArrayList<>(2);
        if (account.duplicateNextFill) {
            account.duplicateNextFill = false;
            sends.add(previous != null ? previous : fill);
        }
        sends.add(fill);
        for (FuturesFill f : sends) {
            account.publish(FuturesFeed.FILLS, () -> AccountFrames.fillsUpdate(account, f));
        }
        long now = fill.time();
        account.publish(FuturesFeed.OPEN_POSITIONS, () -> WalletFrames.positions(account, market, now));
        account.publish(FuturesFeed.BALANCES, () -> WalletFrames.balances(FuturesFeed.BALANCES.wireName(), account, market::usdPrice, now));
        account.publish(FuturesFeed.ACCOUNT_LOG, () -> AccountFrames.logEntry(entry));
    }

    private static void publishOrder(FuturesAccount account, Function<FuturesFeed, ObjectNode> frame) {
        account.publish(FuturesFeed.OPEN_ORDERS, () -> frame.apply(FuturesFeed.OPEN_ORDERS));
        account.publish(FuturesFeed.OPEN_ORDERS_VERBOSE, () -> frame.apply(FuturesFeed.OPEN_ORDERS_VERBOSE));
    }

    private static FuturesOrder open(FuturesAccount account, String orderId) {
        FuturesOrder order = account.openOrders.get(orderId);
        if (order == null) {
            throw new IllegalArgumentException("No open futures order " + orderId + " on account " + account.apiKey);
        }
        return order;
    }

    /** @return the fee: {@code rate} of the notional, in USD for linear and in the base currency for inverse contracts */
    static BigDecimal fee(FuturesProduct product, BigDecimal qty, BigDecimal price, BigDecimal rate) {
        if (product.inverse()) {
            return qty.multiply(rate).divide(price, 12, RoundingMode.HALF_EVEN);
        }
        return qty.multiply(price).multiply(rate);
    }

    private static void positive(BigDecimal value, String name) {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
