package com.kafkaconnectkraken.sink.guard;

import java.math.BigDecimal;

/**
 * One order as the pre-trade guards ({@link PreTradeGuard}) see it, read from a command by its venue's
 * field names (Kraken Spot: {@code symbol}, {@code order_type}, {@code order_qty}, {@code limit_price} or a
 * static trigger price, {@code cash_order_qty}; Trader API: {@code symbol}, {@code type}, {@code quantity},
 * {@code price} or {@code stopPrice}).
 *
 * @param label         prefix of a refusal reason, e.g. {@code "orders[1]: "} in a batch; empty for one order
 * @param symbol        the traded symbol, e.g. {@code BTC/USD} or {@code EURUSD}
 * @param typeField     the venue's name of the order type field (named in refusals)
 * @param type          the order type, or null when the command does not name one (amends)
 * @param quantityField the venue's name of the quantity field (named in refusals)
 * @param quantity      the order quantity (base currency / units), or null when not given
 * @param price         the absolute price the order can execute at, or null (market, relative prices)
 * @param notional      a quote-currency amount the order gives directly (Spot {@code cash_order_qty}), or null
 */
public record GuardedOrder(String label, String symbol, String typeField, String type, String quantityField,
                           BigDecimal quantity, BigDecimal price, BigDecimal notional) {
}
