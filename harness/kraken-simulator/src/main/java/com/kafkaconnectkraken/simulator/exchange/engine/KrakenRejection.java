package com.kafkaconnectkraken.simulator.exchange.engine;

/**
 * A request the exchange refuses, carrying Kraken's error string (e.g. {@code EOrder:Insufficient funds}),
 * which is sent verbatim in the WS {@code error} field or REST {@code error[]}
 * (https://docs.kraken.com/api/docs/guides/spot-errors). Carries no stack trace.
 */
public final class KrakenRejection extends RuntimeException {

    /** @param error the Kraken error string, e.g. {@code EGeneral:Invalid arguments:order_qty} */
    public KrakenRejection(String error) {
        super(error, null, false, false);
    }

    /** @return {@code EGeneral:Invalid arguments:<field>} */
    public static KrakenRejection invalidArgument(String field) {
        return new KrakenRejection("EGeneral:Invalid arguments:" + field);
    }

    /** @return the Kraken error string */
    public String error() {
        return getMessage();
    }
}
