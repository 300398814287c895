package com.kafkaconnectkraken.client.ws;

import static com.kafkaconnectkraken.client.ws.Frames.response;
import static com.kafkaconnectkraken.client.ws.Frames.vector;
import static com.kafkaconnectkraken.client.ws.Frames.withReqId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestTrackerTest {

    private static final Duration LONG = Duration.ofSeconds(30);
    private static final Duration SHORT = Duration.ofMillis(100);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final RequestTracker tracker = new RequestTracker(timer);

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void reqIdsAreUniqueWithinASession() {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(ids.add(tracker.nextReqId()));
        }
        assertTrue(ids.stream().allMatch(id -> id > 0), "Kraken req_id is a positive integer");
    }

    @Test
    void responseCompletesTheRequestWithTheSameReqId() throws Exception {
        CompletableFuture<List<KrakenWsResponse>> first = tracker.track(123456789, "add_order", 1, false, LONG);
        CompletableFuture<List<KrakenWsResponse>> other = tracker.track(5, "add_order", 1, false, LONG);
        assertTrue(tracker.accept(response(vector("ws-v2-trading/add_order.json", "response_success"))));
        KrakenWsResponse answer = first.get(5, TimeUnit.SECONDS).get(0);
        assertEquals("AA5JGQ-SBMRC-SCJ7J7", answer.result().get("order_id").asText());
        assertFalse(other.isDone());
        assertEquals(1, tracker.pendingCount());
    }

    @Test
    void unknownOrMissingReqIdIsUnmatched() {
        tracker.track(1, "add_order", 1, false, LONG);
        assertFalse(tracker.accept(response(vector("ws-v2-trading/add_order.json", "response_failure_sdk"))), "req_id 99");
        assertFalse(tracker.accept(response(vector("ws-v2/ticker.json", "subscribe_ack"))), "no req_id");
    }

    @Test
    void multiFrameResponseCompletesAfterTheExpectedNumberOfFrames() throws Exception {
        CompletableFuture<List<KrakenWsResponse>> cancel = tracker.track(123456789, "cancel_order", 2, false, LONG);
        tracker.accept(response(vector("ws-v2-trading/cancel_order.json", "responses_success", 0)));
        assertFalse(cancel.isDone(), "cancel_order with 2 ids answers with 2 frames");
        tracker.accept(response(vector("ws-v2-trading/cancel_order.json", "responses_success", 1)));
        List<KrakenWsResponse> frames = cancel.get(5, TimeUnit.SECONDS);
        assertEquals(List.of("OLUMT4-UTEGU-ZYM7E9", "OM5CRX-N2HAL-GFGWE9"),
                frames.stream().map(f -> f.result().get("order_id").asText()).toList());
    }

    @Test
    void timeoutFailsWithADistinctExceptionCarryingPartialFrames() {
        CompletableFuture<List<KrakenWsResponse>> cancel = tracker.track(123456789, "cancel_order", 2, false, SHORT);
        tracker.accept(response(vector("ws-v2-trading/cancel_order.json", "responses_success", 0)));
        ExecutionException failure = assertThrows(ExecutionException.class, () -> cancel.get(5, TimeUnit.SECONDS));
        KrakenWsTimeoutException timeout = assertInstanceOf(KrakenWsTimeoutException.class, failure.getCause());
        assertEquals(123456789, timeout.reqId());
        assertEquals("cancel_order", timeout.method());
        assertEquals("OLUMT4-UTEGU-ZYM7E9", timeout.partialResponses().get(0).result().get("order_id").asText());
        assertFalse(tracker.accept(response(vector("ws-v2-trading/cancel_order.json", "responses_success", 1))),
                "a late frame after the timeout is unmatched");
        assertEquals(0, tracker.pendingCount());
    }

    @Test
    void unsubscribeErrorReportedAsMethodSubscribeStillMatchesByReqId() throws Exception {
        CompletableFuture<List<KrakenWsResponse>> unsubscribe = tracker.track(123456789, "unsubscribe", 1, true, LONG);
        tracker.accept(response(vector("ws-v2/connection.json", "unsubscribe_not_subscribed_error_observed")));
        KrakenWsResponse ack = unsubscribe.get(5, TimeUnit.SECONDS).get(0);
        assertEquals("subscribe", ack.method());
        assertEquals("BTC/USD", ack.symbol());
        assertEquals("Subscription Not Found", ack.error());
    }

    @Test
    void symbolScopedRequestEndsEarlyOnARequestLevelError() throws Exception {
        CompletableFuture<List<KrakenWsResponse>> subscribe = tracker.track(7, "subscribe", 3, true, LONG);
        tracker.accept(response(withReqId(vector("ws-v2/connection.json", "generic_error_shape_from_docs_schema"), 7)));
        assertEquals(1, subscribe.get(5, TimeUnit.SECONDS).size(), "an error without symbol rejects the whole request");
    }

    @Test
    void perSymbolErrorDoesNotEndASymbolScopedRequestEarly() {
        CompletableFuture<List<KrakenWsResponse>> subscribe = tracker.track(123456789, "subscribe", 2, true, LONG);
        tracker.accept(response(vector("ws-v2/connection.json", "unsubscribe_not_subscribed_error_observed")));
        assertFalse(subscribe.isDone(), "the other symbol's ack is still due");
    }

    @Test
    void failAllFailsEveryPendingRequest() {
        CompletableFuture<List<KrakenWsResponse>> a = tracker.track(1, "add_order", 1, false, LONG);
        CompletableFuture<List<KrakenWsResponse>> b = tracker.track(2, "cancel_all", 1, false, LONG);
        KrakenWsConnectionException lost = new KrakenWsConnectionException("lost", null, true);
        tracker.failAll((reqId, method) -> lost);
        ExecutionException ea = assertThrows(ExecutionException.class, () -> a.get(5, TimeUnit.SECONDS));
        ExecutionException eb = assertThrows(ExecutionException.class, () -> b.get(5, TimeUnit.SECONDS));
        assertSame(lost, ea.getCause());
        assertSame(lost, eb.getCause());
        assertEquals(0, tracker.pendingCount());
        assertNotEquals(0, tracker.nextReqId());
    }

    @Test
    void rejectsZeroExpectedFrames() {
        assertThrows(IllegalArgumentException.class, () -> tracker.track(1, "x", 0, false, LONG));
    }
}
