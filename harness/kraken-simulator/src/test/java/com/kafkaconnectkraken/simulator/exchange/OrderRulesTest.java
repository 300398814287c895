package com.kafkaconnectkraken.simulator.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.spot.protocol.TradingTier;
import com.kafkaconnectkraken.simulator.exchange.ExchangeHarness.PrivateClient;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Order-entry rules (docs/protocol/kraken-spot.md §5.1, §5.9): cl_ord_id formats and uniqueness among open orders,
 * validate-only, deadline, insufficient funds, the per-pair rate counter and the open-order limit.
 */
class OrderRulesTest {

    private static final String KEY = ExchangeHarness.KEY;
    private static final String UUID = "0835958d-c526-4ad8-aea8-af54836de47e";

    private ExchangeHarness h;
    private PrivateClient client;
    private String token;
    private long reqId;

    private void start(ExchangeConfig config) {
        h = new ExchangeHarness(config).funded("100000", "1");
        token = h.token();
        client = h.connect();
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    @Test
    void clOrdIdIsUniqueOnlyAmongOpenOrders() {
        start(ExchangeConfig.defaults());
        String first = ok(add(buy(",\"cl_ord_id\":\"" + UUID + "\"")));
        assertEquals("EOrder:Duplicate order", error(add(buy(",\"cl_ord_id\":\"" + UUID + "\""))));
        String shortForm = UUID.replace("-", "").toUpperCase();
        assertEquals("EOrder:Duplicate order", error(add(buy(",\"cl_ord_id\":\"" + shortForm + "\""))));
        JsonNode cancel = client.request(PrivateClient.trading("cancel_order", token,
                "{\"cl_ord_id\":[\"" + UUID + "\"]}", ++reqId));
        assertEquals(first, cancel.at("/result/order_id").asText());
        String second = ok(add(buy(",\"cl_ord_id\":\"" + UUID + "\"")));
        assertEquals(2, h.exchange.ordersByClOrdId(KEY, UUID).size());
        assertEquals(second, h.exchange.openOrders(KEY).get(0).orderId());
        assertEquals(2, h.exchange.ordersPlaced(KEY));
    }

    @Test
    void clOrdIdFormatsAreValidated() {
        start(ExchangeConfig.defaults());
        ok(add(buy(",\"cl_ord_id\":\"my-order-000000001\"")));          // 18 chars
        ok(add(buy(",\"cl_ord_id\":\"" + UUID.replace("-", "") + "\""))); // short UUID
        assertEquals("EGeneral:Invalid arguments:cl_ord_id", error(add(buy(",\"cl_ord_id\":\"my-order-0000000001\""))));
        assertEquals("EGeneral:Invalid arguments:cl_ord_id", error(add(buy(",\"cl_ord_id\":\"caf\u00e9\""))));
        assertEquals("EGeneral:Invalid arguments:cl_ord_id",
                error(add(buy(",\"cl_ord_id\":\"abc\",\"order_userref\":5"))));
    }

    @Test
    void validateOnlyChecksWithoutPlacing() {
        start(ExchangeConfig.defaults());
        JsonNode ack = add(buy(",\"validate\":true,\"order_userref\":7"));
        assertTrue(ack.get("success").asBoolean(), ack.toString());
        assertFalse(ack.get("result").has("order_id"));
        assertEquals(7, ack.at("/result/order_userref").asInt());
        assertEquals(0, h.exchange.ordersPlaced(KEY));
        assertTrue(h.exchange.openOrders(KEY).isEmpty());
        assertEquals("EOrder:Insufficient funds", error(add("{\"order_type\":\"limit\",\"side\":\"buy\",\"order_qty\":10,"
                + "\"limit_price\":20000.0,\"symbol\":\"BTC/USD\",\"validate\":true}")));
    }

    @Test
    void deadlineMustBeInTheFutureWithinSixtySeconds() {
        start(ExchangeConfig.defaults());
        String past = Instant.now().minusSeconds(1).toString();
        assertEquals("EService:Deadline elapsed", error(add(buy(",\"deadline\":\"" + past + "\""))));
        String far = Instant.now().plusSeconds(70).toString();
        assertEquals("EGeneral:Invalid arguments:deadline", error(add(buy(",\"deadline\":\"" + far + "\""))));
        ok(add(buy(",\"deadline\":\"" + Instant.now().plusSeconds(5) + "\"")));
        assertEquals(1, h.exchange.ordersPlaced(KEY));
    }

    @Test
    void insufficientFundsAndInvalidArgumentsAreRejectedWithKrakenErrors() {
        start(ExchangeConfig.defaults());
        // 4 BTC at 25000.0 needs 100000 + 0.26 % fee = 100260 USD > 100000
        assertEquals("EOrder:Insufficient funds", error(add("{\"order_type\":\"limit\",\"side\":\"buy\",\"order_qty\":4,"
                + "\"limit_price\":25000.0,\"symbol\":\"BTC/USD\"}")));
        assertEquals("EOrder:Insufficient funds", error(add("{\"order_type\":\"limit\",\"side\":\"sell\","
                + "\"order_qty\":1.5,\"limit_price\":40000.0,\"symbol\":\"BTC/USD\"}")));
        assertEquals("EQuery:Unknown asset pair", error(add("{\"order_type\":\"limit\",\"side\":\"buy\","
                + "\"order_qty\":1,\"limit_price\":1.0,\"symbol\":\"XBT/USD\"}")));
        assertEquals("EOrder:Tick size check failed", error(add("{\"order_type\":\"limit\",\"side\":\"buy\","
                + "\"order_qty\":0.1,\"limit_price\":25000.05,\"symbol\":\"BTC/USD\"}")));
        assertEquals("EOrder:Order minimum not met", error(add("{\"order_type\":\"limit\",\"side\":\"buy\","
                + "\"order_qty\":0.00001,\"limit_price\":25000.0,\"symbol\":\"BTC/USD\"}")));
        assertEquals("EGeneral:Invalid arguments:side", error(add("{\"order_type\":\"limit\",\"side\":\"hold\","
                + "\"order_qty\":0.1,\"limit_price\":25000.0,\"symbol\":\"BTC/USD\"}")));
        assertEquals(0, h.exchange.ordersPlaced(KEY));
    }

    @Test
    void rateCounterRejectsWhenTheThresholdWouldBeExceeded() {
        start(ExchangeConfig.builder().tradingTier(new TradingTier(10, 0.0, 80)).build());
        JsonNode ack = client.subscribe("executions", token, "");
        assertEquals(10, ack.at("/result/maxratecount").asInt());
        String first = ok(add(buy("")));                   // +1
        ok(add(buy("")));                                  // +1
        client.request(PrivateClient.trading("cancel_order", token,
                "{\"order_id\":[\"" + first + "\"]}", ++reqId)); // +8 (younger than 5 s)
        assertEquals("EOrder:Rate limit exceeded", error(add(buy(""))));
        assertEquals(2, h.exchange.ordersPlaced(KEY));
    }

    @Test
    void openOrderLimitPerPair() {
        start(ExchangeConfig.builder().tradingTier(new TradingTier(125, 2.34, 2)).build());
        ok(add(buy("")));
        ok(add(buy("")));
        assertEquals("EOrder:Orders limit exceeded", error(add(buy(""))));
    }

    @Test
    void batchAddIsRejectedWholeWhenOneOrderIsInvalid() {
        start(ExchangeConfig.defaults());
        JsonNode ack = client.request(PrivateClient.trading("batch_add", token, "{\"symbol\":\"BTC/USD\",\"orders\":["
                + "{\"order_type\":\"limit\",\"side\":\"buy\",\"order_qty\":0.1,\"limit_price\":20000.0},"
                + "{\"order_type\":\"limit\",\"side\":\"buy\",\"order_qty\":0.1,\"limit_price\":20000.01}]}", ++reqId));
        assertEquals("EOrder:Tick size check failed", ack.get("error").asText());
        JsonNode single = client.request(PrivateClient.trading("batch_add", token, "{\"symbol\":\"BTC/USD\",\"orders\":["
                + "{\"order_type\":\"limit\",\"side\":\"buy\",\"order_qty\":0.1,\"limit_price\":20000.0}]}", ++reqId));
        assertEquals("EGeneral:Invalid arguments:orders", single.get("error").asText());
        assertEquals(0, h.exchange.ordersPlaced(KEY));
    }

    private JsonNode add(String params) {
        return client.request(PrivateClient.trading("add_order", token, params, ++reqId));
    }

    private static String buy(String extra) {
        return "{\"order_type\":\"limit\",\"side\":\"buy\",\"order_qty\":0.1,\"limit_price\":20000.0,"
                + "\"symbol\":\"BTC/USD\"" + extra + "}";
    }

    private static String ok(JsonNode ack) {
        assertTrue(ack.get("success").asBoolean(), ack.toString());
        return ack.at("/result/order_id").asText();
    }

    private static String error(JsonNode ack) {
        assertFalse(ack.get("success").asBoolean(), ack.toString());
        assertFalse(ack.has("result"));
        return ack.get("error").asText();
    }
}
