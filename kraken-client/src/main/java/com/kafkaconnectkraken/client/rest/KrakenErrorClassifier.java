package com.kafkaconnectkraken.client.rest;

import java.util.List;

/**
 * Decides whether Kraken API errors are transient (retry later with backoff) or permanent.
 * Error strings follow https://docs.kraken.com/api/docs/guides/spot-errors and
 * https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits ({@code <E|W><Category>:<message>[:<detail>]});
 * the same vocabulary is used by WebSocket v2 trading responses.
 *
 * <p>Transient: rate limits ({@code EAPI:Rate limit exceeded}, {@code EOrder:Rate limit exceeded},
 * {@code EOrder:Domain rate limit exceeded}, {@code EAuth:Rate limit exceeded},
 * {@code EAuth:Too many requests}, {@code EService: Throttled: <ts>}), service trouble
 * ({@code EService:Unavailable}, {@code EService:Busy}, {@code EGeneral:Internal error[:code]}),
 * {@code EGeneral:Temporary lockout} (expires by itself) and {@code EAPI:Invalid nonce} (retry with
 * a fresh nonce). Everything else, including unknown errors, is permanent (invalid key/signature,
 * permissions, invalid arguments, {@code EOrder:*}, {@code EQuery:*}, market mode and deadline
 * errors), so an unexpected error never causes an endless retry loop. Strings starting with
 * {@code W} are warnings, not errors.
 */
public final class KrakenErrorClassifier {

    private static final List<String> TRANSIENT_PREFIXES = List.of(
            "EAPI:Rate limit exceeded",
            "EAPI:Invalid nonce",
            "EService:Unavailable",
            "EService:Busy",
            "EService: Throttled",
            "EService:Throttled",
            "EGeneral:Internal error",
            "EGeneral:Temporary lockout",
            "EOrder:Rate limit exceeded",
            "EOrder:Domain rate limit exceeded",
            "EAuth:Rate limit exceeded",
            "EAuth:Too many requests");

    private KrakenErrorClassifier() {
    }

    /**
     * Classifies one error string.
     *
     * @param error a Kraken error, e.g. {@code EAPI:Rate limit exceeded}
     * @return {@code true} if retrying later can succeed
     */
    public static boolean isTransient(String error) {
        if (error == null) {
            return false;
        }
        for (String prefix : TRANSIENT_PREFIXES) {
            if (error.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Classifies the {@code error} array of one response: transient only if it holds at least one
     * error and every error is transient.
     *
     * @param errors the error strings (warnings are ignored)
     * @return {@code true} if retrying later can succeed
     */
    public static boolean isTransient(List<String> errors) {
        boolean any = false;
        for (String error : errors) {
            if (isWarning(error)) {
                continue;
            }
            if (!isTransient(error)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * @param error an entry of a response's {@code error} array
     * @return {@code true} for warnings ({@code W...}), which never fail a call
     */
    public static boolean isWarning(String error) {
        return error != null && error.startsWith("W");
    }

    /**
     * @param errors the error strings of one response
     * @return {@code true} if Kraken rejected the nonce; retry with a fresh one
     */
    public static boolean isInvalidNonce(List<String> errors) {
        return errors.stream().anyMatch(e -> e != null && e.startsWith("EAPI:Invalid nonce"));
    }

    /**
     * @param errors the error strings of one response
     * @return {@code true} if Kraken reports the REST call counter exceeded
     */
    public static boolean isRateLimit(List<String> errors) {
        return errors.stream().anyMatch(e -> e != null && e.startsWith("EAPI:Rate limit exceeded"));
    }
}
