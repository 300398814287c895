package com.kafkaconnectkraken.sink.send;

import com.kafkaconnectkraken.client.ErrorClass;
import com.kafkaconnectkraken.client.rest.KrakenApiException;
import com.kafkaconnectkraken.client.spot.protocol.SpotErrors;
import com.kafkaconnectkraken.client.trader.TraderLoginException;
import com.kafkaconnectkraken.client.ws.KrakenWsConnectionException;
import com.kafkaconnectkraken.client.ws.NoAnswerException;
import com.kafkaconnectkraken.client.ws.TraderRejectedException;
import com.kafkaconnectkraken.client.ws.KrakenWsTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.config.ConfigException;

/**
 * The one place that decides what a failure means for a command and its acknowledgement (model:
 * Debezium's ErrorHandler, kafka-connect-jdbc's JdbcSinkTask). Kraken error texts are classified by
 * the protocol's one error table ({@link SpotErrors}, https://docs.kraken.com/api/docs/guides/spot-errors),
 * Trader API error codes by {@code TraderErrors} (docs/protocol/trader-api.md §6: a refused message executed
 * nothing, so RETRIABLE codes are {@link #RETRY}); this enum only maps that class to what the sink does.
 */
public enum CommandFailure {
    /**
     * Certainly not executed, may succeed later: not sent (disconnected), or a {@link ErrorClass#RETRIABLE}
     * answer that {@link SpotErrors#provesNotExecuted proves nothing ran} (e.g. {@code EService:Unavailable},
     * {@code EGeneral:Temporary lockout}). Retried through Connect with backoff; no acknowledgement yet.
     */
    RETRY,
    /**
     * Sent, outcome open: timeout, connection lost after sending, or {@code EGeneral:Internal error}.
     * UNKNOWN acknowledgement, then reconciliation; never re-sent blindly.
     */
    UNKNOWN,
    /** Kraken refused this command ({@link ErrorClass#REJECTED}, unknown texts too): REJECTED, the task goes on. */
    REJECTED,
    /** The connector cannot trade at all ({@link ErrorClass#FATAL}: bad key, no permission): the task fails. */
    FATAL;

    /**
     * @param krakenError the error text of a trading response, or {@code null}
     * @return what it means for the command
     */
    public static CommandFailure of(String krakenError) {
        return switch (SpotErrors.classify(krakenError)) {
            case FATAL -> FATAL;
            case REJECTED -> REJECTED;
            case RETRIABLE -> SpotErrors.provesNotExecuted(krakenError) ? RETRY : UNKNOWN;
        };
    }

    /**
     * @param errorClass a venue error table's class of an answer that refused the command (nothing executed)
     * @return what it means: RETRIABLE is {@link #RETRY}
     */
    static CommandFailure of(ErrorClass errorClass) {
        return switch (errorClass) {
            case FATAL -> FATAL;
            case REJECTED -> REJECTED;
            case RETRIABLE -> RETRY;
        };
    }

    /**
     * @param error an exception raised while sending a command or looking up orders (wrapped in
     *              {@link CompletionException} / {@link ExecutionException} or not)
     * @return what it means; {@link #FATAL} for anything unexpected (a bug must not pass silently)
     */
    public static CommandFailure of(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof KrakenWsTimeoutException || e instanceof NoAnswerException
                || e instanceof UncertainOutcomeException) {
            return UNKNOWN;
        }
        if (e instanceof TraderRejectedException rejected) {
            return of(rejected.errorClass());
        }
        if (e instanceof KrakenWsConnectionException c) {
            return c.requestSent() ? UNKNOWN : RETRY;
        }
        if (e instanceof KrakenApiException api) {
            if (SpotErrors.classify(api.errors()) == ErrorClass.FATAL) {
                return FATAL;
            }
            return api.isTransient() || api.httpStatus() != 200 ? RETRY : REJECTED;
        }
        return FATAL;
    }

    /**
     * What a failure to connect to or authenticate with the venue means for the task (its cause chain is searched):
     * {@link #FATAL} when retrying cannot help, i.e. the venue refused the credentials (a {@link ErrorClass#FATAL}
     * Kraken error such as {@code EAPI:Invalid key}, HTTP 401/403 of a REST call or of the Trader login) or a
     * setting is invalid; {@link #RETRY} for everything else ({@code EService:Unavailable}, {@code EAPI:Invalid nonce},
     * {@code EGeneral:Temporary lockout}, HTTP 5xx, timeouts, a refused socket): the task stays up and tries again.
     *
     * @param error why {@code connect} failed, wrapped or not
     * @return {@link #RETRY} or {@link #FATAL}
     */
    public static CommandFailure ofConnect(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof KrakenApiException api && (SpotErrors.classify(api.errors()) == ErrorClass.FATAL
                    || api.httpStatus() == 401 || api.httpStatus() == 403)) {
                return FATAL;
            }
            if (e instanceof TraderLoginException login && login.refused() || e instanceof ConfigException) {
                return FATAL;
            }
        }
        return RETRY;
    }
}
