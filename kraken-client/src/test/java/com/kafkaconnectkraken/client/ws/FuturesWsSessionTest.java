package com.kafkaconnectkraken.client.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.ErrorClass;
import com.kafkaconnectkraken.client.Vectors;
import com.kafkaconnectkraken.client.futures.protocol.FuturesChallenge;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Futures v1 session against a real WebSocket server scripted with the docs' frames. */
class FuturesWsSessionTest {

    private static final JsonNode SAMPLES = Vectors.json("futures/feeds_samples.json");
    private static final JsonNode SIGN = Vectors.json("futures/challenge_sign_docs_example.json");
    private static final String API_KEY = SIGN.get("challenge_request_example").get("api_key").asText();

    private ScriptedKrakenServer server;
    private FuturesWsSession session;
    private final FeedRecorder recorder = new FeedRecorder();

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedKrakenServer();
        KrakenWsConfig config = KrakenWsConfig.builder(server.uri("/ws/v1")).name("futures-test")
                .requestTimeout(Duration.ofSeconds(2)).pingInterval(Duration.ofSeconds(2))
                .staleTimeout(Duration.ofSeconds(5)).reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(200), 2.0)
                .build();
        session = new FuturesWsSession(config, API_KEY, new FuturesChallenge(SIGN.get("api_secret").asText()), recorder);
        session.connect().get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        session.close();
        server.close();
    }

    @Test
    void publicSubscribeThenExactMessagesAndNoHeartbeat() throws Exception {
        ScriptedKrakenServer.Connection connection = server.awaitConnection();
        connection.send(json("{\"event\":\"info\",\"version\":1}"));
        CompletableFuture<Void> subscribed = session.subscribe(new FuturesSubscription(FuturesFeed.BOOK, List.of("PI_XBTUSD")));
        JsonNode request = next(connection);
        assertEquals("{\"event\":\"subscribe\",\"feed\":\"book\",\"product_ids\":[\"PI_XBTUSD\"]}", request.toString());
        connection.send(json("{\"event\":\"subscribed\",\"feed\":\"book\",\"product_ids\":[\"PI_XBTUSD\"]}"));
        subscribed.get(5, TimeUnit.SECONDS);
        connection.send(json("{\"feed\":\"heartbeat\",\"time\":1612269825817}"));
        connection.send(SAMPLES.get("book_snapshot"));
        connection.send(SAMPLES.get("book_delta"));
        FuturesMessage snapshot = recorder.next();
        assertEquals(FuturesFeed.BOOK, snapshot.feed());
        assertTrue(snapshot.snapshot());
        assertEquals("PI_XBTUSD", snapshot.productId());
        assertEquals(new BigDecimal("34892.5"), snapshot.frame().get("bids").get(0).get("price").decimalValue());
        FuturesMessage delta = recorder.next();
        assertEquals(326094134L, delta.frame().get("seq").longValue());
        assertEquals(false, delta.snapshot());
        assertEquals(List.of(new FuturesSubscription(FuturesFeed.BOOK, List.of("PI_XBTUSD"))), session.activeSubscriptions());
    }

    @Test
    void privateSubscribeSignsTheConnectionsChallengeAsTheDocsShow() throws Exception {
        ScriptedKrakenServer.Connection connection = server.awaitConnection();
        CompletableFuture<Void> subscribed = session.subscribe(new FuturesSubscription(FuturesFeed.FILLS, List.of()));
        JsonNode challenge = next(connection);
        assertEquals("{\"event\":\"challenge\",\"api_key\":\"" + API_KEY + "\"}", challenge.toString());
        connection.send(json("{\"event\":\"challenge\",\"message\":\"" + SIGN.get("challenge").asText() + "\"}"));
        JsonNode subscribe = next(connection);
        assertEquals("fills", subscribe.get("feed").asText());
        assertEquals(SIGN.get("challenge").asText(), subscribe.get("original_challenge").asText());
        assertEquals(SIGN.get("expected_signed_challenge").asText(), subscribe.get("signed_challenge").asText());
        connection.send(json("{\"event\":\"subscribed\",\"feed\":\"fills\"}"));
        subscribed.get(5, TimeUnit.SECONDS);
        connection.send(SAMPLES.get("fills_snapshot"));
        FuturesMessage fills = recorder.next();
        assertTrue(fills.snapshot());
        assertEquals(new BigDecimal("-0.00009142857"), fills.frame().get("fills").get(0).get("fee_paid").decimalValue());
    }

    @Test
    void anErrorEventRejectsTheRequestInFlight() throws Exception {
        ScriptedKrakenServer.Connection connection = server.awaitConnection();
        CompletableFuture<Void> subscribed = session.subscribe(new FuturesSubscription(FuturesFeed.TICKER, List.of("PI_NOPE")));
        next(connection);
        connection.send(json("{\"event\":\"error\",\"message\":\"Invalid product id\"}"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> subscribed.get(5, TimeUnit.SECONDS));
        FuturesRejectedException rejected = assertInstanceOf(FuturesRejectedException.class, e.getCause());
        assertEquals("Invalid product id", rejected.serverMessage());
        assertEquals(ErrorClass.REJECTED, rejected.errorClass());
        assertTrue(session.activeSubscriptions().isEmpty());
    }

    @Test
    void afterADropANewChallengeIsSignedAndEverySubscriptionRestoredThenAGap() throws Exception {
        ScriptedKrakenServer.Connection first = server.awaitConnection();
        CompletableFuture<Void> ticker = session.subscribe(new FuturesSubscription(FuturesFeed.TICKER, List.of("PF_XBTUSD")));
        next(first);
        first.send(json("{\"event\":\"subscribed\",\"feed\":\"ticker\",\"product_ids\":[\"PF_XBTUSD\"]}"));
        ticker.get(5, TimeUnit.SECONDS);
        CompletableFuture<Void> fills = session.subscribe(new FuturesSubscription(FuturesFeed.FILLS, List.of()));
        next(first);
        first.send(json("{\"event\":\"challenge\",\"message\":\"11111111-1729-464d-ace1-52dbce11db42\"}"));
        next(first);
        first.send(json("{\"event\":\"subscribed\",\"feed\":\"fills\"}"));
        fills.get(5, TimeUnit.SECONDS);
        first.drop();
        ScriptedKrakenServer.Connection second = server.awaitConnection();
        assertEquals("ticker", next(second).get("feed").asText());
        second.send(json("{\"event\":\"subscribed\",\"feed\":\"ticker\",\"product_ids\":[\"PF_XBTUSD\"]}"));
        assertEquals("challenge", next(second).get("event").asText());
        second.send(json("{\"event\":\"challenge\",\"message\":\"" + SIGN.get("challenge").asText() + "\"}"));
        JsonNode resubscribe = next(second);
        assertEquals(SIGN.get("expected_signed_challenge").asText(), resubscribe.get("signed_challenge").asText());
        second.send(json("{\"event\":\"subscribed\",\"feed\":\"fills\"}"));
        KrakenWsEvent.Gap gap = recorder.awaitEvent(KrakenWsEvent.Gap.class);
        assertNotNull(gap.duration());
        assertNull(second.pollRequest(200));
    }

    private static JsonNode next(ScriptedKrakenServer.Connection connection) throws InterruptedException {
        JsonNode request = connection.pollRequest(TimeUnit.SECONDS.toMillis(ScriptedKrakenServer.WAIT_SECONDS));
        assertNotNull(request, "no request arrived");
        return request;
    }

    private static ObjectNode json(String text) {
        return (ObjectNode) Frames.parse(text);
    }

    /** Records feed messages beside the events and malformed frames of {@link Recorder}. */
    private static final class FeedRecorder extends Recorder implements FuturesWsListener {
        private final BlockingQueue<FuturesMessage> feed = new LinkedBlockingQueue<>();

        @Override
        public void onFeedMessage(FuturesMessage message) {
            feed.add(message);
        }

        FuturesMessage next() throws InterruptedException {
            FuturesMessage message = feed.poll(ScriptedKrakenServer.WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(message, "no feed message arrived");
            return message;
        }
    }
}
