package com.kafkaconnectkraken.client.ws;

import java.time.Duration;

/**
 * A request of a protocol without request ids (Kraken Futures v1, the Trader API) was sent and no answer
 * arrived within the request timeout: its outcome is unknown. A trading caller acknowledges UNKNOWN and
 * reconciles (docs/protocol/trader-api.md §5); it never re-sends the request blindly.
 */
public final class NoAnswerException extends KrakenWsException {

    private static final long serialVersionUID = 1L;

    /**
     * @param request what was asked, without credentials, e.g. {@code createOrder EURUSD}
     * @param timeout the request timeout that elapsed
     */
    public NoAnswerException(String request, Duration timeout) {
        super("No answer to " + request + " within " + timeout.toMillis() + " ms");
    }
}
