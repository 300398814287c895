package com.kafkaconnectkraken.simulator.trader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trading over a real port with frozen quotes (set by the test) and 100 000 base units at the top of the book: fills,
 * partial fills, cancel, amend, positions and metrics. Each test trades its own user and account.
 */
class TraderTradingTest {

    private static final AtomicInteger USERS = new AtomicInteger();
    private static KrakenSimulator sim;
    private String account;
    private TraderWs ws;

    @BeforeAll
    static void start() {
        sim = KrakenSimulator.builder().rate(0).futuresRate(0).traderQuoteRate(0)
                .traderTopOfBookSize(new BigDecimal("100000")).build().start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void connect() throws InterruptedException {
        String user = "trader" + USERS.incrementAndGet();
        account = "acc_" + user;
        sim.trader().addUser(user, "pw", account);
        quote("1.08430", "1.08450");
        ws = TraderWs.connect(sim.traderWs(), sim.trader().issueToken(user));
        ws.send("subscribe", "{\"symbols\":[\"EURUSD\"],\"events\":[\"executionEvent\",\"portfolioEvent\"]}");
        ws.next("subscribed");
    }

    private static void quote(String bid, String ask) {
        sim.trader().setQuote("EURUSD", new BigDecimal(bid), new BigDecimal(ask));
    }

    private void order(String fields) {
        ws.send("createOrder", "{\"accountId\":\"" + account + "\",\"symbol\":\"EURUSD\"," + fields + "}");
    }

    /** @return the next executionEvent payload without the generated orderId and ts */
    private ObjectNode execution() throws InterruptedException {
        ObjectNode payload = (ObjectNode) ws.next("executionEvent").path("payload");
        assertTrue(payload.path("orderId").asText().startsWith("ord_"), payload.toString());
        assertTrue(payload.path("ts").isTextual(), payload.toString());
        payload.remove("orderId");
        payload.remove("ts");
        return payload;
    }

    private String head(String side, String type, String qty) {
        return "{\"accountId\":\"" + account + "\",\"symbol\":\"EURUSD\",\"side\":\"" + side + "\",\"type\":\"" + type
                + "\",\"quantity\":" + qty + ",\"filledQuantity\":";
    }

    @Test
    void marketOrderFillsAtTheAskAndOpensAPosition() throws Exception {
        order("\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":10000,\"clientOrderId\":\"c-1\"");
        assertEquals("{\"accountId\":\"" + account + "\",\"clientOrderId\":\"c-1\",\"symbol\":\"EURUSD\",\"side\":\"BUY\","
                + "\"type\":\"MARKET\",\"quantity\":10000,\"filledQuantity\":0,\"status\":\"ACCEPTED\"}", execution().toString());
        ObjectNode filled = execution();
        assertEquals("FILLED", filled.path("status").asText());
        assertEquals(new BigDecimal("10000"), filled.path("filledQuantity").decimalValue());
        assertEquals("1.08450", filled.path("avgPrice").decimalValue().toPlainString());
        JsonNode position = ws.next("portfolioEvent").path("payload").path("positions").get(0);
        assertEquals("EURUSD", position.path("symbol").asText());
        assertEquals("BUY", position.path("side").asText());
        assertEquals("10000", position.path("quantity").asText());
        assertEquals("1.08450", position.path("avgPrice").decimalValue().toPlainString());
        assertEquals("-2.00", position.path("unrealizedPnl").decimalValue().toPlainString());
        assertEquals(1, sim.trader().ordersByClientOrderId("c-1"));
    }

    @Test
    void marketOrderLargerThanTheTopOfBookFillsOverTheNextQuotes() throws Exception {
        order("\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":250000");
        assertEquals("ACCEPTED", execution().path("status").asText());
        assertEquals(head("BUY", "MARKET", "250000") + "100000,\"avgPrice\":1.08450,\"status\":\"PARTIALLY_FILLED\"}",
                execution().toString());
        quote("1.08440", "1.08460");
        assertEquals(head("BUY", "MARKET", "250000") + "200000,\"avgPrice\":1.08455,\"status\":\"PARTIALLY_FILLED\"}",
                execution().toString());
        quote("1.08450", "1.08470");
        assertEquals(head("BUY", "MARKET", "250000") + "250000,\"avgPrice\":1.08458,\"status\":\"FILLED\"}",
                execution().toString());
    }

    @Test
    void limitOrderRestsThenFillsPartlyWhileTheQuoteCrossesIt() throws Exception {
        order("\"side\":\"SELL\",\"type\":\"LIMIT\",\"quantity\":150000,\"price\":1.08500");
        assertEquals(head("SELL", "LIMIT", "150000") + "0,\"price\":1.08500,\"status\":\"ACCEPTED\"}", execution().toString());
        quote("1.08500", "1.08520");
        assertEquals(head("SELL", "LIMIT", "150000") + "100000,\"price\":1.08500,\"avgPrice\":1.08500,"
                + "\"status\":\"PARTIALLY_FILLED\"}", execution().toString());
        quote("1.08490", "1.08510");
        quote("1.08510", "1.08530");
        assertEquals(head("SELL", "LIMIT", "150000") + "150000,\"price\":1.08500,\"avgPrice\":1.08503333,"
                + "\"status\":\"FILLED\"}", execution().toString());
    }

    @Test
    void cancelAnswersCancelledAndASecondCancelFindsNoOrder() throws Exception {
        order("\"side\":\"BUY\",\"type\":\"LIMIT\",\"quantity\":1000,\"price\":1.00000");
        String orderId = ws.next("executionEvent").path("payload").path("orderId").asText();
        String cancel = "{\"accountId\":\"" + account + "\",\"orderId\":\"" + orderId + "\"}";
        ws.send("cancelOrder", cancel);
        JsonNode cancelled = ws.next("executionEvent").path("payload");
        assertEquals(orderId, cancelled.path("orderId").asText());
        assertEquals("CANCELLED", cancelled.path("status").asText());
        assertEquals(0, cancelled.path("filledQuantity").intValue());
        ws.send("cancelOrder", cancel);
        assertEquals("ORDER_NOT_FOUND", ws.next("error").path("payload").path("code").asText());
    }

    @Test
    void amendOrderAnswersTheNewValuesAndAMarketablePriceFills() throws Exception {
        order("\"side\":\"BUY\",\"type\":\"LIMIT\",\"quantity\":1000,\"price\":1.00000");
        String orderId = ws.next("executionEvent").path("payload").path("orderId").asText();
        ws.send("amendOrder", "{\"accountId\":\"" + account + "\",\"orderId\":\"" + orderId
                + "\",\"quantity\":2000,\"price\":1.08460}");
        assertEquals(head("BUY", "LIMIT", "2000") + "0,\"price\":1.08460,\"status\":\"ACCEPTED\"}", execution().toString());
        assertEquals(head("BUY", "LIMIT", "2000") + "2000,\"price\":1.08460,\"avgPrice\":1.08450,\"status\":\"FILLED\"}",
                execution().toString());
    }

    @Test
    void closePositionSendsTheClosingOrderWithPositionIdThenThePortfolio() throws Exception {
        order("\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":10000");
        String positionId = ws.next("portfolioEvent").path("payload").path("positions").get(0).path("positionId").asText();
        ws.send("closePosition", "{\"accountId\":\"" + account + "\",\"positionId\":\"" + positionId + "\"}");
        ObjectNode accepted = execution();
        assertEquals(positionId, accepted.path("positionId").asText());
        assertEquals("SELL", accepted.path("side").asText());
        assertEquals("ACCEPTED", accepted.path("status").asText());
        ObjectNode filled = execution();
        assertEquals(positionId, filled.path("positionId").asText());
        assertEquals("FILLED", filled.path("status").asText());
        assertEquals("1.08430", filled.path("avgPrice").decimalValue().toPlainString());
        JsonNode portfolio = ws.next("portfolioEvent").path("payload");
        assertEquals(0, portfolio.path("positions").size());
        assertEquals("[{\"currency\":\"USD\",\"amount\":99998.00}]", portfolio.path("balances").toString());
        assertFalse(sim.trader().positions(account).get(0).closedAt() == null);
    }

    @Test
    void amendPositionSetsStopLossAndTakeProfitOnThePosition() throws Exception {
        order("\"side\":\"SELL\",\"type\":\"MARKET\",\"quantity\":5000");
        String positionId = ws.next("portfolioEvent").path("payload").path("positions").get(0).path("positionId").asText();
        ws.send("amendPosition", "{\"accountId\":\"" + account + "\",\"positionId\":\"" + positionId
                + "\",\"stopLoss\":1.09000,\"takeProfit\":1.08000}");
        JsonNode position = ws.next("portfolioEvent").path("payload").path("positions").get(0);
        assertEquals(positionId, position.path("positionId").asText());
        assertEquals("SELL", position.path("side").asText());
        assertEquals("1.09000", position.path("stopLoss").decimalValue().toPlainString());
        assertEquals("1.08000", position.path("takeProfit").decimalValue().toPlainString());
    }

    @Test
    void metricsFollowTheAccount() throws Exception {
        ws.send("metricsSubscribe", "{\"accountId\":\"" + account + "\"}");
        assertEquals("{\"accountId\":\"" + account + "\"}", ws.next("subscribed").path("payload").toString());
        ObjectNode flat = (ObjectNode) ws.next("metricsEvent").path("payload");
        flat.remove("ts");
        assertEquals("{\"accountId\":\"" + account + "\",\"equity\":100000.00,\"balance\":100000.00,\"margin\":0.00,"
                + "\"freeMargin\":100000.00,\"marginLevel\":null,\"unrealizedPnl\":0.00,\"realizedPnl\":0.00}", flat.toString());
        order("\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":10000");
        ObjectNode open = (ObjectNode) ws.nextRawMatching(f -> f.path("type").asText().equals("metricsEvent")
                && f.path("payload").path("margin").decimalValue().signum() != 0, TraderWs.WAIT).path("payload");
        open.remove("ts");
        assertEquals("{\"accountId\":\"" + account + "\",\"equity\":99998.00,\"balance\":100000.00,\"margin\":108.44,"
                + "\"freeMargin\":99889.56,\"marginLevel\":92215.05,\"unrealizedPnl\":-2.00,\"realizedPnl\":0.00}",
                open.toString());
    }
}
