package com.kafkaconnectkraken.sink.exec;

import com.kafkaconnectkraken.client.rest.KrakenApiException;
import com.kafkaconnectkraken.client.ws.KrakenWsConnectionException;
import com.kafkaconnectkraken.client.ws.KrakenWsTimeoutException;
import java.util.List;

/**
 * The one place that decides what a failure means for a command (model: debezium ErrorHandler,
 * kafka-connect-jdbc JdbcSinkTask):
 * <ul>
 *   <li>{@link Kind#TRANSIENT}: the command was certainly not executed and may succeed later
 *       (not sent because disconnected; {@code EService:Unavailable}, {@code EService:Busy},
 *       {@code EService:Throttled}) - retried through Connect with backoff;</li>
 *   <li>{@link Kind#UNCERTAIN}: sent but no answer (timeout, connection lost after sending) -
 *       UNKNOWN acknowledgement, then reconciliation; never blindly re-sent;</li>
 *   <li>{@link Kind#REJECTED}: Kraken refused this command (e.g. {@code EOrder:Insufficient funds},
 *       {@code EOrder:Rate limit exceeded}) - REJECTED acknowledgement, the task goes on;</li>
 *   <li>{@link Kind#FATAL}: the connector cannot trade at all (bad key, no permission) - the
 *       task fails with the cause.</li>
 * </ul>
 * Error vocabulary: PROTOCOL.md §6.2, https://docs.kraken.com/api/docs/guides/spot-errors.
 */
public final class ErrorClassifier {

    /** What a failure means. */
    public enum Kind { TRANSIENT, UNCERTAIN, REJECTED, FATAL }

    private static final List<String> TRANSIENT = List.of("EService:Unavailable", "EService:Busy",
        "EService: Throttled", "EService:Throttled");
    private static final List<String> FATAL = List.of("EAPI:Invalid key", "EAPI:Invalid signature",
        "EGeneral:Permission denied", "EGeneral:Temporary lockout", "EAPI:Bad request");

    private ErrorClassifier() {
    }

    /** @return the meaning of a Kraken error string from a trading response */
    public static Kind classify(String krakenError) {
        if (krakenError == null) {
            return Kind.REJECTED;
        }
        if (TRANSIENT.stream().anyMatch(krakenError::startsWith)) {
            return Kind.TRANSIENT;
        }
        if (FATAL.stream().anyMatch(krakenError::startsWith)) {
            return Kind.FATAL;
        }
        return Kind.REJECTED;
    }

    /** @return the meaning of an exception raised while sending a command or looking up orders */
    public static Kind classify(Throwable error) {
        Throwable e = error;
        while (e instanceof java.util.concurrent.CompletionException || e instanceof java.util.concurrent.ExecutionException) {
            if (e.getCause() == null) {
                break;
            }
            e = e.getCause();
        }
        if (e instanceof KrakenWsTimeoutException) {
            return Kind.UNCERTAIN;
        }
        if (e instanceof KrakenWsConnectionException c) {
            return c.requestSent() ? Kind.UNCERTAIN : Kind.TRANSIENT;
        }
        if (e instanceof KrakenApiException api) {
            return api.isTransient() || api.httpStatus() != 200 ? Kind.TRANSIENT
                : api.errors().stream().map(ErrorClassifier::classify).anyMatch(Kind.FATAL::equals) ? Kind.FATAL
                : Kind.REJECTED;
        }
        return Kind.FATAL;
    }
}
