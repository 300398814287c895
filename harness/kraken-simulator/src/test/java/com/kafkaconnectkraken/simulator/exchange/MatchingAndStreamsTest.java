package com.kafkaconnectkraken.simulator.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeHarness.PrivateClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Matching against the market's best bid/ask and the executions/balances streams that follow, compared with
 * the docs examples (vectors/ws-v2/executions.json, balances.json). Expected amounts are worked out by hand:
 * taker fee 0.26 %, maker fee 0.16 %, in USD.
 */
class MatchingAndStreamsTest {

    private static final String KEY = ExchangeHarness.KEY;
    private static final String EXEC = "ws-v2/executions.json";
    private static final String BAL = "ws-v2/balances.json";

    private MutableClock clock;
    private ExchangeHarness h;
    private PrivateClient client;
    private String token;
    private long reqId;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.now());
        h = new ExchangeHarness(ExchangeConfig.builder().clock(clock).build()).funded("100000", "1");
        token = h.token();
        client = h.connect();
        subscribeBoth();
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    private void subscribeBoth() {
        ObjectNode execSub = ExchangeVectors.frame(EXEC, "subscribe_request");
        ((ObjectNode) execSub.get("params")).put("token", token);
        JsonNode execAck = client.request(execSub);
        Shapes.assertSameShape(ExchangeVectors.json(EXEC).get("subscribe_ack"), execAck);
        assertEquals(125, execAck.at("/result/maxratecount").asInt());
        JsonNode execSnapshot = client.data("executions");
        assertEquals("snapshot", execSnapshot.get("type").asText());
        assertEquals(1, execSnapshot.get("sequence").asLong());

        ObjectNode balSub = ExchangeVectors.frame(BAL, "subscribe_request");
        ((ObjectNode) balSub.get("params")).put("token", token);
        Shapes.assertSameShape(ExchangeVectors.json(BAL).get("subscribe_ack"), client.request(balSub));
        JsonNode balSnapshot = client.data("balances");
        Shapes.assertSameShape(ExchangeVectors.json(BAL).get("snapshot"), balSnapshot);
        assertEquals(1, balSnapshot.get("sequence").asLong());
        assertEquals(0, new BigDecimal("100000").compareTo(balSnapshot.at("/data/0/balance").decimalValue()));
        assertEquals("USD", balSnapshot.at("/data/0/asset").asText());
        assertEquals("BTC", balSnapshot.at("/data/1/asset").asText());
    }

    @Test
    void crossingBuyFillsAtTheAskWithTheDocsExecutionsLifecycle() {
        String orderId = crossingBuy();
        List<JsonNode> updates = executions(4);
        assertEquals(List.of("pending_new", "new", "trade", "filled"), execTypes(updates));
        assertEquals(List.of(2L, 3L, 4L, 5L), sequences(updates));
        JsonNode vectors = ExchangeVectors.json(EXEC);
        Shapes.assertContainsShape(vectors.at("/update_pending_new/data/0"), updates.get(0).at("/data/0"),
                Set.of("stop_price"));
        Shapes.assertSameShape(vectors.get("update_new"), updates.get(1));
        Shapes.assertSameShape(vectors.get("update_trade"), updates.get(2));
        JsonNode trade = updates.get(2).at("/data/0");
        assertEquals(orderId, trade.get("order_id").asText());
        assertEquals("partially_filled", trade.get("order_status").asText());
        assertEquals(0, new BigDecimal("30001.0").compareTo(trade.get("last_price").decimalValue()));
        assertEquals("t", trade.get("liquidity_ind").asText());
        assertEquals(0, new BigDecimal("15000.5").compareTo(trade.get("cost").decimalValue()));
        assertEquals(0, new BigDecimal("39.0013").compareTo(trade.at("/fees/0/qty").decimalValue()));
        assertEquals("filled", updates.get(3).at("/data/0/order_status").asText());
    }

    @Test
    void crossingBuyBooksTwoLedgerEntriesStreamedAsBalancesUpdates() {
        String orderId = crossingBuy();
        String tradeId = executions(3).get(2).at("/data/0/exec_id").asText();
        JsonNode base = client.data("balances");
        JsonNode quote = client.data("balances");
        JsonNode balVectors = ExchangeVectors.json(BAL).get("update_trade_messages");
        Shapes.assertSameShape(balVectors.get(0), base);
        Shapes.assertSameShape(balVectors.get(1), quote);
        assertEquals(List.of(2L, 3L), List.of(base.get("sequence").asLong(), quote.get("sequence").asLong()));
        assertEquals(tradeId, base.at("/data/0/ref_id").asText());
        assertEquals(tradeId, quote.at("/data/0/ref_id").asText());
        assertEquals(0, new BigDecimal("1.5").compareTo(base.at("/data/0/balance").decimalValue()));
        assertEquals(0, new BigDecimal("-15000.5").compareTo(quote.at("/data/0/amount").decimalValue()));
        assertEquals(0, new BigDecimal("84960.4987").compareTo(quote.at("/data/0/balance").decimalValue()));
        assertRestViewOfTheFill(orderId, tradeId);
    }

    /** Buys 0.5 BTC with a limit above the ask: cost 0.5 x 30001.0 = 15000.5, fee 0.26 % = 39.0013 USD. */
    private String crossingBuy() {
        return add("{\"order_type\":\"limit\",\"side\":\"buy\",\"order_qty\":0.5,\"limit_price\":30500.0,"
                + "\"symbol\":\"BTC/USD\",\"order_userref\":3}").at("/result/order_id").asText();
    }

    private void assertRestViewOfTheFill(String orderId, String tradeId) {
        JsonNode balance = h.result("Balance", "");
        assertEquals("84960.4987", balance.get("ZUSD").asText());
        assertEquals("1.5000000000", balance.get("XXBT").asText());
        JsonNode history = h.result("TradesHistory", "ledgers=true");
        JsonNode t = history.at("/trades/" + tradeId);
        assertEquals("30001.00000", t.get("price").asText());
        assertEquals("15000.50000", t.get("cost").asText());
        assertEquals("39.00130", t.get("fee").asText());
        assertEquals("0.50000000", t.get("vol").asText());
        assertEquals(2, t.get("ledgers").size());
        JsonNode ledger = h.result("Ledgers", "type=trade");
        assertEquals(2, ledger.get("count").asInt());
        ledger.get("ledger").forEach(e -> assertEquals(tradeId, e.get("refid").asText()));
        assertEquals("closed", h.result("ClosedOrders", "").at("/closed/" + orderId + "/status").asText());
    }

    @Test
    void restingSellFillsAtItsLimitWhenTheMarketMovesThroughIt() {
        String orderId = add("{\"order_type\":\"limit\",\"side\":\"sell\",\"order_qty\":0.4,\"limit_price\":31000.0,"
                + "\"symbol\":\"BTC/USD\"}").at("/result/order_id").asText();
        assertEquals(List.of("pending_new", "new"), execTypes(executions(2)));
        assertEquals("0.4000000000", h.result("BalanceEx", "").at("/XXBT/hold_trade").asText());
        h.exchange.updateMarket("BTC/USD", new BigDecimal("30900.0"), new BigDecimal("30901.0"));
        assertNull(client.connection.poll());
        h.exchange.updateMarket("BTC/USD", new BigDecimal("31000.5"), new BigDecimal("31001.0"));
        List<JsonNode> fill = executions(2);
        assertEquals(List.of("trade", "filled"), execTypes(fill));
        JsonNode trade = fill.get(0).at("/data/0");
        assertEquals(orderId, trade.get("order_id").asText());
        assertEquals("m", trade.get("liquidity_ind").asText());
        assertEquals(0, new BigDecimal("31000.0").compareTo(trade.get("last_price").decimalValue()));
        assertEquals(0, new BigDecimal("19.84").compareTo(trade.at("/fees/0/qty").decimalValue()));
        assertEquals(new BigDecimal("112380.1600"), h.exchange.balances(KEY).get("USD"));
        assertEquals(new BigDecimal("0.6000000000"), h.exchange.balances(KEY).get("BTC"));
        assertEquals("0.0000000000", h.result("BalanceEx", "").at("/XXBT/hold_trade").asText());
    }

    @Test
    void marketSellFillsImmediatelyAtTheBid() {
        add("{\"order_type\":\"market\",\"side\":\"sell\",\"order_qty\":0.1,\"symbol\":\"BTC/USD\"}");
        List<JsonNode> updates = executions(4);
        assertEquals(List.of("pending_new", "new", "trade", "filled"), execTypes(updates));
        assertEquals(0, new BigDecimal("30000.0").compareTo(updates.get(2).at("/data/0/last_price").decimalValue()));
        assertEquals(new BigDecimal("102992.2000"), h.exchange.balances(KEY).get("USD"));
    }

    @Test
    void cancelAndGtdExpiryAreStreamed() {
        String canceled = add(limitBuy("29000.0", "")).at("/result/order_id").asText();
        executions(2);
        client.request(ExchangeHarness.PrivateClient.trading("cancel_order", token,
                "{\"order_id\":[\"" + canceled + "\"]}", ++reqId));
        JsonNode cancel = executions(1).get(0).at("/data/0");
        assertEquals("canceled", cancel.get("exec_type").asText());
        assertEquals("User requested", cancel.get("reason").asText());

        String expire = clock.instant().plusSeconds(30).toString();
        String gtd = add(limitBuy("29000.0", ",\"time_in_force\":\"gtd\",\"expire_time\":\"" + expire + "\""))
                .at("/result/order_id").asText();
        executions(2);
        clock.advance(Duration.ofSeconds(31));
        JsonNode expired = executions(1).get(0).at("/data/0");
        assertEquals(gtd, expired.get("order_id").asText());
        assertEquals("expired", expired.get("exec_type").asText());
        assertEquals("expired", h.exchange.orders(KEY).get(1).status());
    }

    @Test
    void depositUpdateMatchesTheDocsShapeAndSnapshotsCarryOpenOrdersAndTrades() {
        h.exchange.deposit(KEY, "XBT", new BigDecimal("0.01"));
        JsonNode deposit = client.data("balances");
        Shapes.assertSameShape(ExchangeVectors.json(BAL).get("update_deposit"), deposit);
        assertEquals("BTC", deposit.at("/data/0/asset").asText());

        add("{\"order_type\":\"market\",\"side\":\"buy\",\"order_qty\":0.1,\"symbol\":\"BTC/USD\"}");
        String open = add(limitBuy("29000.0", "")).at("/result/order_id").asText();
        PrivateClient second = h.connect();
        second.subscribe("executions", token, ",\"snap_trades\":true,\"order_status\":false");
        JsonNode snapshot = second.data("executions");
        assertEquals(2, snapshot.get("data").size());
        assertEquals(open, snapshot.at("/data/0/order_id").asText());
        assertEquals("new", snapshot.at("/data/0/exec_type").asText());
        assertEquals("trade", snapshot.at("/data/1/exec_type").asText());
        add(limitBuy("28000.0", ""));
        assertEquals("new", second.data("executions").at("/data/0/exec_type").asText());
    }

    private JsonNode add(String params) {
        JsonNode ack = client.request(ExchangeHarness.PrivateClient.trading("add_order", token, params, ++reqId));
        assertTrue(ack.get("success").asBoolean(), ack.toString());
        return ack;
    }

    private List<JsonNode> executions(int n) {
        List<JsonNode> frames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            frames.add(client.data("executions"));
        }
        return frames;
    }

    private static List<String> execTypes(List<JsonNode> frames) {
        return frames.stream().map(f -> f.at("/data/0/exec_type").asText()).toList();
    }

    private static List<Long> sequences(List<JsonNode> frames) {
        return frames.stream().map(f -> f.get("sequence").asLong()).toList();
    }

    private static String limitBuy(String price, String extra) {
        return "{\"order_type\":\"limit\",\"side\":\"buy\",\"order_qty\":0.1,\"limit_price\":" + price
                + ",\"symbol\":\"BTC/USD\"" + extra + "}";
    }
}
