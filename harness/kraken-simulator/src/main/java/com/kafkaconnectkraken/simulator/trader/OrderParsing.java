package com.kafkaconnectkraken.simulator.trader;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Parses {@code createOrder} payloads (docs/protocol/trader-api.md §3) against the served symbols. Checks, in this
 * order: {@code accountId} present ({@code INVALID_REQUEST}), {@code symbol} served ({@code INVALID_SYMBOL}),
 * {@code side} / {@code type} / {@code timeInForce} known ({@code INVALID_REQUEST}), {@code quantity} a positive number
 * ({@code INVALID_QUANTITY}), {@code price} / {@code stopPrice} present when the type needs them, positive and with at
 * most the symbol's decimals ({@code INVALID_PRICE}). Account ownership and margin are checked by the broker.
 */
final class OrderParsing {

    private final Map<String, SymbolMarket> markets;

    OrderParsing(Map<String, SymbolMarket> markets) {
        this.markets = markets;
    }

    /** @return the served symbol named by {@code field}; throws {@code INVALID_SYMBOL} otherwise */
    SymbolSpec symbol(JsonNode payload, String field) {
        String symbol = Payloads.text(payload, field, true);
        SymbolMarket market = markets.get(symbol);
        if (market == null) {
            throw new RequestRefused(RequestRefused.INVALID_SYMBOL, "unknown symbol: " + symbol);
        }
        return market.spec();
    }

    OrderRequest createOrder(JsonNode payload) {
        String accountId = Payloads.text(payload, "accountId", true);
        String clientOrderId = Payloads.text(payload, "clientOrderId", false);
        SymbolSpec symbol = symbol(payload, "symbol");
        Side side = Payloads.constant(payload, "side", Side.class, null);
        OrderType type = Payloads.constant(payload, "type", OrderType.class, null);
        TimeInForce tif = Payloads.constant(payload, "timeInForce", TimeInForce.class, TimeInForce.GTC);
        BigDecimal quantity = Payloads.quantity(payload, "quantity", true);
        BigDecimal price = Payloads.price(payload, "price", type.needsPrice());
        BigDecimal stopPrice = Payloads.price(payload, "stopPrice", type.needsStopPrice());
        checkDecimals(symbol, price);
        checkDecimals(symbol, stopPrice);
        return new OrderRequest(accountId, clientOrderId, symbol, side, type, tif, quantity,
                type.needsPrice() ? price : null, type.needsStopPrice() ? stopPrice : null);
    }

    /** @throws RequestRefused {@code INVALID_PRICE} if {@code price} has more decimals than the symbol's prices */
    static void checkDecimals(SymbolSpec symbol, BigDecimal price) {
        if (price != null && price.stripTrailingZeros().scale() > symbol.decimals()) {
            throw new RequestRefused(RequestRefused.INVALID_PRICE, symbol.symbol() + " prices have at most "
                    + symbol.decimals() + " decimals: " + price.toPlainString());
        }
    }
}
