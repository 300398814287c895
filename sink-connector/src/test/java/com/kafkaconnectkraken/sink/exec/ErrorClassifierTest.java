package com.kafkaconnectkraken.sink.exec;

import static com.kafkaconnectkraken.sink.exec.ErrorClassifier.Kind.FATAL;
import static com.kafkaconnectkraken.sink.exec.ErrorClassifier.Kind.REJECTED;
import static com.kafkaconnectkraken.sink.exec.ErrorClassifier.Kind.TRANSIENT;
import static com.kafkaconnectkraken.sink.exec.ErrorClassifier.Kind.UNCERTAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kafkaconnectkraken.client.rest.KrakenApiException;
import com.kafkaconnectkraken.client.ws.KrakenWsConnectionException;
import com.kafkaconnectkraken.client.ws.KrakenWsTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ErrorClassifierTest {

    @Test
    void krakenErrorStrings() {
        assertEquals(TRANSIENT, ErrorClassifier.classify("EService:Unavailable"));
        assertEquals(TRANSIENT, ErrorClassifier.classify("EService:Busy"));
        assertEquals(TRANSIENT, ErrorClassifier.classify("EService: Throttled: 1700000000"));
        assertEquals(REJECTED, ErrorClassifier.classify("EOrder:Insufficient funds"));
        assertEquals(REJECTED, ErrorClassifier.classify("EOrder:Rate limit exceeded"));
        assertEquals(REJECTED, ErrorClassifier.classify("EService:Deadline elapsed"));
        assertEquals(REJECTED, ErrorClassifier.classify("EGeneral:Invalid arguments"));
        assertEquals(FATAL, ErrorClassifier.classify("EAPI:Invalid key"));
        assertEquals(FATAL, ErrorClassifier.classify("EGeneral:Permission denied"));
    }

    @Test
    void sentButUnansweredIsUncertainNotSentIsTransient() {
        KrakenWsTimeoutException timeout = new KrakenWsTimeoutException("add_order", 3, Duration.ofSeconds(1), 1, List.of());
        assertEquals(UNCERTAIN, ErrorClassifier.classify(new ExecutionException(timeout)));
        assertEquals(UNCERTAIN, ErrorClassifier.classify(new CompletionException(
            new KrakenWsConnectionException("lost", null, true))));
        assertEquals(TRANSIENT, ErrorClassifier.classify(new ExecutionException(
            new KrakenWsConnectionException("not connected", null, false))));
    }

    @Test
    void restFailures() {
        assertEquals(TRANSIENT, ErrorClassifier.classify(new KrakenApiException("OpenOrders", List.of("EAPI:Rate limit exceeded"))));
        assertEquals(FATAL, ErrorClassifier.classify(new KrakenApiException("OpenOrders", List.of("EAPI:Invalid key"))));
        assertEquals(FATAL, ErrorClassifier.classify(new IllegalStateException("bug")));
    }
}
