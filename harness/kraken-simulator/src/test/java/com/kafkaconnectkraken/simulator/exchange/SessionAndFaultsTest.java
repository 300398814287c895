package com.kafkaconnectkraken.simulator.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeHarness.PrivateClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Private connection basics (status, ping, malformed frames, heartbeat), WS token lifetime docs/protocol/kraken-spot.md
 * §4.1), the dead man's switch firing, and the exchange-side faults.
 */
class SessionAndFaultsTest {

    private static final String KEY = ExchangeHarness.KEY;
    private static final Duration BOUND = Duration.ofSeconds(10);

    private ExchangeHarness h;

    @AfterEach
    void tearDown() {
        h.close();
    }

    @Test
    void statusOnConnectPingPongAndMalformedFrames() {
        h = new ExchangeHarness();
        RecordingConnection connection = new RecordingConnection();
        h.exchange.privateEndpoint().onOpen(connection);
        JsonNode status = connection.next();
        JsonNode vector = ExchangeVectors.json("ws-v2/connection.json");
        Shapes.assertSameShape(vector.get("status_on_connect"), status);
        assertEquals("online", status.at("/data/0/system").asText());
        assertEquals(connection.id(), status.at("/data/0/connection_id").asLong());
        PrivateClient client = new PrivateClient(h.exchange, connection);
        client.send(vector.get("ping_request"));
        JsonNode pong = client.response("pong");
        Shapes.assertSameShape(vector.get("pong_response"), pong);
        assertEquals(101, pong.get("req_id").asInt());
        Shapes.assertEnvelopeTimes(pong);
        client.sendText("{not json");
        JsonNode malformed = connection.next();
        assertFalse(malformed.get("success").asBoolean());
        assertEquals("EGeneral:Invalid arguments", malformed.get("error").asText());
        client.sendText("{\"method\":\"fly\",\"req_id\":5}");
        assertEquals("EGeneral:Invalid arguments:method", connection.next().get("error").asText());
    }

    @Test
    void heartbeatsFlowOnceSubscribed() {
        h = new ExchangeHarness();
        PrivateClient client = h.connect();
        client.subscribe("balances", h.token(), "");
        JsonNode heartbeat = client.connection.next(f -> "heartbeat".equals(f.path("channel").asText()));
        assertEquals(1, heartbeat.size());
    }

    @Test
    void tokenIsValidFifteenMinutesUnusedAndForTheLifeOfAConnectionThatUsedIt() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        h = new ExchangeHarness(ExchangeConfig.builder().clock(clock).build());
        String used = h.token();
        String unused = h.token();
        PrivateClient client = h.connect();
        assertTrue(client.subscribe("executions", used, "").get("success").asBoolean());
        assertTrue(h.exchange.tokens().isValid(unused));
        clock.advance(Duration.ofMinutes(16));
        assertFalse(h.exchange.tokens().isValid(unused));
        assertTrue(client.subscribe("balances", used, "").get("success").asBoolean());
        JsonNode rejected = h.connect().subscribe("executions", used, "");
        assertEquals("ESession:Invalid session", rejected.get("error").asText());
        assertEquals("EGeneral:Invalid arguments:token", h.connect().subscribe("balances", "", "").get("error").asText());
    }

    @Test
    void deadManSwitchCancelsAllOrdersWhenItFiresAndDisarms() throws InterruptedException {
        h = new ExchangeHarness().funded("100000", "1");
        String token = h.token();
        PrivateClient client = h.connect();
        client.subscribe("executions", token, "");
        client.data("executions");
        placeBuy(client, token, 1);
        placeBuy(client, token, 2);
        JsonNode armed = client.request(PrivateClient.trading("cancel_all_orders_after", token, "{\"timeout\":1}", 3));
        assertTrue(armed.get("success").asBoolean(), armed.toString());
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!h.exchange.openOrders(KEY).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(h.exchange.openOrders(KEY).isEmpty());
        assertFalse(h.exchange.deadManSwitchArmed(KEY));
        JsonNode canceled = client.connection.next(f -> "canceled".equals(f.at("/data/0/exec_type").asText()));
        assertEquals("Dead man's switch", canceled.at("/data/0/reason").asText());
    }

    @Test
    void restFaultsAnswerTheGivenErrorForTheNextCalls() {
        h = new ExchangeHarness();
        h.exchange.faults().failNextRestCalls(2, ExchangeFaults.UNAVAILABLE);
        assertEquals("EService:Unavailable", h.rest("Balance", "").at("/error/0").asText());
        assertEquals("EService:Unavailable", h.publicGet("Time", "").at("/error/0").asText());
        assertEquals(0, h.rest("Balance", "").get("error").size());
        h.exchange.faults().failNextRestCalls(1, ExchangeFaults.INVALID_NONCE);
        assertEquals("EAPI:Invalid nonce", h.rest("Ledgers", "").at("/error/0").asText());
    }

    @Test
    void delayedAckStillPlacesTheOrderAtOnce() {
        h = new ExchangeHarness().funded("100000", "1");
        String token = h.token();
        PrivateClient client = h.connect();
        h.exchange.faults().delayTradingAcks(Duration.ofMillis(700));
        client.send(PrivateClient.trading("add_order", token, "{\"order_type\":\"limit\",\"side\":\"buy\","
                + "\"order_qty\":0.1,\"limit_price\":20000.0,\"symbol\":\"BTC/USD\",\"cl_ord_id\":\"late-ack-1\"}", 9));
        assertEquals(1, h.exchange.ordersByClOrdId(KEY, "late-ack-1").size());
        assertNull(client.connection.poll());
        JsonNode ack = client.response("add_order");
        assertEquals(h.exchange.openOrders(KEY).get(0).orderId(), ack.at("/result/order_id").asText());
    }

    @Test
    void expiredTokensAndDroppedConnections() {
        h = new ExchangeHarness();
        String token = h.token();
        PrivateClient client = h.connect();
        assertTrue(client.subscribe("balances", token, "").get("success").asBoolean());
        h.exchange.faults().expireAllTokens();
        assertFalse(h.exchange.tokens().isValid(token));
        assertEquals("ESession:Invalid session", h.connect().subscribe("balances", token, "").get("error").asText());
        assertTrue(h.exchange.faults().dropPrivateConnections() >= 1);
        assertTrue(client.connection.aborted());
    }

    private static void placeBuy(PrivateClient client, String token, long reqId) {
        JsonNode ack = client.request(PrivateClient.trading("add_order", token, "{\"order_type\":\"limit\","
                + "\"side\":\"buy\",\"order_qty\":0.1,\"limit_price\":20000.0,\"symbol\":\"BTC/USD\"}", reqId));
        assertTrue(ack.get("success").asBoolean(), ack.toString());
    }
}
