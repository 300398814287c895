package com.kafkaconnectkraken.simulator.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeHarness.PrivateClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every trading method, driven with the docs' request frame (vectors/ws-v2-trading, token and ids replaced
 * with live ones), answers with a frame of exactly the docs response's shape.
 */
class TradingMethodShapesTest {

    private static final String DIR = "ws-v2-trading/";
    private static final String KEY = ExchangeHarness.KEY;

    private ExchangeHarness h;
    private PrivateClient client;
    private String token;
    private long reqId = 1;

    @BeforeEach
    void setUp() {
        h = new ExchangeHarness().funded("1000000", "10");
        token = h.token();
        client = h.connect();
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    @Test
    void addOrderLimitExampleMatchesTheDocsResponse() {
        JsonNode response = client.request(request("add_order.json", "request_limit"));
        JsonNode expected = ExchangeVectors.json(DIR + "add_order.json").get("response_success");
        Shapes.assertSameShape(expected, response);
        Shapes.assertEnvelopeTimes(response);
        assertEquals(123456789, response.get("req_id").asLong());
        assertEquals(100054, response.at("/result/order_userref").asInt());
        OrderView open = h.exchange.openOrders(KEY).get(0);
        assertEquals(response.at("/result/order_id").asText(), open.orderId());
        assertEquals(new BigDecimal("26500.4"), open.limitPrice());
    }

    @Test
    void addOrderFailureIsASingleErrorString() {
        ObjectNode frame = request("add_order.json", "request_limit");
        ((ObjectNode) frame.get("params")).put("order_qty", 100);
        JsonNode response = client.request(frame);
        Shapes.assertSameShape(ExchangeVectors.json(DIR + "add_order.json").get("response_failure_sdk"), response);
        assertEquals("EOrder:Insufficient funds", response.get("error").asText());
    }

    @Test
    void amendOrderBasicExampleMatchesTheDocsResponse() {
        place("{\"order_type\":\"limit\",\"side\":\"sell\",\"order_qty\":1.2,\"limit_price\":500000.0,"
                + "\"symbol\":\"BTC/USD\",\"cl_ord_id\":\"2c6be801-1f53-4f79-a0bb-4ea1c95dfae9\"}");
        JsonNode response = client.request(request("amend_order.json", "request_basic"));
        Shapes.assertSameShape(ExchangeVectors.json(DIR + "amend_order.json").get("response_success"), response);
        assertEquals("2c6be801-1f53-4f79-a0bb-4ea1c95dfae9", response.at("/result/cl_ord_id").asText());
        assertEquals(new BigDecimal("490795"), h.exchange.openOrders(KEY).get(0).limitPrice());
    }

    @Test
    void amendOrderAdvancedExampleEchoesOrderId() {
        String orderId = place("{\"order_type\":\"limit\",\"side\":\"sell\",\"order_qty\":1,\"limit_price\":70000.0,"
                + "\"symbol\":\"BTC/USD\"}");
        ObjectNode frame = request("amend_order.json", "request_advanced");
        params(frame).put("order_id", orderId);
        params(frame).put("deadline", Instant.now().plusSeconds(5).toString());
        JsonNode response = client.request(frame);
        assertTrue(response.get("success").asBoolean(), response.toString());
        assertEquals(orderId, response.at("/result/order_id").asText());
        assertTrue(response.at("/result/amend_id").isTextual());
    }

    @Test
    void editOrderExampleMatchesTheDocsResponse() {
        String original = place("{\"order_type\":\"limit\",\"side\":\"buy\",\"order_qty\":0.5,\"limit_price\":25000.0,"
                + "\"symbol\":\"BTC/USD\"}");
        ObjectNode frame = request("edit_order.json", "request");
        params(frame).put("order_id", original);
        JsonNode response = client.request(frame);
        Shapes.assertSameShape(ExchangeVectors.json(DIR + "edit_order.json").get("response_success"), response);
        assertEquals(original, response.at("/result/original_order_id").asText());
        assertNotEquals(original, response.at("/result/order_id").asText());
        OrderView replacement = h.exchange.openOrders(KEY).get(0);
        assertEquals(response.at("/result/order_id").asText(), replacement.orderId());
        assertEquals(new BigDecimal("0.21234567"), replacement.qty());
    }

    @Test
    void cancelOrderWithTwoIdsAnswersTwoFramesSharingTheReqId() {
        String first = place(limitBuy("25000.0"));
        String second = place(limitBuy("25001.0"));
        ObjectNode frame = request("cancel_order.json", "request");
        ArrayNode ids = params(frame).putArray("order_id");
        ids.add(first).add(second);
        client.send(frame);
        JsonNode vector = ExchangeVectors.json(DIR + "cancel_order.json").get("responses_success");
        JsonNode r1 = client.response("cancel_order");
        JsonNode r2 = client.response("cancel_order");
        Shapes.assertSameShape(vector.get(0), r1);
        Shapes.assertSameShape(vector.get(1), r2);
        assertEquals(List.of(first, second), List.of(r1.at("/result/order_id").asText(), r2.at("/result/order_id").asText()));
        assertEquals(123456789, r2.get("req_id").asLong());
        assertTrue(h.exchange.openOrders(KEY).isEmpty());
    }

    @Test
    void cancelAllExampleMatchesTheDocsResponse() {
        place(limitBuy("25000.0"));
        JsonNode response = client.request(request("cancel_all.json", "request"));
        Shapes.assertSameShape(ExchangeVectors.json(DIR + "cancel_all.json").get("response_success"), response);
        assertEquals(1, response.at("/result/count").asInt());
    }

    @Test
    void cancelAllOrdersAfterExampleMatchesTheDocsResponse() {
        JsonNode response = client.request(request("cancel_all_orders_after.json", "request"));
        Shapes.assertSameShape(ExchangeVectors.json(DIR + "cancel_all_orders_after.json").get("response_success"),
                response);
        Instant current = Instant.parse(response.at("/result/currentTime").asText());
        Instant trigger = Instant.parse(response.at("/result/triggerTime").asText());
        assertEquals(Duration.ofSeconds(100), Duration.between(current, trigger));
        assertTrue(h.exchange.deadManSwitchArmed(KEY));
        client.request(ExchangeHarness.PrivateClient.trading("cancel_all_orders_after", token, "{\"timeout\":0}", 2));
        assertTrue(!h.exchange.deadManSwitchArmed(KEY));
    }

    @Test
    void batchAddExampleMatchesTheDocsResponseInRequestOrder() {
        ObjectNode frame = request("batch_add.json", "request");
        params(frame).put("deadline", Instant.now().plusSeconds(5).toString());
        JsonNode response = client.request(frame);
        Shapes.assertSameShape(ExchangeVectors.json(DIR + "batch_add.json").get("response_success"), response);
        assertEquals(1, response.at("/result/0/order_userref").asInt());
        assertEquals(2, response.at("/result/1/order_userref").asInt());
        assertEquals(2, h.exchange.ordersPlaced(KEY));
    }

    @Test
    void batchCancelExampleMatchesTheDocsResponse() {
        place("{\"order_type\":\"limit\",\"side\":\"buy\",\"order_qty\":0.1,\"limit_price\":20000.0,"
                + "\"symbol\":\"BTC/USD\",\"order_userref\":1}");
        place("{\"order_type\":\"limit\",\"side\":\"buy\",\"order_qty\":0.1,\"limit_price\":20000.0,"
                + "\"symbol\":\"BTC/USD\",\"order_userref\":2}");
        String third = place(limitBuy("20000.0"));
        ObjectNode frame = request("batch_cancel.json", "request");
        ArrayNode orders = params(frame).putArray("orders");
        orders.add("1").add("2").add(third);
        JsonNode response = client.request(frame);
        Shapes.assertSameShape(ExchangeVectors.json(DIR + "batch_cancel.json").get("response_success"), response);
        assertEquals(3, response.at("/result/count").asInt());
        assertTrue(h.exchange.openOrders(KEY).isEmpty());
    }

    private ObjectNode request(String file, String member) {
        ObjectNode frame = ExchangeVectors.frame(DIR + file, member);
        params(frame).put("token", token);
        return frame;
    }

    private static ObjectNode params(ObjectNode frame) {
        return (ObjectNode) frame.get("params");
    }

    private String place(String params) {
        JsonNode ack = client.request(ExchangeHarness.PrivateClient.trading("add_order", token, params, ++reqId));
        assertTrue(ack.get("success").asBoolean(), ack.toString());
        return ack.at("/result/order_id").asText();
    }

    private static String limitBuy(String price) {
        return "{\"order_type\":\"limit\",\"side\":\"buy\",\"order_qty\":0.1,\"limit_price\":" + price
                + ",\"symbol\":\"BTC/USD\"}";
    }
}
