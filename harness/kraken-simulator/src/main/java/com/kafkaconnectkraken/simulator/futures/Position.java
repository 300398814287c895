package com.kafkaconnectkraken.simulator.futures;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One open position of an account: signed size (positive long) and average entry price. Adding to a position averages
 * the entry price by quantity (for inverse contracts too, a simplification); reducing keeps it; flipping through zero
 * starts at the fill price.
 *
 * @param instrument product id
 * @param balance    signed size
 * @param entryPrice average entry price
 */
record Position(String instrument, BigDecimal balance, BigDecimal entryPrice) {

    /** @return the position after a fill; its balance may be zero (the caller removes it) */
    Position apply(FuturesSide side, BigDecimal qty, BigDecimal price) {
        BigDecimal signed = side == FuturesSide.BUY ? qty : qty.negate();
        BigDecimal after = balance.add(signed);
        if (balance.signum() == 0 || balance.signum() == signed.signum()) {
            BigDecimal cost = balance.abs().multiply(entryPrice).add(qty.multiply(price));
            return new Position(instrument, after, cost.divide(after.abs(), MathContext.DECIMAL64));
        }
        if (after.signum() != 0 && after.signum() != balance.signum()) {
            return new Position(instrument, after, price);
        }
        return new Position(instrument, after, entryPrice);
    }

    /** @return unrealised PnL at {@code mark}: linear {@code (mark - entry) * size}, inverse {@code size * (1/entry - 1/mark)} */
    BigDecimal pnl(BigDecimal mark, boolean inverse) {
        if (inverse) {
            BigDecimal perContract = BigDecimal.ONE.divide(entryPrice, MathContext.DECIMAL64)
                    .subtract(BigDecimal.ONE.divide(mark, MathContext.DECIMAL64));
            return balance.multiply(perContract, MathContext.DECIMAL64);
        }
        return mark.subtract(entryPrice).multiply(balance);
    }
}
