package com.kafkaconnectkraken.client.ws;

import static com.kafkaconnectkraken.client.ws.Frames.vector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connection lifecycle against a real WebSocket server: drop, reconnect with a fresh token,
 * restored subscriptions, gap, stall detection, backpressure, maintenance delay, first-connect
 * failure.
 */
class ConnectionSupervisorTest {

    private static final long WAIT = ScriptedKrakenServer.WAIT_SECONDS;
    private static final Duration STALE = Duration.ofMillis(200);

    private final Recorder recorder = new Recorder();
    private final AtomicInteger tokensFetched = new AtomicInteger();
    private ScriptedKrakenServer server;
    private KrakenWsSession session;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedKrakenServer();
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        server.close();
    }

    private KrakenWsConfig.Builder config() {
        return KrakenWsConfig.builder(server.uri("/auth/v2")).name("test").requestTimeout(Duration.ofSeconds(2))
                .pingInterval(Duration.ofSeconds(2)).staleTimeout(Duration.ofSeconds(5))
                .reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(200), 2.0)
                .maintenanceReconnectDelay(Duration.ZERO).maxRequestsPerSecond(50);
    }

    private ScriptedKrakenServer.Connection connect(KrakenWsConfig config) throws Exception {
        session = new KrakenWsSession(config, () -> "token-" + tokensFetched.incrementAndGet(), recorder);
        session.connect().get(WAIT, TimeUnit.SECONDS);
        return server.awaitConnection();
    }

    private void subscribe(ScriptedKrakenServer.Connection connection, Subscription subscription, JsonNode... acks)
            throws Exception {
        CompletableFuture<List<KrakenWsResponse>> done = session.subscribe(subscription);
        JsonNode request = connection.awaitRequest("subscribe");
        for (JsonNode ack : acks) {
            connection.reply(request, ack);
        }
        done.get(WAIT, TimeUnit.SECONDS);
    }

    @Test
    void serverDropReconnectsWithAFreshTokenResubscribesAndReportsTheGap() throws Exception {
        ScriptedKrakenServer.Connection first = connect(config().build());
        subscribe(first, Subscription.of(SpotChannel.EXECUTIONS, List.of()).withParam("snap_orders", true),
                vector("ws-v2/executions.json", "subscribe_ack"));
        subscribe(first, Subscription.of(SpotChannel.BOOK, List.of("ALGO/USD", "MATIC/USD")),
                vector("ws-v2/book.json", "subscribe_acks", 0), vector("ws-v2/book.json", "subscribe_acks", 1));
        CompletableFuture<KrakenWsResponse> inFlight = session.request("cancel_all", null);
        first.awaitRequest("cancel_all");
        first.send(vector("ws-v2/book.json", "update"));
        recorder.awaitMessage();
        first.drop();

        ExecutionException lost = assertThrows(ExecutionException.class, () -> inFlight.get(WAIT, TimeUnit.SECONDS));
        assertTrue(assertInstanceOf(KrakenWsConnectionException.class, lost.getCause()).requestSent());
        recorder.awaitEvent(KrakenWsEvent.ConnectionFailed.class);
        KrakenWsEvent.Reconnecting reconnecting = recorder.awaitEvent(KrakenWsEvent.Reconnecting.class);
        assertEquals(1, reconnecting.attempt());
        assertTrue(reconnecting.delay().compareTo(Duration.ofMillis(50)) <= 0, "attempt 1 is jittered within the initial delay");
        Instant droppedBy = Instant.now();

        Instant restoredFrom = expectRestoreWithFreshToken(server.awaitConnection());
        KrakenWsEvent.Reconnected reconnected = recorder.awaitEvent(KrakenWsEvent.Reconnected.class);
        assertEquals(2, reconnected.subscriptions());
        KrakenWsEvent.Gap gap = recorder.awaitEvent(KrakenWsEvent.Gap.class);
        assertEquals(Duration.between(gap.from(), gap.to()), gap.duration());
        assertFalse(gap.from().isAfter(droppedBy), "the gap starts at the last frame before the drop");
        assertFalse(gap.to().isBefore(restoredFrom), "the gap ends when the subscriptions are restored");
        assertEquals(2, tokensFetched.get());
        assertEquals(List.of(KrakenWsEvent.Type.OPENED, KrakenWsEvent.Type.AUTHENTICATED,
                KrakenWsEvent.Type.CONNECTION_FAILED, KrakenWsEvent.Type.RECONNECTING, KrakenWsEvent.Type.OPENED,
                KrakenWsEvent.Type.AUTHENTICATED, KrakenWsEvent.Type.RECONNECTED, KrakenWsEvent.Type.GAP),
                recorder.eventTypes());
    }

    /** Checks the restored subscriptions on the new connection, acks them, returns when acking began. */
    private static Instant expectRestoreWithFreshToken(ScriptedKrakenServer.Connection second) throws Exception {
        JsonNode executions = second.awaitRequest("subscribe");
        assertEquals("token-2", executions.get("params").get("token").asText(), "fresh token on reconnect");
        assertTrue(executions.get("params").get("snap_orders").booleanValue());
        second.reply(executions, vector("ws-v2/executions.json", "subscribe_ack"));
        JsonNode book = second.awaitRequest("subscribe");
        assertEquals(vector("ws-v2/book.json", "subscribe_request").get("params"), book.get("params"));
        Instant restoredFrom = Instant.now();
        second.reply(book, vector("ws-v2/book.json", "subscribe_acks", 0));
        second.reply(book, vector("ws-v2/book.json", "subscribe_acks", 1));
        return restoredFrom;
    }

    @Test
    void stalledConnectionIsDetectedAndReplaced() throws Exception {
        ScriptedKrakenServer.Connection first = connect(config().staleTimeout(STALE).pingInterval(Duration.ofMillis(100)).build());
        first.stall();
        KrakenWsEvent.ConnectionFailed failed = recorder.awaitEvent(KrakenWsEvent.ConnectionFailed.class);
        KrakenWsStaleConnectionException stale = assertInstanceOf(KrakenWsStaleConnectionException.class, failed.cause());
        assertTrue(stale.silence().compareTo(STALE) > 0, "reported silence " + stale.silence());
        assertTrue(first.pings.get() >= 1, "application pings were sent before the stall was declared");
        server.awaitConnection();
        recorder.awaitEvent(KrakenWsEvent.Reconnected.class);
        recorder.awaitEvent(KrakenWsEvent.Gap.class);
    }

    @Test
    void heartbeatsAloneKeepAConnectionAlive() throws Exception {
        Duration staleTimeout = Duration.ofSeconds(3);
        ScriptedKrakenServer.Connection first = connect(config().staleTimeout(staleTimeout)
                .pingInterval(Duration.ofSeconds(2)).build());
        first.stall();   // pings go unanswered: heartbeats are the only frames
        // heartbeats 100 ms apart (30x margin to the stale timeout) for longer than the stale timeout itself, so the
        // connection would have been declared stale had heartbeats not counted
        long until = System.nanoTime() + staleTimeout.toNanos() * 3 / 2;
        while (System.nanoTime() < until) {
            first.send(vector("ws-v2/connection.json", "heartbeat"));
            Thread.sleep(100);
        }
        assertFalse(recorder.eventTypes().contains(KrakenWsEvent.Type.CONNECTION_FAILED), recorder.eventTypes().toString());
        assertTrue(session.isConnected());
    }

    @Test
    void listenerBlockingForBackpressureIsNotMistakenForAStall() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        session = new KrakenWsSession(config().staleTimeout(STALE).pingInterval(Duration.ofMillis(100)).build(), null,
                new KrakenWsListener() {
                    @Override
                    public void onMessage(KrakenWsMessage message) {
                        blocked.countDown();
                        awaitQuietly(release);
                        recorder.onMessage(message);
                    }

                    @Override
                    public void onEvent(KrakenWsEvent event) {
                        recorder.onEvent(event);
                    }
                });
        session.connect().get(WAIT, TimeUnit.SECONDS);
        ScriptedKrakenServer.Connection first = server.awaitConnection();
        first.send(vector("ws-v2/book.json", "snapshot"));
        first.send(vector("ws-v2/book.json", "update"));
        assertTrue(blocked.await(WAIT, TimeUnit.SECONDS));
        Thread.sleep(STALE.toMillis() * 4);
        release.countDown();
        assertEquals("snapshot", recorder.awaitMessage().type());
        assertEquals("update", recorder.awaitMessage().type());
        assertFalse(recorder.eventTypes().contains(KrakenWsEvent.Type.CONNECTION_FAILED), recorder.eventTypes().toString());
    }

    @Test
    void restoreRejectionIsReportedAsSubscriptionLost() throws Exception {
        ScriptedKrakenServer.Connection first = connect(config().build());
        subscribe(first, Subscription.of(SpotChannel.BOOK, List.of("ALGO/USD", "MATIC/USD")),
                vector("ws-v2/book.json", "subscribe_acks", 0), vector("ws-v2/book.json", "subscribe_acks", 1));
        first.drop();
        ScriptedKrakenServer.Connection second = server.awaitConnection();
        JsonNode book = second.awaitRequest("subscribe");
        second.reply(book, vector("ws-v2/book.json", "subscribe_acks", 0));
        ObjectNode delisted = vector("ws-v2/connection.json", "unsubscribe_not_subscribed_error_observed");
        delisted.put("symbol", "MATIC/USD").put("error", "Currency pair not supported");
        second.reply(book, delisted);
        KrakenWsEvent.SubscriptionLost lost = recorder.awaitEvent(KrakenWsEvent.SubscriptionLost.class);
        assertEquals("MATIC/USD", lost.symbol());
        assertEquals("Currency pair not supported", lost.error());
        recorder.awaitEvent(KrakenWsEvent.Reconnected.class);
        assertEquals(List.of(Subscription.of(SpotChannel.BOOK, List.of("ALGO/USD"))), session.activeSubscriptions());
    }

    @Test
    void unansweredRestoreCountsAsAFailedConnection() throws Exception {
        ScriptedKrakenServer.Connection first = connect(config().requestTimeout(Duration.ofMillis(500)).build());
        subscribe(first, Subscription.of(SpotChannel.TICKER, List.of("ALGO/USD")), vector("ws-v2/ticker.json", "subscribe_ack"));
        first.drop();
        server.awaitConnection().awaitRequest("subscribe");
        recorder.awaitEvent(KrakenWsEvent.Reconnecting.class);
        KrakenWsEvent.ConnectionFailed failed = recorder.awaitEvent(KrakenWsEvent.ConnectionFailed.class);
        assertInstanceOf(KrakenWsTimeoutException.class, failed.cause().getCause());
        KrakenWsEvent.Reconnecting again = recorder.awaitEvent(KrakenWsEvent.Reconnecting.class);
        assertEquals(2, again.attempt(), "a connection that did not stay up does not reset the backoff");
        ScriptedKrakenServer.Connection third = server.awaitConnection();
        third.reply(third.awaitRequest("subscribe"), vector("ws-v2/ticker.json", "subscribe_ack"));
        assertEquals(2, recorder.awaitEvent(KrakenWsEvent.Reconnected.class).attempt());
    }

    @Test
    void maintenanceStatusStretchesTheReconnectDelay() throws Exception {
        Duration maintenance = Duration.ofMillis(300);
        ScriptedKrakenServer.Connection first = connect(config().maintenanceReconnectDelay(maintenance).build());
        ObjectNode status = vector("ws-v2/connection.json", "status_on_connect");
        ((ObjectNode) status.get("data").get(0)).put("system", "maintenance");
        first.send(status);
        recorder.awaitMessage();
        first.drop();
        assertEquals(maintenance, recorder.awaitEvent(KrakenWsEvent.Reconnecting.class).delay());
        ExecutionException notSent = assertThrows(ExecutionException.class,
                () -> session.request("cancel_all", null).get(WAIT, TimeUnit.SECONDS));
        assertFalse(assertInstanceOf(KrakenWsConnectionException.class, notSent.getCause()).requestSent(),
                "while reconnecting a request fails at once and is known not to be sent");
    }

    @Test
    void restoreBurstIsPaced() throws Exception {
        AtomicLong nanos = new AtomicLong(1_000_000_000L);
        RequestPacer pacer = new RequestPacer(5, nanos::get);   // 200 ms slots
        session = new KrakenWsSession(config().maxRequestsPerSecond(5).build(), null, recorder, null, new Random(), pacer);
        session.connect().get(WAIT, TimeUnit.SECONDS);
        ScriptedKrakenServer.Connection first = server.awaitConnection();
        List<Integer> intervals = List.of(1, 5, 15, 30);
        for (int interval : intervals) {
            nanos.addAndGet(TimeUnit.SECONDS.toNanos(1));   // an idle second: each subscribe is sent at once
            ObjectNode ack = vector("ws-v2/ohlc.json", "subscribe_acks", 0);
            ((ObjectNode) ack.get("result")).put("interval", interval);
            subscribe(first, Subscription.of(SpotChannel.OHLC, List.of(ack.get("result").get("symbol").asText()))
                    .withParam("interval", interval), ack);
        }
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(10));
        first.drop();   // the pacer's clock stands still from here on

        ScriptedKrakenServer.Connection second = server.awaitConnection();
        for (int interval : intervals) {
            assertEquals(interval, second.awaitRequest("subscribe").get("params").get("interval").asInt(),
                    "restored in subscription order");
        }
        // the 4 restore requests took the slots now, +200, +400 and +600 ms; the next free one is +800 ms
        // (how a reserved slot becomes a send delay is RequestPacerTest's subject)
        assertEquals(TimeUnit.MILLISECONDS.toNanos(800), pacer.reserve());
    }

    @Test
    void failedFirstConnectFailsConnectAndClosesTheSession() throws Exception {
        server.rejectHandshakes();
        session = new KrakenWsSession(config().build(), null, recorder);
        ExecutionException failure = assertThrows(ExecutionException.class, () -> session.connect().get(WAIT, TimeUnit.SECONDS));
        KrakenWsConnectionException error = assertInstanceOf(KrakenWsConnectionException.class, failure.getCause());
        assertTrue(error.getMessage().contains("503"), error.getMessage());
        recorder.awaitEvent(KrakenWsEvent.Closed.class);
        assertEquals(List.of(KrakenWsEvent.Type.CONNECTION_FAILED, KrakenWsEvent.Type.CLOSED), recorder.eventTypes());
        assertEquals(1, server.handshakes(), "the first connect is not retried");
    }

    @Test
    void withRetryFirstConnectAnUnreachableExchangeIsRetriedWithTheBackoffUntilItAnswers() throws Exception {
        server.rejectFirstHandshakes(3);
        session = new KrakenWsSession(config().retryFirstConnect(true).build(), null, recorder);
        session.connect().get(WAIT, TimeUnit.SECONDS);
        assertEquals(4, server.handshakes(), "three refused attempts, the fourth connects");
        List<KrakenWsEvent.Reconnecting> retries = recorder.events().stream()
                .filter(KrakenWsEvent.Reconnecting.class::isInstance).map(KrakenWsEvent.Reconnecting.class::cast).toList();
        assertEquals(List.of(1, 2, 3), retries.stream().map(KrakenWsEvent.Reconnecting::attempt).toList());
        for (KrakenWsEvent.Reconnecting retry : retries) {
            assertTrue(retry.delay().compareTo(Duration.ofMillis(200)) <= 0, "capped by reconnect.backoff.max: " + retry);
        }
        assertFalse(recorder.eventTypes().contains(KrakenWsEvent.Type.CONNECTION_FAILED), "no failure reported: retried");
        server.awaitConnection();
    }

    @Test
    void failedTokenFetchOnFirstConnectFailsConnect() throws Exception {
        session = new KrakenWsSession(config().build(), () -> {
            throw new IllegalStateException("EAPI:Invalid key");
        }, recorder);
        ExecutionException failure = assertThrows(ExecutionException.class, () -> session.connect().get(WAIT, TimeUnit.SECONDS));
        assertTrue(failure.getCause().getMessage().contains("EAPI:Invalid key"), failure.getCause().getMessage());
        recorder.awaitEvent(KrakenWsEvent.Closed.class);
        assertNull(recorder.events().stream().filter(e -> e instanceof KrakenWsEvent.Authenticated).findAny().orElse(null));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(WAIT, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
