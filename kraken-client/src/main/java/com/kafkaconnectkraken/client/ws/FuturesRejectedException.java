package com.kafkaconnectkraken.client.ws;

import com.kafkaconnectkraken.client.ErrorClass;
import com.kafkaconnectkraken.client.futures.protocol.FuturesErrors;

/**
 * Kraken Futures answered a request with an {@code error} or {@code alert} event
 * (https://docs.kraken.com/api/docs/futures-api/websocket/errors), e.g. {@code Invalid product id}.
 */
public final class FuturesRejectedException extends KrakenWsException {

    private static final long serialVersionUID = 1L;

    private final String serverMessage;
    private final ErrorClass errorClass;

    /**
     * @param request       what was asked, e.g. {@code subscribe book [PF_XBTUSD]} (no credentials)
     * @param serverMessage the event's {@code message}, verbatim
     */
    public FuturesRejectedException(String request, String serverMessage) {
        super(request + " rejected: " + serverMessage);
        this.serverMessage = serverMessage;
        this.errorClass = FuturesErrors.classify(serverMessage);
    }

    /** @return the event's {@code message}, verbatim */
    public String serverMessage() {
        return serverMessage;
    }

    /** @return what the message means ({@link ErrorClass#FATAL} for an authentication failure) */
    public ErrorClass errorClass() {
        return errorClass;
    }
}
