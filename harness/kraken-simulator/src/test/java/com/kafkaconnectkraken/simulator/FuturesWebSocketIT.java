package com.kafkaconnectkraken.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.futures.FuturesFill;
import com.kafkaconnectkraken.simulator.futures.FuturesSide;
import com.kafkaconnectkraken.simulator.futures.TestChallengeSigner;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Kraken Futures WebSocket v1 endpoint behind a real port, spoken to by a real OkHttp WebSocket client. */
class FuturesWebSocketIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String KEY = "futures-it-key";
    private static final String SECRET = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
    private static KrakenSimulator sim;

    @BeforeAll
    static void start() {
        sim = KrakenSimulator.builder().symbols("BTC/USD").rate(10).seed(7).futuresRate(400)
                .futuresAccount(KEY, SECRET).build().start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static WsProbe connect() throws InterruptedException {
        WsProbe ws = new WsProbe(sim.futuresWs());
        assertEquals("{\"event\":\"info\",\"version\":1}", ws.nextRaw(WAIT));
        return ws;
    }

    private static JsonNode nextFeed(WsProbe ws, String feed) throws InterruptedException {
        return ws.nextMatching(f -> feed.equals(f.path("feed").asText()), WAIT);
    }

    @Test
    void servedAtWsV1NextToTheSpotPaths() {
        assertEquals("/ws/v1", sim.futuresWs().getPath());
        assertEquals(sim.port(), sim.futuresWs().getPort());
    }

    @Test
    void bookSnapshotThenContiguousDeltasAndAnInjectedGapIsVisible() throws Exception {
        try (WsProbe ws = connect()) {
            ws.send("{\"event\":\"subscribe\",\"feed\":\"book\",\"product_ids\":[\"PF_XBTUSD\"]}");
            assertEquals("{\"event\":\"subscribed\",\"feed\":\"book\",\"product_ids\":[\"PF_XBTUSD\"]}", ws.nextRaw(WAIT));
            JsonNode snapshot = WsProbe.parse(ws.nextRaw(WAIT));
            assertEquals("book_snapshot", snapshot.path("feed").asText(), "first frame after the ack");
            assertTrue(snapshot.get("tickSize").isNull());
            long seq = snapshot.path("seq").asLong();
            for (int i = 0; i < 30; i++) {
                JsonNode delta = nextFeed(ws, "book");
                assertEquals(seq + 1, delta.path("seq").asLong(), "contiguous");
                seq = delta.path("seq").asLong();
            }
            sim.futures().injectSeqGap("PF_XBTUSD");
            List<Long> jumps = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                long next = nextFeed(ws, "book").path("seq").asLong();
                jumps.add(next - seq);
                seq = next;
            }
            assertEquals(1, jumps.stream().filter(j -> j == 2).count(), "exactly one gap of one number: " + jumps);
            assertTrue(jumps.stream().allMatch(j -> j == 1 || j == 2), "never repeated or lower: " + jumps);
        }
        assertTrue(sim.futures().subscribeRequests("book", "PF_XBTUSD") >= 1);
    }

    @Test
    void unknownProductAndUnparsableJsonAreAnsweredWithErrors() throws Exception {
        try (WsProbe ws = connect()) {
            ws.send("{\"event\":\"subscribe\",\"feed\":\"ticker\",\"product_ids\":[\"PI_NOPEUSD\"]}");
            assertEquals("{\"event\":\"error\",\"message\":\"Invalid product id\"}", ws.nextRaw(WAIT));
            ws.send("{not json");
            assertEquals("{\"event\":\"error\",\"message\":\"Json Error\"}", ws.nextRaw(WAIT));
            ws.send("{\"event\":\"subscribe\",\"feed\":\"orderbook\"}");
            assertEquals("{\"event\":\"error\",\"message\":\"Invalid feed\"}", ws.nextRaw(WAIT));
        }
    }

    private static String authenticate(WsProbe ws, String secret) throws InterruptedException {
        ws.send("{\"event\":\"challenge\",\"api_key\":\"" + KEY + "\"}");
        JsonNode challenge = WsProbe.parse(ws.nextRaw(WAIT));
        assertEquals("challenge", challenge.path("event").asText());
        String message = challenge.path("message").asText();
        ws.send("{\"event\":\"subscribe\",\"feed\":\"fills\",\"api_key\":\"" + KEY + "\",\"original_challenge\":\"" + message
                + "\",\"signed_challenge\":\"" + TestChallengeSigner.sign(secret, message) + "\"}");
        return WsProbe.parse(ws.nextRaw(WAIT)).path("event").asText();
    }

    @Test
    void aWrongSignatureGetsTheAuthAlert() throws Exception {
        try (WsProbe ws = connect()) {
            assertEquals("alert", authenticate(ws, "d3Jvbmctc2VjcmV0"));
        }
    }

    @Test
    void fillsSnapshotAfterAReconnectHoldsTheEarlierFills() throws Exception {
        FuturesFill fill;
        try (WsProbe ws = connect()) {
            assertEquals("subscribed", authenticate(ws, SECRET));
            JsonNode snapshot = nextFeed(ws, "fills_snapshot");
            assertEquals(sim.futures().accountName(KEY), snapshot.path("account").asText());
            fill = sim.futures().addFill(KEY, "PI_XBTUSD", FuturesSide.BUY, new BigDecimal("5000"), new BigDecimal("60000.5"));
            JsonNode update = nextFeed(ws, "fills");
            assertEquals(fill.fillId(), update.path("fills").path(0).path("fill_id").asText());
            assertEquals("60000.5", update.path("fills").path(0).path("price").decimalValue().toPlainString());
            sim.futures().dropConnections();
            Throwable dropped = ws.failed.get(5, TimeUnit.SECONDS);
            assertTrue(dropped instanceof java.io.IOException, "abrupt end: " + dropped);
            assertFalse(ws.closedByServer.isDone(), "no close frame");
        }
        try (WsProbe ws = connect()) {
            assertEquals("subscribed", authenticate(ws, SECRET));
            JsonNode fills = nextFeed(ws, "fills_snapshot").path("fills");
            List<String> ids = new ArrayList<>();
            fills.forEach(f -> ids.add(f.path("fill_id").asText()));
            assertTrue(ids.contains(fill.fillId()), "snapshot after reconnect: " + ids);
        }
    }

    @Test
    void instrumentsAreServedOverRest() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sim.futuresRest() + "/derivatives/api/v3/instruments")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonNode body = WsProbe.parse(response.body());
        assertEquals("success", body.path("result").asText());
        List<String> symbols = new ArrayList<>();
        body.path("instruments").forEach(i -> symbols.add(i.path("symbol").asText()));
        assertEquals(sim.futures().productIds(), symbols);
    }

    @Test
    void aSilentClientIsClosedAfterTheIdleTimeoutButPingsKeepAConnectionOpen() throws Exception {
        try (KrakenSimulator idle = KrakenSimulator.builder().rate(0).futuresRate(0)
                .futuresIdleTimeout(Duration.ofSeconds(1)).build().start()) {
            OkHttpClient pinging = new OkHttpClient.Builder().pingInterval(Duration.ofMillis(200)).build();
            try (WsProbe silent = new WsProbe(idle.futuresWs()); WsProbe alive = new WsProbe(idle.futuresWs(), pinging)) {
                assertEquals(1000, silent.closedByServer.get(5, TimeUnit.SECONDS), "idle close with code 1000");
                Thread.sleep(1500);
                assertFalse(alive.closedByServer.isDone(), "WebSocket pings count as traffic");
                assertFalse(alive.failed.isDone());
                assertEquals(1, idle.futures().connectionCount());
            } finally {
                pinging.dispatcher().executorService().shutdown();
                pinging.connectionPool().evictAll();
            }
        }
    }
}
