package com.kafkaconnectkraken.sink.send;

import org.apache.kafka.connect.errors.RetriableException;

/** A command was certainly not executed and can be retried later (Connect redelivers it). */
public class TransientCommandException extends RetriableException {

    /** @param message what failed (no secrets, no order payload) */
    public TransientCommandException(String message) {
        super(message);
    }

    /** @param message what failed; @param cause the underlying failure */
    public TransientCommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
