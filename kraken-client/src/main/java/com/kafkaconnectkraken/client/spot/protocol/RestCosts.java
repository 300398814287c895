package com.kafkaconnectkraken.client.spot.protocol;

import java.util.Set;

/**
 * What one private REST call adds to Kraken's per-key REST call counter
 * (docs/protocol/kraken-spot.md §6.3, §10 item 1; https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits):
 * 1, or the history cost for {@code Ledgers}, {@code QueryLedgers}, {@code TradesHistory} and
 * {@code QueryTrades}; order placement and cancellation count on the trading counter instead (0 here).
 *
 * <p>The docs disagree on the history cost (2 on one page, 4 on a newer one), so it is a parameter;
 * {@link #DEFAULT_HISTORY_COST} is the conservative 4 (pacing slower than needed is harmless).
 */
public final class RestCosts {

    /** Conservative default cost of a ledger/trade-history call. */
    public static final int DEFAULT_HISTORY_COST = 4;

    /** Methods charged the history cost. */
    public static final Set<String> HISTORY_METHODS = Set.of("Ledgers", "QueryLedgers", "TradesHistory", "QueryTrades");

    /** Methods counted on the trading rate counter ({@link RateCosts}), not on the REST counter. */
    public static final Set<String> TRADING_METHODS = Set.of("AddOrder", "AddOrderBatch", "AmendOrder",
            "EditOrder", "CancelOrder", "CancelOrderBatch");

    private RestCosts() {
    }

    /**
     * @param method      the method name as in the path, e.g. {@code Ledgers}
     * @param historyCost the cost of a history call (2 or 4, see the class doc)
     * @return 0 for trading methods, {@code historyCost} for history methods, else 1
     */
    public static int costOf(String method, int historyCost) {
        if (TRADING_METHODS.contains(method)) {
            return 0;
        }
        return HISTORY_METHODS.contains(method) ? historyCost : 1;
    }
}
