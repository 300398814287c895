package com.kafkaconnectkraken.sink.command;

/**
 * One trading method of a venue's command vocabulary: Kraken Spot's {@link CommandMethod}
 * (WS v2 method names such as {@code add_order}), or the Trader API's actions ({@code createOrder}, ...).
 * The shared pipeline reads only these two facts; each venue's own code switches on its enum.
 */
public interface TradingMethod {

    /** @return the method's name on the venue's wire and in the {@code method} field of a command, e.g. {@code add_order}. */
    String wireName();

    /** @return whether the method places new orders: never re-sent blindly, looked up before a possible redelivery. */
    boolean placesOrders();
}
