package com.kafkaconnectkraken.client.ws;

import static com.kafkaconnectkraken.client.ws.Frames.vector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The session against a real WebSocket server scripted with the official sample frames:
 * per-symbol acks, req_id correlation, multi-frame responses, timeouts, token injection,
 * data delivery with exact decimals, malformed frames and close.
 */
class KrakenWsSessionTest {

    private static final long WAIT = ScriptedKrakenServer.WAIT_SECONDS;
    private static final ObjectNode ADD_ORDER_LIMIT =
            (ObjectNode) vector("ws-v2-trading/add_order.json", "request_limit").get("params");

    private final Recorder recorder = new Recorder();
    private ScriptedKrakenServer server;
    private KrakenWsSession session;
    private ScriptedKrakenServer.Connection connection;

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

    private void connect(Duration requestTimeout, TokenProvider tokens) throws Exception {
        KrakenWsConfig config = KrakenWsConfig.builder(server.uri("/public/v2")).name("test")
                .requestTimeout(requestTimeout).pingInterval(Duration.ofSeconds(2)).staleTimeout(Duration.ofSeconds(5))
                .build();
        session = new KrakenWsSession(config, tokens, recorder);
        session.connect().get(WAIT, TimeUnit.SECONDS);
        connection = server.awaitConnection();
    }

    @Test
    void connectsToTheConfiguredPathAndReportsOpened() throws Exception {
        connect(Duration.ofSeconds(2), null);
        assertEquals("/public/v2", connection.path);
        KrakenWsEvent.Opened opened = recorder.awaitEvent(KrakenWsEvent.Opened.class);
        assertEquals(server.uri("/public/v2"), opened.uri());
        assertTrue(session.isConnected());
    }

    @Test
    void subscribeCompletesOnlyAfterOneAckPerSymbol() throws Exception {
        connect(Duration.ofSeconds(2), null);
        CompletableFuture<List<KrakenWsResponse>> acks =
                session.subscribe(Subscription.of(SpotChannel.BOOK, List.of("ALGO/USD", "MATIC/USD")));
        JsonNode request = connection.awaitRequest("subscribe");
        assertEquals(vector("ws-v2/book.json", "subscribe_request").get("params"), request.get("params"));
        connection.reply(request, vector("ws-v2/book.json", "subscribe_acks", 0));
        connection.send(vector("ws-v2/book.json", "snapshot"));
        assertEquals("snapshot", recorder.awaitMessage().type(), "data flows while acks are outstanding");
        assertFalse(acks.isDone(), "MATIC/USD is not acknowledged yet");
        connection.reply(request, vector("ws-v2/book.json", "subscribe_acks", 1));
        assertEquals(List.of("ALGO/USD", "MATIC/USD"),
                acks.get(WAIT, TimeUnit.SECONDS).stream().map(KrakenWsResponse::symbol).toList());
        assertEquals(List.of(Subscription.of(SpotChannel.BOOK, List.of("ALGO/USD", "MATIC/USD"))), session.activeSubscriptions());
    }

    @Test
    void dataPushesArriveAsExactTreesWithReceiveTime() throws Exception {
        connect(Duration.ofSeconds(2), null);
        connection.send(vector("ws-v2/book.json", "update"));
        KrakenWsMessage update = recorder.awaitMessage();
        assertEquals("book", update.channel());
        assertEquals(new BigDecimal("1098.3947558"), update.data().get(0).get("bids").get(0).get("qty").decimalValue());
        assertTrue(update.receivedAt() != null && update.receivedNanos() != 0);
        connection.send(vector("ws-v2/connection.json", "heartbeat"));
        connection.send(vector("ws-v2/connection.json", "status_on_connect"));
        assertEquals("status", recorder.awaitMessage().channel(), "heartbeat is consumed, status is delivered");
    }

    @Test
    void failedSymbolAckFailsWithSymbolAndErrorWhileTheOtherSymbolStaysActive() throws Exception {
        connect(Duration.ofSeconds(2), null);
        CompletableFuture<List<KrakenWsResponse>> acks = session.subscribe(Subscription.of(SpotChannel.TICKER, List.of("ALGO/USD", "BTC/USD")));
        JsonNode request = connection.awaitRequest("subscribe");
        connection.reply(request, vector("ws-v2/ticker.json", "subscribe_ack"));
        ObjectNode rejected = vector("ws-v2/connection.json", "unsubscribe_not_subscribed_error_observed");
        rejected.put("error", "Currency pair not supported");
        connection.reply(request, rejected);
        ExecutionException failure = assertThrows(ExecutionException.class, () -> acks.get(WAIT, TimeUnit.SECONDS));
        KrakenWsSubscriptionException error = assertInstanceOf(KrakenWsSubscriptionException.class, failure.getCause());
        assertEquals(List.of(new KrakenWsSubscriptionException.Failure("BTC/USD", "Currency pair not supported")),
                error.failures());
        assertEquals(List.of(Subscription.of(SpotChannel.TICKER, List.of("ALGO/USD"))), session.activeSubscriptions());
    }

    @Test
    void unsubscribeErrorThatComesBackAsMethodSubscribeIsStillCorrelated() throws Exception {
        connect(Duration.ofSeconds(2), null);
        CompletableFuture<List<KrakenWsResponse>> acks = session.unsubscribe(Subscription.of(SpotChannel.TICKER, List.of("BTC/USD")));
        JsonNode request = connection.awaitRequest("unsubscribe");
        assertEquals(vector("ws-v2/ticker.json", "unsubscribe_request").get("params").get("channel"),
                request.get("params").get("channel"));
        connection.reply(request, vector("ws-v2/connection.json", "unsubscribe_not_subscribed_error_observed"));
        ExecutionException failure = assertThrows(ExecutionException.class, () -> acks.get(WAIT, TimeUnit.SECONDS));
        KrakenWsSubscriptionException error = assertInstanceOf(KrakenWsSubscriptionException.class, failure.getCause());
        assertEquals("BTC/USD", error.failures().get(0).symbol());
        assertEquals("Subscription Not Found", error.failures().get(0).error());
        assertEquals("subscribe", error.responses().get(0).method());
    }

    @Test
    void unsubscribeRemovesTheSymbolsItAcknowledges() throws Exception {
        connect(Duration.ofSeconds(2), null);
        Subscription ticker = Subscription.of(SpotChannel.TICKER, List.of("ALGO/USD"));
        CompletableFuture<List<KrakenWsResponse>> subscribed = session.subscribe(ticker);
        connection.reply(connection.awaitRequest("subscribe"), vector("ws-v2/ticker.json", "subscribe_ack"));
        subscribed.get(WAIT, TimeUnit.SECONDS);
        CompletableFuture<List<KrakenWsResponse>> unsubscribed = session.unsubscribe(ticker);
        JsonNode request = connection.awaitRequest("unsubscribe");
        assertEquals(vector("ws-v2/ticker.json", "unsubscribe_request").get("params"), request.get("params"));
        connection.reply(request, vector("ws-v2/ticker.json", "unsubscribe_ack"));
        unsubscribed.get(WAIT, TimeUnit.SECONDS);
        assertEquals(List.of(), session.activeSubscriptions());
    }

    @Test
    void responsesAreMatchedByReqIdEvenOutOfOrderAndCarryTheToken() throws Exception {
        connect(Duration.ofSeconds(2), () -> "token-A");
        ObjectNode params = (ObjectNode) vector("ws-v2-trading/add_order.json", "request_limit").get("params");
        params.remove("token");
        ObjectNode untouched = params.deepCopy();
        CompletableFuture<KrakenWsResponse> first = session.request("add_order", params);
        CompletableFuture<KrakenWsResponse> second = session.request("add_order", params);
        JsonNode r1 = connection.awaitRequest("add_order");
        JsonNode r2 = connection.awaitRequest("add_order");
        assertEquals("token-A", r1.get("params").get("token").asText());
        assertEquals(untouched, params, "the caller's params are not modified");
        assertTrue(r1.get("req_id").longValue() != r2.get("req_id").longValue(), "req_id unique per request");
        connection.reply(r2, vector("ws-v2-trading/add_order.json", "response_failure_sdk"));
        connection.reply(r1, vector("ws-v2-trading/add_order.json", "response_success"));
        assertEquals("AA5JGQ-SBMRC-SCJ7J7", first.get(WAIT, TimeUnit.SECONDS).result().get("order_id").asText());
        KrakenWsResponse rejected = second.get(WAIT, TimeUnit.SECONDS);
        assertFalse(rejected.success());
        assertEquals("EOrder:Insufficient funds", rejected.error());
    }

    @Test
    void concurrentRequestsFromManyThreadsAreEachAnsweredWithTheirOwnResponse() throws Exception {
        connect(Duration.ofSeconds(5), () -> "token-A");
        int threads = 4;
        int perThread = 50;
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        List<Future<List<CompletableFuture<KrakenWsResponse>>>> sent = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            sent.add(callers.submit(() -> {
                List<CompletableFuture<KrakenWsResponse>> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    mine.add(session.request("add_order", addOrder("t" + thread + "-" + i)));
                }
                return mine;
            }));
        }
        ObjectNode success = vector("ws-v2-trading/add_order.json", "response_success");
        for (int i = 0; i < threads * perThread; i++) {
            JsonNode request = connection.awaitRequest("add_order");
            ObjectNode answer = success.deepCopy();
            ((ObjectNode) answer.get("result")).put("cl_ord_id", request.get("params").get("cl_ord_id").asText());
            connection.reply(request, answer);
        }
        for (int t = 0; t < threads; t++) {
            List<CompletableFuture<KrakenWsResponse>> mine = sent.get(t).get(WAIT, TimeUnit.SECONDS);
            for (int i = 0; i < perThread; i++) {
                assertEquals("t" + t + "-" + i, mine.get(i).get(WAIT, TimeUnit.SECONDS).result().get("cl_ord_id").asText());
            }
        }
        callers.shutdown();
    }

    private static ObjectNode addOrder(String clOrdId) {
        ObjectNode params = ADD_ORDER_LIMIT.deepCopy();
        params.remove("token");
        params.remove("order_userref");
        return params.put("cl_ord_id", clOrdId);
    }

    @Test
    void cancelOrderWithTwoIdsWaitsForBothFrames() throws Exception {
        connect(Duration.ofSeconds(2), () -> "token-A");
        ObjectNode params = (ObjectNode) vector("ws-v2-trading/cancel_order.json", "request").get("params");
        params.remove("token");
        CompletableFuture<List<KrakenWsResponse>> frames = session.request("cancel_order", params, 2);
        JsonNode request = connection.awaitRequest("cancel_order");
        connection.reply(request, vector("ws-v2-trading/cancel_order.json", "responses_success", 0));
        connection.reply(request, vector("ws-v2-trading/cancel_order.json", "responses_success", 1));
        assertEquals(List.of("OLUMT4-UTEGU-ZYM7E9", "OM5CRX-N2HAL-GFGWE9"), frames.get(WAIT, TimeUnit.SECONDS).stream()
                .map(f -> f.result().get("order_id").asText()).toList());
    }

    @Test
    void unansweredRequestTimesOutAndItsLateAnswerIsReportedUnmatched() throws Exception {
        connect(Duration.ofMillis(200), () -> "token-A");
        CompletableFuture<KrakenWsResponse> cancelAll = session.request("cancel_all", null);
        JsonNode request = connection.awaitRequest("cancel_all");
        ExecutionException failure = assertThrows(ExecutionException.class, () -> cancelAll.get(WAIT, TimeUnit.SECONDS));
        KrakenWsTimeoutException timeout = assertInstanceOf(KrakenWsTimeoutException.class, failure.getCause());
        assertEquals(request.get("req_id").longValue(), timeout.reqId());
        connection.reply(request, vector("ws-v2-trading/cancel_all.json", "response_success"));
        KrakenWsResponse late = recorder.unmatched.poll(WAIT, TimeUnit.SECONDS);
        assertEquals(timeout.reqId(), late.reqId());
    }

    @Test
    void privateSubscriptionGetsTheTokenAndPublicOneDoesNot() throws Exception {
        connect(Duration.ofSeconds(2), () -> "token-A");
        session.subscribe(Subscription.of(SpotChannel.EXECUTIONS, List.of()).withParam("snap_orders", true));
        assertEquals("token-A", connection.awaitRequest("subscribe").get("params").get("token").asText());
        session.subscribe(Subscription.of(SpotChannel.TICKER, List.of("ALGO/USD")));
        assertFalse(connection.awaitRequest("subscribe").get("params").has("token"));
    }

    @Test
    void tradingWithoutTokenProviderFailsClearlyWithoutSending() throws Exception {
        connect(Duration.ofSeconds(2), null);
        CompletableFuture<KrakenWsResponse> cancelAll = session.request("cancel_all", null);
        ExecutionException failure = assertThrows(ExecutionException.class, () -> cancelAll.get(WAIT, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, failure.getCause());
        assertEquals(null, connection.pollRequest(100));
    }

    @Test
    void pingIsAnsweredByPong() throws Exception {
        connect(Duration.ofSeconds(2), null);
        KrakenWsResponse pong = session.ping().get(WAIT, TimeUnit.SECONDS);
        assertEquals("pong", pong.method());
        assertTrue(pong.success());
    }

    @Test
    void malformedFramesAreReportedAndTheSessionKeepsReading() throws Exception {
        connect(Duration.ofSeconds(2), null);
        connection.sendText("{not json");
        connection.sendText("{\"Error\":\"Exceeded msg rate\"}");
        connection.sendText("[1,2]");
        connection.send(vector("ws-v2/book.json", "update"));
        assertEquals("{not json", recorder.malformed.poll(WAIT, TimeUnit.SECONDS));
        assertEquals("{\"Error\":\"Exceeded msg rate\"}", recorder.malformed.poll(WAIT, TimeUnit.SECONDS));
        assertEquals("[1,2]", recorder.malformed.poll(WAIT, TimeUnit.SECONDS));
        assertEquals("book", recorder.awaitMessage().channel());
    }

    @Test
    void subscriptionWaitingForItsPacingSlotFailsUnsentOnClose() throws Exception {
        session = new KrakenWsSession(KrakenWsConfig.builder(server.uri("/public/v2")).maxRequestsPerSecond(1).build(),
                null, recorder);
        session.connect().get(WAIT, TimeUnit.SECONDS);
        connection = server.awaitConnection();
        session.subscribe(Subscription.of(SpotChannel.TICKER, List.of("ALGO/USD")));
        CompletableFuture<List<KrakenWsResponse>> paced = session.subscribe(Subscription.of(SpotChannel.TICKER, List.of("BTC/USD")));
        connection.awaitRequest("subscribe");
        session.close();
        ExecutionException failure = assertThrows(ExecutionException.class, () -> paced.get(WAIT, TimeUnit.SECONDS));
        assertFalse(assertInstanceOf(KrakenWsConnectionException.class, failure.getCause()).requestSent());
    }

    @Test
    void closeFailsPendingRequestsClosesNormallyAndEmitsClosedLast() throws Exception {
        connect(Duration.ofSeconds(2), () -> "token-A");
        CompletableFuture<KrakenWsResponse> pending = session.request("cancel_all", null);
        connection.awaitRequest("cancel_all");
        session.close();
        ExecutionException failure = assertThrows(ExecutionException.class, () -> pending.get(WAIT, TimeUnit.SECONDS));
        KrakenWsConnectionException closed = assertInstanceOf(KrakenWsConnectionException.class, failure.getCause());
        assertTrue(closed.requestSent(), "the request was on the wire: outcome unknown");
        assertTrue(connection.closed.await(WAIT, TimeUnit.SECONDS));
        assertEquals(1000, connection.closeCode);
        recorder.awaitEvent(KrakenWsEvent.Closed.class);
        List<KrakenWsEvent.Type> types = recorder.eventTypes();
        assertEquals(KrakenWsEvent.Type.CLOSED, types.get(types.size() - 1));
        assertFalse(session.isConnected());
        ExecutionException notSent = assertThrows(ExecutionException.class,
                () -> session.request("cancel_all", null).get(WAIT, TimeUnit.SECONDS));
        assertFalse(assertInstanceOf(KrakenWsConnectionException.class, notSent.getCause()).requestSent());
    }
}
