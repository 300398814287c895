package com.kafkaconnectkraken.simulator.trader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One trading account: cash balances per currency (P&amp;L settles in {@link Money#ACCOUNT_CURRENCY}), open positions
 * net per symbol, and its orders, deals and positions since start (the history queries' source). Not thread-safe:
 * guarded by the venue's lock.
 */
final class TraderAccount {

    final String accountId;
    final String owner;
    final Map<String, BigDecimal> balances = new LinkedHashMap<>();
    /** Open positions by symbol. */
    final Map<String, TraderPosition> openPositions = new LinkedHashMap<>();
    /** Every position ever opened, oldest first. */
    final List<TraderPosition> positions = new ArrayList<>();
    final Map<String, TraderOrder> orders = new LinkedHashMap<>();
    final List<Deal> deals = new ArrayList<>();
    BigDecimal realizedPnl = Money.ZERO;

    TraderAccount(String accountId, String owner, BigDecimal openingBalance) {
        this.accountId = accountId;
        this.owner = owner;
        balances.put(Money.ACCOUNT_CURRENCY, Money.of(openingBalance));
    }

    BigDecimal cash() {
        return balances.getOrDefault(Money.ACCOUNT_CURRENCY, Money.ZERO);
    }

    void credit(String currency, BigDecimal amount) {
        balances.merge(currency, amount, BigDecimal::add);
    }

    /** @return the position with this id, open or closed, or {@code null} */
    TraderPosition position(String positionId) {
        for (TraderPosition p : positions) {
            if (p.positionId.equals(positionId)) {
                return p;
            }
        }
        return null;
    }
}
