package com.kafkaconnectkraken.simulator.market;

/** A client request the simulator rejects; the message is the Kraken {@code error} string. */
final class RequestException extends Exception {

    RequestException(String krakenError) {
        super(krakenError);
    }
}
