package com.kafkaconnectkraken.simulator.trader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Errors with their codes, history replies, withheld replies and actions, over a real port with frozen quotes. */
class TraderRepliesTest {

    private static final AtomicInteger USERS = new AtomicInteger();
    private static KrakenSimulator sim;
    private String user;
    private String account;
    private TraderWs ws;

    @BeforeAll
    static void start() {
        sim = KrakenSimulator.builder().rate(0).futuresRate(0).traderQuoteRate(0).addTraderUser("other", "pw", "acc_other")
                .build().start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void connect() {
        user = "replies" + USERS.incrementAndGet();
        account = "acc_" + user;
        sim.trader().addUser(user, "pw", account);
        sim.trader().setQuote("EURUSD", new BigDecimal("1.08430"), new BigDecimal("1.08450"));
        ws = TraderWs.connect(sim.traderWs(), sim.trader().issueToken(user));
    }

    private String errorCode(String type, String payload) throws InterruptedException {
        ws.send(type, payload);
        JsonNode error = ws.next("error").path("payload");
        assertFalse(error.path("message").asText().isEmpty(), error.toString());
        return error.path("code").asText();
    }

    private String order(String fields) {
        return "{\"accountId\":\"" + account + "\"" + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    @Test
    void refusedOrdersAreAnsweredWithTheirCodesAndNotExecuted() throws Exception {
        assertEquals("INVALID_SYMBOL", errorCode("createOrder", order("\"symbol\":\"XXXYYY\",\"side\":\"BUY\","
                + "\"type\":\"MARKET\",\"quantity\":1000")));
        for (String qty : new String[] {"0", "-5", "\"1000\"", "null"}) {
            assertEquals("INVALID_QUANTITY", errorCode("createOrder", order("\"symbol\":\"EURUSD\",\"side\":\"BUY\","
                    + "\"type\":\"MARKET\",\"quantity\":" + qty)), qty);
        }
        assertEquals("INVALID_PRICE", errorCode("createOrder", order("\"symbol\":\"EURUSD\",\"side\":\"BUY\","
                + "\"type\":\"LIMIT\",\"quantity\":1000")));
        assertEquals("INVALID_PRICE", errorCode("createOrder", order("\"symbol\":\"EURUSD\",\"side\":\"BUY\","
                + "\"type\":\"LIMIT\",\"quantity\":1000,\"price\":1.084501")));
        assertEquals("INVALID_REQUEST", errorCode("createOrder", order("\"symbol\":\"EURUSD\",\"side\":\"HOLD\","
                + "\"type\":\"MARKET\",\"quantity\":1000")));
        assertEquals("UNKNOWN_ACCOUNT", errorCode("createOrder", "{\"accountId\":\"acc_other\",\"symbol\":\"EURUSD\","
                + "\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":1000}"));
        assertEquals("INSUFFICIENT_MARGIN", errorCode("createOrder", order("\"symbol\":\"EURUSD\",\"side\":\"BUY\","
                + "\"type\":\"MARKET\",\"quantity\":20000000")));
        assertTrue(sim.trader().orders(account).isEmpty());
    }

    @Test
    void unknownTargetsAndMalformedMessagesAreRefused() throws Exception {
        assertEquals("ORDER_NOT_FOUND", errorCode("cancelOrder", order("\"orderId\":\"ord_nope\"")));
        assertEquals("ORDER_NOT_FOUND", errorCode("amendOrder", order("\"orderId\":\"ord_nope\",\"quantity\":5")));
        assertEquals("POSITION_NOT_FOUND", errorCode("closePosition", order("\"positionId\":\"pos_nope\"")));
        assertEquals("POSITION_NOT_FOUND", errorCode("amendPosition", order("\"positionId\":\"pos_nope\",\"stopLoss\":1")));
        assertEquals("INVALID_REQUEST", errorCode("launchRocket", "{}"));
        assertEquals("INVALID_REQUEST", errorCode("orderHistory", order("\"limit\":0")));
        ws.sendRaw("{not json");
        assertEquals("INVALID_REQUEST", ws.next("error").path("payload").path("code").asText());
        ws.sendRaw("{\"type\":\"subscribe\",\"payload\":[]}");
        assertEquals("INVALID_REQUEST", ws.next("error").path("payload").path("code").asText());
    }

    @Test
    void historyRepliesCarryTheOrdersDealsAndPositions() throws Exception {
        ws.send("createOrder", order("\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":10000,"
                + "\"clientOrderId\":\"h-1\""));
        String orderId = ws.next("executionEvent").path("payload").path("orderId").asText();
        ws.send("orderHistory", order("\"symbol\":\"EURUSD\""));
        JsonNode orders = ws.next("orderHistory").path("payload");
        assertEquals(account, orders.path("accountId").asText());
        JsonNode latest = orders.path("orders").get(0);
        assertEquals(List.of(orderId, "h-1", "FILLED", "1.08450"), List.of(latest.path("orderId").asText(),
                latest.path("clientOrderId").asText(), latest.path("status").asText(), latest.path("avgPrice").asText()));
        assertTrue(latest.path("createdAt").asText().endsWith("Z"), latest.toString());
        ws.send("dealHistory", order("\"limit\":10"));
        JsonNode deal = ws.next("dealHistory").path("payload").path("deals").get(0);
        assertEquals(List.of(orderId, "h-1", "EURUSD", "BUY", "10000", "1.08450"), List.of(deal.path("orderId").asText(),
                deal.path("clientOrderId").asText(), deal.path("symbol").asText(), deal.path("side").asText(),
                deal.path("quantity").asText(), deal.path("price").asText()));
        ws.send("positionHistory", order("\"symbol\":\"EURUSD\""));
        JsonNode position = ws.next("positionHistory").path("payload").path("positions").get(0);
        assertEquals(List.of("BUY", "10000", "1.08450"), List.of(position.path("side").asText(),
                position.path("quantity").asText(), position.path("avgPrice").asText()));
        ws.send("orderHistory", order("\"symbol\":\"GBPUSD\""));
        assertEquals(0, ws.next("orderHistory").path("payload").path("orders").size());
        ws.send("orderHistory", order("\"from\":\"2999-01-01T00:00:00Z\""));
        assertEquals(0, ws.next("orderHistory").path("payload").path("orders").size());
    }

    @Test
    void historyLimitKeepsTheNewest() throws Exception {
        for (String id : new String[] {"l-1", "l-2"}) {
            ws.send("createOrder", order("\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"quantity\":100,"
                    + "\"price\":1.00000,\"clientOrderId\":\"" + id + "\""));
            ws.next("executionEvent");
        }
        ws.send("orderHistory", order("\"limit\":1"));
        JsonNode orders = ws.next("orderHistory").path("payload").path("orders");
        assertEquals(1, orders.size());
        assertEquals("l-2", orders.get(0).path("clientOrderId").asText());
    }

    @Test
    void withheldReplyExecutesSilentlyAndLaterFillsArrive() throws Exception {
        try (TraderWs watcher = TraderWs.connect(sim.traderWs(), sim.trader().issueToken(user))) {
            watcher.send("subscribe", "{\"symbols\":[\"EURUSD\"],\"events\":[\"executionEvent\"]}");
            watcher.next("subscribed");
            sim.trader().withholdNextReply();
            ws.send("createOrder", order("\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"quantity\":1000,"
                    + "\"price\":1.08400,\"clientOrderId\":\"w-1\""));
            assertEquals("ACCEPTED", watcher.next("executionEvent").path("payload").path("status").asText());
            assertEquals(List.of(), ws.accountFrames(Duration.ofMillis(300)));
            assertEquals(1, sim.trader().ordersByClientOrderId("w-1"));
            sim.trader().setQuote("EURUSD", new BigDecimal("1.08380"), new BigDecimal("1.08400"));
            JsonNode filled = ws.next("executionEvent").path("payload");
            assertEquals(List.of("w-1", "FILLED"), List.of(filled.path("clientOrderId").asText(),
                    filled.path("status").asText()));
        }
    }

    @Test
    void withheldErrorIsNotSent() throws Exception {
        sim.trader().withholdNextReply();
        ws.send("createOrder", order("\"symbol\":\"NOPNOP\",\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":1"));
        assertEquals(List.of(), ws.accountFrames(Duration.ofMillis(300)));
        assertEquals("INVALID_SYMBOL", errorCode("createOrder", order("\"symbol\":\"NOPNOP\",\"side\":\"BUY\","
                + "\"type\":\"MARKET\",\"quantity\":1")));
    }

    @Test
    void withheldActionIsNeitherExecutedNorAnswered() throws Exception {
        long created = sim.trader().ordersCreated();
        sim.trader().withholdNextAction();
        ws.send("createOrder", order("\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":1000,"
                + "\"clientOrderId\":\"gone\""));
        ws.send("orderHistory", order(""));
        assertEquals(0, ws.next("orderHistory").path("payload").path("orders").size());
        assertEquals(created, sim.trader().ordersCreated());
        assertEquals(0, sim.trader().ordersByClientOrderId("gone"));
    }

    @Test
    void withoutEchoNoClientOrderIdIsSent() throws Exception {
        try (KrakenSimulator quiet = KrakenSimulator.builder().rate(0).futuresRate(0).traderQuoteRate(0)
                .traderEchoClientOrderId(false).addTraderUser("q", "pw", "acc_q").build().start();
             TraderWs client = TraderWs.connect(quiet.traderWs(), quiet.trader().issueToken("q"))) {
            client.send("createOrder", "{\"accountId\":\"acc_q\",\"symbol\":\"EURUSD\",\"side\":\"BUY\","
                    + "\"type\":\"MARKET\",\"quantity\":1000,\"clientOrderId\":\"e-1\"}");
            JsonNode accepted = client.next("executionEvent").path("payload");
            assertEquals("ACCEPTED", accepted.path("status").asText());
            assertFalse(accepted.has("clientOrderId"), accepted.toString());
            assertEquals(1, quiet.trader().ordersByClientOrderId("e-1"));
        }
    }
}
