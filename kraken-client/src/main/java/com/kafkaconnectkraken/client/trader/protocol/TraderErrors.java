package com.kafkaconnectkraken.client.trader.protocol;

import com.kafkaconnectkraken.client.ErrorClass;
import java.util.Map;

/**
 * The Trader API's error table: the {@code code} of an {@code error} message and what it means
 * (docs/protocol/trader-api.md §6; the codes are [ASSUMED], the documentation only says an error has a
 * {@code code} and a {@code message}). A code not in the table is {@link ErrorClass#REJECTED}: the server
 * refused the message, so nothing was executed.
 */
public final class TraderErrors {

    private static final Map<String, ErrorClass> TABLE = Map.ofEntries(
            Map.entry("INVALID_SYMBOL", ErrorClass.REJECTED),
            Map.entry("INVALID_QUANTITY", ErrorClass.REJECTED),
            Map.entry("INVALID_PRICE", ErrorClass.REJECTED),
            Map.entry("INVALID_REQUEST", ErrorClass.REJECTED),
            Map.entry("UNKNOWN_ACCOUNT", ErrorClass.REJECTED),
            Map.entry("ORDER_NOT_FOUND", ErrorClass.REJECTED),
            Map.entry("POSITION_NOT_FOUND", ErrorClass.REJECTED),
            Map.entry("INSUFFICIENT_MARGIN", ErrorClass.REJECTED),
            Map.entry("MARKET_CLOSED", ErrorClass.REJECTED),
            Map.entry("RATE_LIMITED", ErrorClass.RETRIABLE),
            Map.entry("SERVICE_UNAVAILABLE", ErrorClass.RETRIABLE),
            Map.entry("INTERNAL_ERROR", ErrorClass.RETRIABLE),
            Map.entry("UNAUTHORIZED", ErrorClass.RETRIABLE),
            Map.entry("TOKEN_EXPIRED", ErrorClass.RETRIABLE));

    private TraderErrors() {
    }

    /**
     * @param code the error's {@code code}, may be {@code null}
     * @return its class; {@link ErrorClass#REJECTED} for a code not in the table
     */
    public static ErrorClass classify(String code) {
        return code == null ? ErrorClass.REJECTED : TABLE.getOrDefault(code.trim(), ErrorClass.REJECTED);
    }

    /** @return whether the code asks for a fresh login ({@code UNAUTHORIZED}, {@code TOKEN_EXPIRED}) */
    public static boolean needsLogin(String code) {
        return "UNAUTHORIZED".equals(code) || "TOKEN_EXPIRED".equals(code);
    }
}
