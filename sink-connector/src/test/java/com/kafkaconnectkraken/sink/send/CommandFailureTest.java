package com.kafkaconnectkraken.sink.send;

import static com.kafkaconnectkraken.sink.send.CommandFailure.FATAL;
import static com.kafkaconnectkraken.sink.send.CommandFailure.REJECTED;
import static com.kafkaconnectkraken.sink.send.CommandFailure.RETRY;
import static com.kafkaconnectkraken.sink.send.CommandFailure.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kafkaconnectkraken.client.rest.KrakenApiException;
import com.kafkaconnectkraken.client.trader.TraderLoginException;
import com.kafkaconnectkraken.client.ws.KrakenWsConnectionException;
import com.kafkaconnectkraken.client.ws.KrakenWsException;
import com.kafkaconnectkraken.client.ws.KrakenWsTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class CommandFailureTest {

    @Test
    void answersThatProveNothingRanAreRetried() {
        assertEquals(RETRY, CommandFailure.of("EService:Unavailable"));
        assertEquals(RETRY, CommandFailure.of("EService:Busy"));
        assertEquals(RETRY, CommandFailure.of("EService: Throttled: 1700000000"));
        assertEquals(RETRY, CommandFailure.of("EGeneral:Temporary lockout"), "a lockout expires; it was FATAL here before");
    }

    @Test
    void anInternalErrorLeavesTheOutcomeOpen() {
        assertEquals(UNKNOWN, CommandFailure.of("EGeneral:Internal error:5001"));
    }

    @Test
    void orderLevelAndUnknownErrorsAreRejected() {
        assertEquals(REJECTED, CommandFailure.of("EOrder:Insufficient funds"));
        assertEquals(REJECTED, CommandFailure.of("EOrder:Rate limit exceeded"));
        assertEquals(REJECTED, CommandFailure.of("EService:Deadline elapsed"));
        assertEquals(REJECTED, CommandFailure.of("EGeneral:Invalid arguments"));
        assertEquals(REJECTED, CommandFailure.of("EFuture:never seen"));
        assertEquals(REJECTED, CommandFailure.of((String) null));
    }

    @Test
    void credentialErrorsStopTrading() {
        assertEquals(FATAL, CommandFailure.of("EAPI:Invalid key"));
        assertEquals(FATAL, CommandFailure.of("EAPI:Invalid signature"));
        assertEquals(FATAL, CommandFailure.of("EGeneral:Permission denied"));
    }

    @Test
    void sentButUnansweredIsUnknownNotSentIsRetried() {
        KrakenWsTimeoutException timeout = new KrakenWsTimeoutException("add_order", 3, Duration.ofSeconds(1), 1, List.of());
        assertEquals(UNKNOWN, CommandFailure.of(new ExecutionException(timeout)));
        assertEquals(UNKNOWN, CommandFailure.of(new CompletionException(
            new KrakenWsConnectionException("lost", null, true))));
        assertEquals(RETRY, CommandFailure.of(new ExecutionException(
            new KrakenWsConnectionException("not connected", null, false))));
        assertEquals(UNKNOWN, CommandFailure.of(new UncertainOutcomeException("EGeneral:Internal error")));
    }

    @Test
    void restFailures() {
        assertEquals(RETRY, CommandFailure.of(new KrakenApiException("OpenOrders", List.of("EAPI:Rate limit exceeded"))));
        assertEquals(FATAL, CommandFailure.of(new KrakenApiException("OpenOrders", List.of("EAPI:Invalid key"))));
        assertEquals(REJECTED, CommandFailure.of(new KrakenApiException("QueryOrders", List.of("EQuery:Invalid order"))));
        assertEquals(FATAL, CommandFailure.of(new IllegalStateException("bug")));
    }

    /** As the sink's connect throws it: TransientCommandException / ExecutionException / session / token fetch. */
    private static Throwable connectFailure(Throwable tokenFailure) {
        return new TransientCommandException("cannot connect to Kraken trading at ws://127.0.0.1/private/v2",
            new ExecutionException(new KrakenWsConnectionException("Could not connect to ws://127.0.0.1/private/v2",
                new KrakenWsException("Could not fetch a WebSocket token: " + tokenFailure.getMessage(), tokenFailure),
                false)));
    }

    @Test
    void aTokenCallTheExchangeRefusesForNowIsRetriedAtConnect() {
        for (String error : List.of("EService:Unavailable", "EAPI:Invalid nonce", "EGeneral:Temporary lockout",
                "EService:Busy", "EAPI:Rate limit exceeded", "EGeneral:Internal error")) {
            assertEquals(RETRY, CommandFailure.ofConnect(connectFailure(
                new KrakenApiException("GetWebSocketsToken", List.of(error)))), error);
        }
    }

    @Test
    void http5xxTimeoutsAndRefusedSocketsAreRetriedAtConnect() {
        assertEquals(RETRY, CommandFailure.ofConnect(connectFailure(new KrakenApiException("GetWebSocketsToken",
            "Kraken GetWebSocketsToken answered HTTP 503", List.of(), true, 503, null))));
        assertEquals(RETRY, CommandFailure.ofConnect(connectFailure(new KrakenApiException("GetWebSocketsToken",
            "Kraken GetWebSocketsToken request failed: timeout", List.of(), true, KrakenApiException.NO_RESPONSE,
            new IOException("timeout")))));
        assertEquals(RETRY, CommandFailure.ofConnect(new TransientCommandException("cannot connect",
            new ExecutionException(new KrakenWsConnectionException("refused", new ConnectException("Connection refused"),
                false)))));
        assertEquals(RETRY, CommandFailure.ofConnect(connectFailure(
            new TraderLoginException("Trader login answered 503 SERVICE_UNAVAILABLE", 503, null))));
        assertEquals(RETRY, CommandFailure.ofConnect(connectFailure(
            new TraderLoginException("Trader login failed: timeout", 0, new IOException("timeout")))));
    }

    @Test
    void refusedCredentialsAndInvalidSettingsFailAtConnect() {
        assertEquals(FATAL, CommandFailure.ofConnect(connectFailure(
            new KrakenApiException("GetWebSocketsToken", List.of("EAPI:Invalid key")))));
        assertEquals(FATAL, CommandFailure.ofConnect(connectFailure(
            new KrakenApiException("GetWebSocketsToken", List.of("EGeneral:Permission denied")))));
        assertEquals(FATAL, CommandFailure.ofConnect(connectFailure(new KrakenApiException("GetWebSocketsToken",
            "Kraken GetWebSocketsToken answered HTTP 401", List.of(), false, 401, null))));
        assertEquals(FATAL, CommandFailure.ofConnect(connectFailure(
            new TraderLoginException("Trader login answered 401 UNAUTHORIZED", 401, null))));
        assertEquals(FATAL, CommandFailure.ofConnect(new ConfigException("kraken.ws.private.url", "x", "not a URL")));
    }
}
