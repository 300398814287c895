package com.kafkaconnectkraken.sink.send;

/**
 * Kraken answered a command with an error that leaves open whether it executed
 * ({@code EGeneral:Internal error}, see {@link CommandFailure#UNKNOWN}): the command is acknowledged
 * UNKNOWN and reconciled, never re-sent.
 */
public class UncertainOutcomeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param krakenError Kraken's error text (holds no secret) */
    public UncertainOutcomeException(String krakenError) {
        super("Kraken answered " + krakenError);
    }
}
