package com.kafkaconnectkraken.client.ws;

import com.kafkaconnectkraken.client.ErrorClass;
import com.kafkaconnectkraken.client.trader.protocol.TraderErrors;

/**
 * The Trader API answered a message with {@code error} {@code {code, message}} (docs/protocol/trader-api.md §6),
 * e.g. {@code INVALID_SYMBOL: unknown symbol FOO}. The message was refused: nothing was executed.
 */
public final class TraderRejectedException extends KrakenWsException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String serverMessage;

    /**
     * @param request       what was asked, e.g. {@code createOrder EURUSD} (no credentials)
     * @param code          the error's {@code code}, may be {@code null}
     * @param serverMessage the error's {@code message}, may be {@code null}
     */
    public TraderRejectedException(String request, String code, String serverMessage) {
        super(request + " rejected: " + code + ": " + serverMessage);
        this.code = code;
        this.serverMessage = serverMessage;
    }

    /** @return the error's {@code code}, verbatim */
    public String code() {
        return code;
    }

    /** @return the error's {@code message}, verbatim */
    public String serverMessage() {
        return serverMessage;
    }

    /** @return what the code means ({@link TraderErrors#classify}) */
    public ErrorClass errorClass() {
        return TraderErrors.classify(code);
    }
}
