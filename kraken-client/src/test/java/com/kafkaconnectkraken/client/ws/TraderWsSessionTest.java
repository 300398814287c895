package com.kafkaconnectkraken.client.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.ErrorClass;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.trader.TraderLogin;
import com.kafkaconnectkraken.client.trader.TraderTokens;
import com.kafkaconnectkraken.client.trader.protocol.TraderAction;
import com.kafkaconnectkraken.client.trader.protocol.TraderEndpoints;
import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Trader API session against a real WebSocket + login server scripted per test (docs/protocol/trader-api.md). */
class TraderWsSessionTest {

    private static final String PASSWORD = "s3cret-pw";

    private ScriptedKrakenServer server;
    private TraderWsSession session;
    private final TraderRecorder recorder = new TraderRecorder();
    private final AtomicInteger logins = new AtomicInteger();
    private final BlockingQueue<JsonNode> loginBodies = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedKrakenServer();
        server.onPost(request -> {
            loginBodies.add(Frames.parse(request.getBody().utf8()));
            String jwt = jwt(Instant.now().plusSeconds(3600), "login-" + logins.incrementAndGet());
            return new MockResponse.Builder().body("{\"token\":\"" + jwt + "\"}").build();
        });
        KrakenWsConfig config = KrakenWsConfig.builder(server.uri(TraderEndpoints.WS_PATH)).name("trader-test")
                .requestTimeout(Duration.ofSeconds(1)).pingInterval(Duration.ofSeconds(2))
                .staleTimeout(Duration.ofSeconds(5)).reconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(200), 2.0)
                .maxRequestsPerSecond(50).build();
        TraderLogin login = new TraderLogin(TraderEndpoints.loginUri(config.uri()), "alice", PASSWORD,
                TraderLogin.Fields.DEFAULT, new OkHttpClient());
        session = new TraderWsSession(config, TraderTokens.login(login, Duration.ofSeconds(60), Clock.systemUTC()), recorder);
        session.connect().get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        session.close();
        server.close();
    }

    @Test
    void logsInPutsTheJwtInTheQueryThenSubscribesAndDeliversExactQuotes() throws Exception {
        JsonNode body = loginBodies.poll(5, TimeUnit.SECONDS);
        assertEquals("{\"username\":\"alice\",\"password\":\"s3cret-pw\"}", Frames.text(body));
        ScriptedKrakenServer.Connection connection = server.awaitConnection();
        assertEquals("login-1", JWT.decode(connection.path.substring(connection.path.indexOf("token=") + 6)).getSubject());
        CompletableFuture<Void> subscribed = session.subscribe(new TraderSubscription.Events(List.of("EURUSD"),
                List.of(TraderMessageType.QUOTE_EVENT, TraderMessageType.EXECUTION_EVENT)));
        JsonNode request = connection.awaitType("subscribe");
        assertEquals("{\"type\":\"subscribe\",\"payload\":{\"symbols\":[\"EURUSD\"],\"events\":[\"quoteEvent\",\"executionEvent\"]}}",
                Frames.text(request));
        connection.send(json("{\"type\":\"subscribed\",\"payload\":{\"symbols\":[\"EURUSD\"],\"events\":[\"quoteEvent\"]}}"));
        subscribed.get(5, TimeUnit.SECONDS);
        connection.sendText("{\"type\":\"quoteEvent\",\"payload\":{\"symbol\":\"EURUSD\",\"bid\":1.08430,\"ask\":1.0845,"
                + "\"ts\":\"2026-06-01T12:00:00Z\"}}");
        TraderMessage quote = recorder.next();
        assertEquals(TraderMessageType.QUOTE_EVENT, quote.type());
        assertEquals(new BigDecimal("1.08430"), quote.payload().get("bid").decimalValue());
        assertEquals("1.08430", quote.payload().get("bid").decimalValue().toPlainString());
    }

    @Test
    void anErrorRejectsTheActionInFlightAndTheNextWaitsForIt() throws Exception {
        ScriptedKrakenServer.Connection connection = server.awaitConnection();
        CompletableFuture<TraderMessage> first = session.request(TraderAction.CREATE_ORDER,
                order("FOO"), m -> m.type() == TraderMessageType.EXECUTION_EVENT);
        CompletableFuture<TraderMessage> second = session.request(TraderAction.CREATE_ORDER,
                order("EURUSD"), m -> m.type() == TraderMessageType.EXECUTION_EVENT);
        assertEquals("FOO", connection.awaitType("createOrder").at("/payload/symbol").asText());
        assertNull(connection.pollRequest(300), "a second action went out before the first was answered");
        connection.send(json("{\"type\":\"error\",\"payload\":{\"code\":\"INVALID_SYMBOL\",\"message\":\"unknown symbol FOO\"}}"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> first.get(5, TimeUnit.SECONDS));
        TraderRejectedException rejected = assertInstanceOf(TraderRejectedException.class, e.getCause());
        assertEquals("INVALID_SYMBOL", rejected.code());
        assertEquals(ErrorClass.REJECTED, rejected.errorClass());
        assertEquals("EURUSD", connection.awaitType("createOrder").at("/payload/symbol").asText());
        connection.send(json("{\"type\":\"executionEvent\",\"payload\":{\"orderId\":\"o-1\",\"status\":\"ACCEPTED\"}}"));
        assertEquals("o-1", second.get(5, TimeUnit.SECONDS).text("orderId"));
        assertEquals("o-1", recorder.next().text("orderId"), "an answering event is still delivered to the listener");
    }

    @Test
    void noAnswerWithinTheTimeoutIsAnUnknownOutcome() throws Exception {
        server.awaitConnection();
        CompletableFuture<TraderMessage> sent = session.request(TraderAction.CREATE_ORDER, order("EURUSD"), m -> true);
        ExecutionException e = assertThrows(ExecutionException.class, () -> sent.get(5, TimeUnit.SECONDS));
        assertInstanceOf(NoAnswerException.class, e.getCause());
    }

    @Test
    void aCloseRightAfterConnectLogsInAgainThenRestoresAndReportsTheGap() throws Exception {
        ScriptedKrakenServer.Connection first = server.awaitConnection();
        CompletableFuture<Void> subscribed = session.subscribe(new TraderSubscription.Depth("EURUSD", 5));
        assertEquals("{\"symbol\":\"EURUSD\",\"depth\":5}", Frames.text(first.awaitType("depthSubscribe").get("payload")));
        first.send(json("{\"type\":\"depthEvent\",\"payload\":{\"symbol\":\"EURUSD\",\"bids\":[[1.1,5]],\"asks\":[]}}"));
        subscribed.get(5, TimeUnit.SECONDS);
        first.close(1008, "invalid token");
        ScriptedKrakenServer.Connection second = server.awaitConnection();
        assertTrue(second.path.contains("token="));
        assertEquals("login-2", JWT.decode(second.path.substring(second.path.indexOf("token=") + 6)).getSubject());
        second.awaitType("depthSubscribe");
        second.send(json("{\"type\":\"subscribed\",\"payload\":{\"symbol\":\"EURUSD\",\"depth\":5}}"));
        KrakenWsEvent.Gap gap = recorder.awaitEvent(KrakenWsEvent.Gap.class);
        assertFalse(gap.duration().isNegative());
        assertEquals(2, logins.get());
    }

    @Test
    void aFrameThatIsNoEnvelopeIsMalformedAndTheStreamGoesOn() throws Exception {
        ScriptedKrakenServer.Connection connection = server.awaitConnection();
        connection.sendText("{\"symbol\":\"EURUSD\"}");
        connection.sendText("{\"type\":\"surpriseEvent\",\"payload\":{}}");
        connection.send(json("{\"type\":\"error\",\"payload\":{\"code\":\"INTERNAL_ERROR\",\"message\":\"x\"}}"));
        connection.send(json("{\"type\":\"metricsEvent\",\"payload\":{\"accountId\":\"acc_1\",\"equity\":100.25}}"));
        assertEquals("acc_1", recorder.next().text("accountId"));
        assertEquals(3, recorder.malformed.size());
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode order(String symbol) {
        return KrakenJson.mapper().createObjectNode().put("accountId", "acc_1").put("symbol", symbol)
                .put("side", "BUY").put("quantity", 10000).put("type", "MARKET");
    }

    static String jwt(Instant exp, String subject) {
        return JWT.create().withSubject(subject).withExpiresAt(exp).sign(Algorithm.HMAC256("test-key"));
    }

    private static JsonNode json(String text) {
        return Frames.parse(text);
    }

    private static final class TraderRecorder extends Recorder implements TraderWsListener {
        private final BlockingQueue<TraderMessage> trader = new LinkedBlockingQueue<>();

        @Override
        public void onTraderMessage(TraderMessage message) {
            trader.add(message);
        }

        TraderMessage next() throws InterruptedException {
            TraderMessage message = trader.poll(ScriptedKrakenServer.WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(message, "no Trader message arrived");
            return message;
        }
    }
}
