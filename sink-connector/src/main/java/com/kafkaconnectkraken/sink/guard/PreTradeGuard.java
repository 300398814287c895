package com.kafkaconnectkraken.sink.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.sink.command.OrderCommand;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * Pre-trade checks applied before anything is sent: symbol allowlist, allowed order types, max
 * quantity (base currency) and max notional (quote currency) per symbol. Applies to add_order,
 * each order of batch_add, edit_order, and amend_order when it names its symbol.
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
    public Optional<String> violation(OrderCommand command) {
        JsonNode p = command.params();
        return switch (command.method()) {
            case ADD_ORDER -> order(p.get("symbol").textValue(), p);
            case BATCH_ADD -> batch(p);
            case EDIT_ORDER, AMEND_ORDER -> p.has("symbol") ? order(p.get("symbol").textValue(), p) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Optional<String> batch(JsonNode p) {
        int i = 0;
        for (JsonNode order : p.get("orders")) {
            Optional<String> v = order(p.get("symbol").textValue(), order);
            if (v.isPresent()) {
                return Optional.of("orders[" + i + "]: " + v.get());
            }
            i++;
        }
        return Optional.empty();
    }

    private Optional<String> order(String symbol, JsonNode p) {
        if (!symbols.isEmpty() && !symbols.contains(symbol)) {
            return Optional.of("symbol " + symbol + " is not allowed (guard.symbols)");
        }
        String type = p.path("order_type").textValue();
        if (type != null && !orderTypes.contains(type)) {
            return Optional.of("order_type " + type + " is not allowed (guard.order.types)");
        }
        BigDecimal qty = p.has("order_qty") ? p.get("order_qty").decimalValue() : null;
        Optional<BigDecimal> qtyLimit = maxQty.limit(symbol);
        if (qty != null && qtyLimit.isPresent() && qty.compareTo(qtyLimit.get()) > 0) {
            return Optional.of("order_qty " + qty.toPlainString() + " exceeds max " + qtyLimit.get().toPlainString()
                + " for " + symbol + " (guard.max.qty)");
        }
        return maxNotional.limit(symbol).flatMap(limit -> notional(symbol, p, qty, limit));
    }

    private static Optional<String> notional(String symbol, JsonNode p, BigDecimal qty, BigDecimal limit) {
        BigDecimal notional;
        if (p.has("cash_order_qty")) {
            notional = p.get("cash_order_qty").decimalValue();
        } else {
            BigDecimal price = Prices.staticPrice(p);
            if (price == null || qty == null) {
                return qty == null ? Optional.empty() : Optional.of("max notional for " + symbol
                    + " needs a static limit or trigger price (guard.max.notional)");
            }
            notional = qty.multiply(price.abs());
        }
        if (notional.compareTo(limit) > 0) {
            return Optional.of("notional " + notional.stripTrailingZeros().toPlainString() + " exceeds max " + limit.toPlainString()
                + " for " + symbol + " (guard.max.notional)");
        }
        return Optional.empty();
    }
}
