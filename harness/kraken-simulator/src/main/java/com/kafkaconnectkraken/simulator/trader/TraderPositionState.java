package com.kafkaconnectkraken.simulator.trader;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A snapshot of one position of the Trader venue.
 *
 * @param positionId  {@code pos_<n>}
 * @param symbol      e.g. {@code EURUSD}
 * @param side        {@code BUY} for long, {@code SELL} for short
 * @param quantity    base units still open (0 once closed)
 * @param avgPrice    volume-weighted opening price
 * @param stopLoss    the level set by {@code amendPosition}, or {@code null}
 * @param takeProfit  the level set by {@code amendPosition}, or {@code null}
 * @param realizedPnl P&amp;L realized by reducing it, in USD
 * @param openedAt    when it opened
 * @param closedAt    when it closed, or {@code null} while open
 */
public record TraderPositionState(String positionId, String symbol, Side side, BigDecimal quantity, BigDecimal avgPrice,
                                  BigDecimal stopLoss, BigDecimal takeProfit, BigDecimal realizedPnl, Instant openedAt,
                                  Instant closedAt) {

    static TraderPositionState of(TraderPosition p) {
        return new TraderPositionState(p.positionId, p.symbol.symbol(), p.side, p.quantity, p.avgPrice, p.stopLoss,
                p.takeProfit, p.realizedPnl, p.openedAt, p.closedAt);
    }
}
