package com.kafkaconnectkraken.simulator.trader;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of the account currency: 2 decimals, half-even rounding. */
final class Money {

    /** The currency balances, P&amp;L and margin are kept in. */
    static final String ACCOUNT_CURRENCY = "USD";
    static final int SCALE = 2;
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** @return {@code amount} rounded to cents */
    static BigDecimal of(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
