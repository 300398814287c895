package com.kafkaconnectkraken.simulator.trader;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One net position of an account in one symbol: opened by a fill from flat, closed when fills bring it back to zero
 * (a fill through zero closes it and opens a new one). Not thread-safe: guarded by the venue's lock.
 */
final class TraderPosition {

    final String positionId;
    final SymbolSpec symbol;
    final Instant openedAt;
    Side side;
    BigDecimal quantity;
    BigDecimal avgPrice;
    BigDecimal realizedPnl = Money.ZERO;
    BigDecimal stopLoss;
    BigDecimal takeProfit;
    Instant closedAt;

    TraderPosition(String positionId, SymbolSpec symbol, Side side, BigDecimal quantity, BigDecimal avgPrice,
                   Instant openedAt) {
        this.positionId = positionId;
        this.symbol = symbol;
        this.side = side;
        this.quantity = quantity;
        this.avgPrice = avgPrice;
        this.openedAt = openedAt;
    }

    boolean open() {
        return closedAt == null;
    }

    /**
     * @param unrealizedPnl in the account currency
     * @return the portfolio position {@code {positionId, symbol, side, quantity, avgPrice, unrealizedPnl, stopLoss?,
     *         takeProfit?}}
     */
    ObjectNode payload(BigDecimal unrealizedPnl) {
        ObjectNode node = TraderJson.object();
        node.put("positionId", positionId);
        node.put("symbol", symbol.symbol());
        node.put("side", side.name());
        node.put("quantity", quantity);
        node.put("avgPrice", avgPrice);
        node.put("unrealizedPnl", unrealizedPnl);
        TraderJson.decimal(node, "stopLoss", stopLoss);
        TraderJson.decimal(node, "takeProfit", takeProfit);
        return node;
    }

    /** @return {@link #payload} plus {@code realizedPnl}, {@code openedAt} and, once closed, {@code closedAt} */
    ObjectNode historyPayload(BigDecimal unrealizedPnl) {
        ObjectNode node = payload(unrealizedPnl);
        node.put("realizedPnl", realizedPnl);
        node.put("openedAt", TraderJson.iso(openedAt));
        if (closedAt != null) {
            node.put("closedAt", TraderJson.iso(closedAt));
        }
        return node;
    }
}
