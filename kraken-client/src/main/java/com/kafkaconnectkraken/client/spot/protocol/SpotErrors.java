package com.kafkaconnectkraken.client.spot.protocol;

import com.kafkaconnectkraken.client.ErrorClass;
import java.util.List;

/**
 * Kraken Spot's error table: every known error text of the REST API ({@code E<Category>:<message>[:<detail>]})
 * and of WebSocket v2 responses, and what it means (docs/protocol/kraken-spot.md §6.2, §1.3;
 * https://docs.kraken.com/api/docs/guides/spot-errors). The one classifier of the project for Spot:
 * <ul>
 *   <li>{@link ErrorClass#RETRIABLE}: rate limits of the REST counter and the auth service, service
 *       trouble, {@code EGeneral:Temporary lockout} (expires by itself), {@code EAPI:Invalid nonce}
 *       (retry with a fresh nonce);</li>
 *   <li>{@link ErrorClass#FATAL}: credentials and permissions;</li>
 *   <li>{@link ErrorClass#REJECTED}: order-level ({@code EOrder:*}, the trading rate counter included:
 *       its cost stays counted, so an immediate retry only makes it worse), invalid arguments, market
 *       modes, deadlines, and every text not in the table (kept verbatim by the caller).</li>
 * </ul>
 * A rule matches an error that starts with its prefix; the longest matching prefix wins. Texts
 * starting with {@code W} are warnings, never errors.
 */
public final class SpotErrors {

    /**
     * One row of the table.
     *
     * @param prefix     the error text, or its fixed beginning (details such as {@code :ordertype} follow)
     * @param errorClass what it means
     */
    public record Rule(String prefix, ErrorClass errorClass) {
    }

    private static final List<Rule> RULES = List.of(
            retriable("EAPI:Rate limit exceeded"),
            retriable("EAPI:Invalid nonce"),
            retriable("EService:Unavailable"),
            retriable("EService:Busy"),
            retriable("EService: Throttled"),
            retriable("EService:Throttled"),
            retriable("EGeneral:Internal error"),
            retriable("EGeneral:Temporary lockout"),
            retriable("EAuth:Rate limit exceeded"),
            retriable("EAuth:Too many requests"),
            retriable("Exceeded msg rate"),
            fatal("EAPI:Invalid key"),
            fatal("EAPI:Invalid signature"),
            fatal("EAPI:Bad request"),
            fatal("EGeneral:Permission denied"),
            fatal("EAccount:Invalid permissions"),
            fatal("EAuth:Account temporary disabled"),
            fatal("EAuth:Account unconfirmed"),
            rejected("EOrder:"),
            rejected("EGeneral:Invalid arguments"),
            rejected("EService:Market in cancel_only mode"),
            rejected("EService:Market in post_only mode"),
            rejected("EService:Deadline elapsed"),
            rejected("EQuery:"),
            rejected("ETrade:"),
            rejected("EFunding:"),
            rejected("EBM:"),
            rejected("Currency pair not supported"),
            rejected("Subscription Not Found"),
            rejected("Already subscribed"));

    private SpotErrors() {
    }

    /** @return every rule of the table, in no particular order of precedence (longest prefix wins) */
    public static List<Rule> rules() {
        return RULES;
    }

    /**
     * Classifies one error text.
     *
     * @param error a Kraken error, e.g. {@code EOrder:Insufficient funds}; {@code null} counts as unknown
     * @return its class; {@link ErrorClass#REJECTED} for an unknown text
     */
    public static ErrorClass classify(String error) {
        if (error == null) {
            return ErrorClass.REJECTED;
        }
        Rule best = null;
        for (Rule rule : RULES) {
            if (error.startsWith(rule.prefix()) && (best == null || rule.prefix().length() > best.prefix().length())) {
                best = rule;
            }
        }
        return best == null ? ErrorClass.REJECTED : best.errorClass();
    }

    /**
     * Classifies the {@code error} array of one REST response: FATAL if any error is, else RETRIABLE
     * if there is at least one error and every error is, else REJECTED. Warnings are ignored.
     *
     * @param errors the error strings of one response
     * @return the response's class; REJECTED for an array of warnings only
     */
    public static ErrorClass classify(List<String> errors) {
        ErrorClass result = null;
        for (String error : errors) {
            if (isWarning(error)) {
                continue;
            }
            ErrorClass one = classify(error);
            if (one == ErrorClass.FATAL) {
                return one;
            }
            result = result == null || result == ErrorClass.RETRIABLE ? one : result;
        }
        return result == null ? ErrorClass.REJECTED : result;
    }

    /**
     * Whether an error proves the request was refused before anything executed, so sending it again
     * cannot duplicate an order: every {@link ErrorClass#RETRIABLE} text except
     * {@code EGeneral:Internal error}, after which an order may or may not exist (reconcile, never resend).
     *
     * @param error a Kraken error text
     * @return {@code true} if a retry of the same request is safe
     */
    public static boolean provesNotExecuted(String error) {
        return classify(error) == ErrorClass.RETRIABLE && !error.startsWith("EGeneral:Internal error");
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
    public static boolean isRestRateLimit(List<String> errors) {
        return errors.stream().anyMatch(e -> e != null && e.startsWith("EAPI:Rate limit exceeded"));
    }

    private static Rule retriable(String prefix) {
        return new Rule(prefix, ErrorClass.RETRIABLE);
    }

    private static Rule fatal(String prefix) {
        return new Rule(prefix, ErrorClass.FATAL);
    }

    private static Rule rejected(String prefix) {
        return new Rule(prefix, ErrorClass.REJECTED);
    }
}
