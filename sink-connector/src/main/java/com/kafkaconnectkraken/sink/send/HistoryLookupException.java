package com.kafkaconnectkraken.sink.send;

/**
 * The venue's order history could not be read now (rate limit, unavailable, timeout) while settling an UNKNOWN
 * outcome or checking a redelivered command before re-sending it. Nothing is sent while this lasts, so the task
 * retries it with its backoff ({@code reconnect.backoff.ms} doubling up to {@code reconnect.backoff.max.ms}) without the
 * {@code max.retries} limit: failing the task would leave the outcome just as unknown, to be looked up again after
 * a manual restart. Refused credentials or permissions are not this exception (they fail the task).
 */
public class HistoryLookupException extends TransientCommandException {

    /** @param message what could not be looked up (no secrets, no order payload); @param cause the venue's failure */
    public HistoryLookupException(String message, Throwable cause) {
        super(message, cause);
    }
}
