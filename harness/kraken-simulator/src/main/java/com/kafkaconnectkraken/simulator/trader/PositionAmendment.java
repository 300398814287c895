package com.kafkaconnectkraken.simulator.trader;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * A validated {@code amendPosition} payload {@code {accountId, positionId, stopLoss?, takeProfit?}}
 * (docs/protocol/trader-api.md §3): a number sets the level, JSON {@code null} clears it, an absent field keeps it.
 *
 * @param stopLoss        the new stop loss, or {@code null}
 * @param setStopLoss     whether {@code stopLoss} was present (number or null)
 * @param takeProfit      the new take profit, or {@code null}
 * @param setTakeProfit   whether {@code takeProfit} was present
 */
record PositionAmendment(BigDecimal stopLoss, boolean setStopLoss, BigDecimal takeProfit, boolean setTakeProfit) {

    /** @throws RequestRefused {@code INVALID_PRICE} for a non-positive or non-number level, {@code INVALID_REQUEST} for none */
    static PositionAmendment parse(JsonNode payload) {
        boolean sl = payload.has("stopLoss");
        boolean tp = payload.has("takeProfit");
        if (!sl && !tp) {
            throw Payloads.invalid("amendPosition needs stopLoss or takeProfit");
        }
        return new PositionAmendment(Payloads.price(payload, "stopLoss", false), sl,
                Payloads.price(payload, "takeProfit", false), tp);
    }

    /** @throws RequestRefused {@code INVALID_PRICE} for a level with more decimals than the symbol */
    void applyTo(TraderPosition position) {
        OrderParsing.checkDecimals(position.symbol, stopLoss);
        OrderParsing.checkDecimals(position.symbol, takeProfit);
        if (setStopLoss) {
            position.stopLoss = stopLoss;
        }
        if (setTakeProfit) {
            position.takeProfit = takeProfit;
        }
    }
}
