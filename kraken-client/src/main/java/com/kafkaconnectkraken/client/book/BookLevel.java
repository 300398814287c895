package com.kafkaconnectkraken.client.book;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One price level of a Kraken L2 book as sent on the {@code book} channel
 * (https://docs.kraken.com/api/docs/websocket-v2/book): {@code {"price": .., "qty": ..}}.
 *
 * @param price limit price in quote currency, exact wire decimal
 * @param qty   absolute quantity at that price in base currency, exact wire decimal; {@code 0} in an
 *              update deletes the level
 */
public record BookLevel(BigDecimal price, BigDecimal qty) {

    /**
     * Validates the level.
     *
     * @throws NullPointerException     if price or qty is {@code null}
     * @throws IllegalArgumentException if price or qty is negative
     */
    public BookLevel {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(qty, "qty");
        if (price.signum() < 0 || qty.signum() < 0) {
            throw new IllegalArgumentException("Negative book level: price=" + price.toPlainString()
                    + ", qty=" + qty.toPlainString());
        }
    }

    /**
     * Convenience factory from wire text.
     *
     * @param price price text, e.g. {@code "45283.5"}
     * @param qty   quantity text, e.g. {@code "0.10000000"}
     * @return the level
     * @throws NumberFormatException if a text is not a decimal number
     */
    public static BookLevel of(String price, String qty) {
        return new BookLevel(new BigDecimal(price), new BigDecimal(qty));
    }
}
