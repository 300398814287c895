package com.kafkaconnectkraken.simulator.trader;

/**
 * A client message the Trader venue refuses: answered with {@code {"type":"error","payload":{"code","message"}}}
 * (docs/protocol/trader-api.md §6); nothing was executed.
 */
final class RequestRefused extends RuntimeException {

    static final String INVALID_REQUEST = "INVALID_REQUEST";
    static final String INVALID_SYMBOL = "INVALID_SYMBOL";
    static final String INVALID_QUANTITY = "INVALID_QUANTITY";
    static final String INVALID_PRICE = "INVALID_PRICE";
    static final String UNKNOWN_ACCOUNT = "UNKNOWN_ACCOUNT";
    static final String ORDER_NOT_FOUND = "ORDER_NOT_FOUND";
    static final String POSITION_NOT_FOUND = "POSITION_NOT_FOUND";
    static final String INSUFFICIENT_MARGIN = "INSUFFICIENT_MARGIN";

    private static final long serialVersionUID = 1L;

    private final String code;

    RequestRefused(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }

    /** @return the {@code error} message text */
    String frame() {
        var payload = TraderJson.object();
        payload.put("code", code);
        payload.put("message", getMessage());
        return TraderJson.envelope("error", payload);
    }
}
