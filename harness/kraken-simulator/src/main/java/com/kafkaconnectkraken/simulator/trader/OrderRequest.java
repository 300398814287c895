package com.kafkaconnectkraken.simulator.trader;

import java.math.BigDecimal;

/**
 * A validated {@code createOrder} payload (docs/protocol/trader-api.md §3).
 *
 * @param accountId     the account, not yet checked against the token's user
 * @param clientOrderId the client's id, or {@code null}
 * @param symbol        a served symbol
 * @param side          buy or sell
 * @param type          the order type
 * @param timeInForce   {@code GTC} when absent
 * @param quantity      positive base units
 * @param price         positive limit price ({@code LIMIT}, {@code STOP_LIMIT}), else {@code null}
 * @param stopPrice     positive trigger price ({@code STOP}, {@code STOP_LIMIT}), else {@code null}
 */
record OrderRequest(String accountId, String clientOrderId, SymbolSpec symbol, Side side, OrderType type,
                    TimeInForce timeInForce, BigDecimal quantity, BigDecimal price, BigDecimal stopPrice) {
}
