package com.kafkaconnectkraken.sink.guard;

import com.kafkaconnectkraken.sink.command.TradingCommand;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * Pre-trade checks applied before anything is sent: symbol allowlist, allowed order types, max
 * quantity (base currency) and max notional (quote currency) per symbol, over the orders a command
 * names ({@link TradingCommand#guardedOrders()}, read by the venue's field names). Kraken Spot: add_order,
 * each order of batch_add, edit_order, and amend_order when it names its symbol; Trader API: createOrder,
 * and amendOrder when it names its symbol.
 */
public final class PreTradeGuard {

    private final Set<String> symbols;
    private final Set<String> orderTypes;
    private final SymbolLimits maxQty;
    private final SymbolLimits maxNotional;

    /**
     * @param symbols     allowed symbols, empty = any
     * @param orderTypes  allowed order types
     * @param maxQty      max order_qty per symbol (base currency)
     * @param maxNotional max notional per symbol (quote currency)
     */
    public PreTradeGuard(Set<String> symbols, Set<String> orderTypes, SymbolLimits maxQty, SymbolLimits maxNotional) {
        this.symbols = Set.copyOf(symbols);
        this.orderTypes = Set.copyOf(orderTypes);
        this.maxQty = maxQty;
        this.maxNotional = maxNotional;
    }

    /** @return the reason the command is refused, or empty when every guard passes */
    public Optional<String> violation(TradingCommand command) {
        for (GuardedOrder order : command.guardedOrders()) {
            Optional<String> v = order(order);
            if (v.isPresent()) {
                return Optional.of(order.label() + v.get());
            }
        }
        return Optional.empty();
    }

    private Optional<String> order(GuardedOrder order) {
        String symbol = order.symbol();
        if (!symbols.isEmpty() && !symbols.contains(symbol)) {
            return Optional.of("symbol " + symbol + " is not allowed (guard.symbols)");
        }
        if (order.type() != null && !orderTypes.contains(order.type())) {
            return Optional.of(order.typeField() + " " + order.type() + " is not allowed (guard.order.types)");
        }
        BigDecimal qty = order.quantity();
        Optional<BigDecimal> qtyLimit = maxQty.limit(symbol);
        if (qty != null && qtyLimit.isPresent() && qty.compareTo(qtyLimit.get()) > 0) {
            return Optional.of(order.quantityField() + " " + qty.toPlainString() + " exceeds max "
                + qtyLimit.get().toPlainString() + " for " + symbol + " (guard.max.qty)");
        }
        return maxNotional.limit(symbol).flatMap(limit -> notional(order, limit));
    }

    private static Optional<String> notional(GuardedOrder order, BigDecimal limit) {
        BigDecimal notional = order.notional();
        BigDecimal qty = order.quantity();
        if (notional == null) {
            if (order.price() == null || qty == null) {
                return qty == null ? Optional.empty() : Optional.of("max notional for " + order.symbol()
                    + " needs a static limit or trigger price (guard.max.notional)");
            }
            notional = qty.multiply(order.price().abs());
        }
        if (notional.compareTo(limit) > 0) {
            return Optional.of("notional " + notional.stripTrailingZeros().toPlainString() + " exceeds max "
                + limit.toPlainString() + " for " + order.symbol() + " (guard.max.notional)");
        }
        return Optional.empty();
    }
}
