package com.kafkaconnectkraken.client.rest;

import com.kafkaconnectkraken.client.ErrorClass;
import com.kafkaconnectkraken.client.spot.protocol.SpotErrors;
import java.util.List;

/**
 * A Kraken REST call failed: an API error envelope ({@code {"error":["EAPI:Invalid key"]}}, see
 * https://docs.kraken.com/api/docs/guides/spot-errors), a non-200 HTTP status, an I/O failure,
 * an unreadable response, or client-side pacing that could not get a slot in time.
 *
 * <p>{@link #isTransient()} says whether retrying later with backoff can succeed (see
 * {@link SpotErrors}). Messages never contain the API secret, signature, OTP or
 * request body.
 */
public class KrakenApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** {@link #httpStatus()} when no HTTP response was received. */
    public static final int NO_RESPONSE = -1;

    private final String method;
    private final List<String> errors;
    private final boolean retriable;
    private final int httpStatus;

    /**
     * An API-level error envelope (HTTP 200 with a non-empty {@code error} array).
     *
     * @param method the Kraken method, e.g. {@code Ledgers}
     * @param errors the error strings from the envelope
     */
    public KrakenApiException(String method, List<String> errors) {
        this(method, "Kraken " + method + " failed: " + errors, List.copyOf(errors),
                SpotErrors.classify(errors) == ErrorClass.RETRIABLE, 200, null);
    }

    /**
     * Any other failure.
     *
     * @param method     the Kraken method, e.g. {@code Ledgers}
     * @param message    what went wrong (must not contain secrets)
     * @param errors     Kraken error strings, empty if none
     * @param retriable  whether retrying later can succeed
     * @param httpStatus the HTTP status, or {@link #NO_RESPONSE}
     * @param cause      the underlying failure, or {@code null}
     */
    public KrakenApiException(String method, String message, List<String> errors, boolean retriable, int httpStatus,
            Throwable cause) {
        super(message, cause);
        this.method = method;
        this.errors = List.copyOf(errors);
        this.retriable = retriable;
        this.httpStatus = httpStatus;
    }

    /** @return the Kraken method that failed, e.g. {@code Ledgers} */
    public String method() {
        return method;
    }

    /** @return the Kraken error strings (empty for HTTP/I-O failures) */
    public List<String> errors() {
        return errors;
    }

    /** @return {@code true} if retrying later (with backoff and a fresh nonce) can succeed */
    public boolean isTransient() {
        return retriable;
    }

    /** @return the HTTP status (200 for API-level errors), or {@link #NO_RESPONSE} */
    public int httpStatus() {
        return httpStatus;
    }
}
