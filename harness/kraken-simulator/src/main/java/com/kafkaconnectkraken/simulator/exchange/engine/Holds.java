package com.kafkaconnectkraken.simulator.exchange.engine;

import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.market.Asset;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Funds reserved by open orders (REST {@code BalanceEx.hold_trade}): a buy reserves
 * {@code qty × price × (1 + taker fee)} of the quote currency (rounded up to its decimals), a sell reserves
 * {@code qty} of the base currency.
 */
final class Holds {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FeeSchedule fees;

    Holds(FeeSchedule fees) {
        this.fees = fees;
    }

    /** @return what an order of {@code qty} at {@code price} must reserve */
    BigDecimal required(Side side, Asset quote, BigDecimal qty, BigDecimal price) {
        if (side == Side.SELL) {
            return qty;
        }
        BigDecimal factor = BigDecimal.ONE.add(fees.takerPercent().divide(HUNDRED));
        return qty.multiply(price).multiply(factor).setScale(quote.decimals(), RoundingMode.UP);
    }

    /**
     * Checks that {@code account} can reserve {@code amount} of {@code asset} on top of {@code alreadyHeld}.
     *
     * @throws KrakenRejection {@code EOrder:Insufficient funds}
     */
    static void check(Account account, Asset asset, BigDecimal amount, BigDecimal alreadyHeld) {
        if (account.available(asset).add(alreadyHeld).compareTo(amount) < 0) {
            throw new KrakenRejection("EOrder:Insufficient funds");
        }
    }

    /** Sets the order's reservation to {@code amount} (caller checked funds). */
    static void reserve(Order order, BigDecimal amount) {
        order.account().addHold(order.holdAsset(), amount.subtract(order.hold()));
        order.setHold(amount);
    }

    /** Releases the order's whole reservation. */
    static void release(Order order) {
        reserve(order, BigDecimal.ZERO);
    }
}
