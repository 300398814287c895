package com.kafkaconnectkraken.simulator.trader;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One order of an account and its latest state. Quantities are base units, prices quote-currency units with the
 * symbol's decimals. Not thread-safe: guarded by the venue's lock.
 */
final class TraderOrder {

    final String orderId;
    final String accountId;
    final String clientOrderId;
    final SymbolSpec symbol;
    final Side side;
    final OrderType type;
    final TimeInForce timeInForce;
    final Instant createdAt;
    /** The position a {@code closePosition} order closes, else {@code null}. */
    final String positionId;
    /** Id of the connection that created the order: it gets the order's events even without a subscription. */
    final long originConnection;
    BigDecimal quantity;
    BigDecimal price;
    BigDecimal stopPrice;
    BigDecimal filled = BigDecimal.ZERO;
    BigDecimal filledNotional = BigDecimal.ZERO;
    OrderStatus status = OrderStatus.ACCEPTED;
    boolean triggered;
    Instant updatedAt;

    TraderOrder(String orderId, OrderRequest request, String positionId, long originConnection, Instant now) {
        this.orderId = orderId;
        this.accountId = request.accountId();
        this.clientOrderId = request.clientOrderId();
        this.symbol = request.symbol();
        this.side = request.side();
        this.type = request.type();
        this.timeInForce = request.timeInForce();
        this.quantity = request.quantity();
        this.price = request.price();
        this.stopPrice = request.stopPrice();
        this.positionId = positionId;
        this.originConnection = originConnection;
        this.createdAt = now;
        this.updatedAt = now;
        this.triggered = !type.needsStopPrice();
    }

    BigDecimal remaining() {
        return quantity.subtract(filled);
    }

    /** Books a fill of {@code qty} at {@code fillPrice}: PARTIALLY_FILLED, or FILLED once nothing remains. */
    void fill(BigDecimal qty, BigDecimal fillPrice, Instant now) {
        filled = filled.add(qty);
        filledNotional = filledNotional.add(qty.multiply(fillPrice));
        status = remaining().signum() == 0 ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
        updatedAt = now;
    }

    /** @return the volume-weighted fill price, at least the symbol's decimals, or {@code null} before any fill */
    BigDecimal avgPrice() {
        return filled.signum() == 0 ? null : average(filledNotional, filled, symbol.decimals());
    }

    /** @return {@code notional / qty} to {@code decimals + 3} places, trailing zeros cut back to {@code decimals} */
    static BigDecimal average(BigDecimal notional, BigDecimal qty, int decimals) {
        BigDecimal avg = notional.divide(qty, decimals + 3, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return avg.scale() < decimals ? avg.setScale(decimals) : avg;
    }

    /**
     * @param echoClientOrderId whether {@code clientOrderId} is written (a server may not echo it)
     * @return the {@code executionEvent} payload {@code {accountId, orderId, clientOrderId?, positionId?, symbol, side,
     *         type, quantity, filledQuantity, price?, stopPrice?, avgPrice?, status, ts}}
     */
    ObjectNode payload(boolean echoClientOrderId) {
        ObjectNode node = TraderJson.object();
        node.put("accountId", accountId);
        node.put("orderId", orderId);
        if (echoClientOrderId && clientOrderId != null) {
            node.put("clientOrderId", clientOrderId);
        }
        if (positionId != null) {
            node.put("positionId", positionId);
        }
        node.put("symbol", symbol.symbol());
        node.put("side", side.name());
        node.put("type", type.name());
        node.put("quantity", quantity);
        node.put("filledQuantity", filled);
        TraderJson.decimal(node, "price", price);
        TraderJson.decimal(node, "stopPrice", stopPrice);
        TraderJson.decimal(node, "avgPrice", avgPrice());
        node.put("status", status.name());
        node.put("ts", TraderJson.iso(updatedAt));
        return node;
    }
}
