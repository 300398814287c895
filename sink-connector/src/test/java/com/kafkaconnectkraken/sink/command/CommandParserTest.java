package com.kafkaconnectkraken.sink.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.spot.protocol.ClOrdIds;
import com.kafkaconnectkraken.sink.TestVectors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommandParserTest {

    /** uuid3-style MD5 name UUID of "kafka-connect-kraken:orders:0:42", computed with Python's hashlib. */
    private static final String DERIVED_0_42 = "3384180f-f3e4-38b3-8057-067a210aa6f3";

    static Stream<Arguments> vectorRequests() {
        List<Arguments> out = new ArrayList<>();
        for (String method : List.of("add_order", "amend_order", "edit_order", "cancel_order", "cancel_all",
                "cancel_all_orders_after", "batch_add", "batch_cancel")) {
            JsonNode file = TestVectors.json("ws-v2-trading/" + method + ".json");
            file.properties().forEach(e -> {
                if (e.getKey().startsWith("request") && e.getValue().isObject()) {
                    out.add(Arguments.of(method + "/" + e.getKey(), e.getValue()));
                }
            });
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectorRequests")
    void everyVectorRequestRoundTripsToItsExactParams(String name, JsonNode request) throws Exception {
        ObjectNode expected = request.path("params").isObject()
            ? ((ObjectNode) request.get("params")).deepCopy() : KrakenJson.mapper().createObjectNode();
        expected.remove("token");
        ObjectNode command = KrakenJson.mapper().createObjectNode();
        command.put("method", request.get("method").textValue());
        command.set("params", expected.deepCopy());
        if (request.has("req_id")) {
            command.set("req_id", request.get("req_id"));
        }
        boolean derives = "add_order".equals(request.get("method").textValue())
            && !expected.has("cl_ord_id") && !expected.has("order_userref");
        if (derives) {
            expected.put("cl_ord_id", DERIVED_0_42);
        }
        for (Object value : List.of(KrakenJson.mapper().writeValueAsString(command), toJava(command))) {
            OrderCommand parsed = CommandParser.parse(record(value));
            assertEquals(request.get("method").textValue(), parsed.method().wireName());
            assertTrue(expected.equals(CommandParserTest::sameValue, parsed.params()),
                () -> name + ": expected " + expected + " but was " + parsed.params());
            assertEquals(KrakenJson.mapper().writeValueAsString(expected),
                KrakenJson.mapper().writeValueAsString(parsed.params()), "wire text of " + name);
            assertEquals(request.has("req_id") ? request.get("req_id").longValue() : null, parsed.reqId());
        }
    }

    @Test
    void methodNamedFieldCarriesParams() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("order_id", "ORDERX-IDXXX-XXXXX1");
        params.put("order_qty", "0.2123456789");
        params.put("symbol", "BTC/USD");
        params.put("limit_price", null);
        OrderCommand c = CommandParser.parse(record(Map.of("method", "edit_order", "edit_order", params)));
        assertEquals(new BigDecimal("0.2123456789"), c.params().get("order_qty").decimalValue());
        assertEquals(3, c.params().size());
    }

    @Test
    void derivedClOrdIdIsDeterministicPerRecordAndPerBatchEntry() {
        Map<String, Object> order = Map.of("order_type", "limit", "side", "buy", "order_qty", "1", "limit_price", "2");
        Map<String, Object> batch = Map.of("method", "batch_add",
            "batch_add", Map.of("symbol", "BTC/USD", "orders", List.of(order, order)));
        OrderCommand c = CommandParser.parse(new SinkRecord("orders", 3, null, null, null, batch, 7));
        assertEquals("c5508baf-ecec-30c2-b9e2-16184077957f", c.clOrdIds().get(1));
        assertEquals(c.clOrdIds().get(1), c.params().get("orders").get(1).get("cl_ord_id").textValue());
        OrderCommand again = CommandParser.parse(new SinkRecord("orders", 3, null, null, null, batch, 7));
        assertEquals(c.clOrdIds(), again.clOrdIds());
        assertTrue(ClOrdIds.isValid(c.clOrdIds().get(0)));
    }

    @Test
    void orderUserrefSuppressesDerivation() {
        OrderCommand c = CommandParser.parse(record(Map.of("method", "add_order", "add_order", Map.of(
            "order_type", "market", "side", "sell", "order_qty", "1", "symbol", "BTC/USD", "order_userref", 5))));
        assertNull(c.clOrdId());
        assertTrue(!c.params().has("cl_ord_id"));
    }

    @Test
    void invalidCommandsGiveClearReasons() {
        assertReason("record has no value (tombstone)", null);
        assertReason("value is not JSON", "not json");
        assertReason("'method' is required", Map.of("x", 1));
        assertReason("unknown method 'buy_now'", Map.of("method", "buy_now"));
        assertReason("add_order: limit_price: must be a decimal string", add(Map.of("limit_price", 26500.4)));
        assertReason("add_order: unknown parameter 'post_onyl'", add(Map.of("post_onyl", true)));
        assertReason("add_order: unknown parameter 'token'", add(Map.of("token", "t")));
        assertReason("add_order: order_type limit needs limit_price", add(Map.of()));
        assertReason("add_order: side: must be one of [buy, sell]", add(Map.of("side", "long")));
        assertReason("add_order: cl_ord_id: must be a UUID", add(Map.of("cl_ord_id", "this-is-far-too-long-for-kraken")));
        assertReason("add_order: deadline: must be an RFC3339 timestamp", add(Map.of("deadline", "tomorrow")));
        assertReason("add_order: order_qty must be positive", add(Map.of("order_qty", "0", "limit_price", "1")));
        assertReason("params for cancel_all given but method is add_order",
            Map.of("method", "add_order", "cancel_all", Map.of()));
        assertReason("amend_order: needs exactly one of order_id, cl_ord_id",
            Map.of("method", "amend_order", "params", Map.of("limit_price", "1")));
        assertReason("batch_add: needs 2..15 orders, got 1", Map.of("method", "batch_add", "params",
            Map.of("symbol", "BTC/USD", "orders", List.of(Map.of("order_type", "market", "side", "buy", "order_qty", "1")))));
        assertReason("cancel_all_orders_after: timeout must be 0..86399",
            Map.of("method", "cancel_all_orders_after", "params", Map.of("timeout", 86400)));
        assertReason("cancel_order: needs at least one of", Map.of("method", "cancel_order", "params", Map.of()));
    }

    private static Map<String, Object> add(Map<String, Object> overrides) {
        Map<String, Object> p = new LinkedHashMap<>(Map.of("order_type", "limit", "side", "buy", "order_qty", "1.2",
            "symbol", "BTC/USD"));
        p.putAll(overrides);
        return Map.of("method", "add_order", "add_order", p);
    }

    private static void assertReason(String expectedStart, Object value) {
        InvalidCommandException e = assertThrows(InvalidCommandException.class, () -> CommandParser.parse(record(value)));
        assertTrue(e.getMessage().startsWith(expectedStart), () -> "'" + e.getMessage() + "' should start with '"
            + expectedStart + "'");
    }

    /** Numbers are equal when their exact decimal values (scale included) are equal. */
    private static int sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().equals(b.decimalValue()) ? 0 : 1;
        }
        return a.equals(b) ? 0 : 1;
    }

    static SinkRecord record(Object value) {
        return new SinkRecord("orders", 0, null, null, null, value, 42);
    }

    /** What a decimal-aware schemaless converter hands in: maps, lists, BigDecimal, Long, String, Boolean. */
    static Object toJava(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            node.properties().forEach(e -> m.put(e.getKey(), toJava(e.getValue())));
            return m;
        }
        if (node.isArray()) {
            List<Object> l = new ArrayList<>();
            node.forEach(x -> l.add(toJava(x)));
            return l;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isIntegralNumber() ? (Object) node.longValue() : node.decimalValue();
    }
}
