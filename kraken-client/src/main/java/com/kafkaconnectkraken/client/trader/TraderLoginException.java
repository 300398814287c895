package com.kafkaconnectkraken.client.trader;

/**
 * The Trader API login failed: unreachable host, a non-2xx answer (its {@code code} and {@code message} are in the
 * text) or an answer without a token. The text never holds the password or a token.
 */
public final class TraderLoginException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    /**
     * @param message    what failed, without credentials
     * @param httpStatus the HTTP status, or 0 when no answer arrived
     * @param cause      the I/O failure, or {@code null}
     */
    public TraderLoginException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /** @return the HTTP status of the answer, or 0 when none arrived */
    public int httpStatus() {
        return httpStatus;
    }

    /** @return whether the credentials were refused (HTTP 401 or 403): retrying will not help */
    public boolean refused() {
        return httpStatus == 401 || httpStatus == 403;
    }
}
