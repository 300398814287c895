package com.kafkaconnectkraken.simulator.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeHarness.PrivateClient;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every REST endpoint answers with the shape of the docs example in vectors/rest (field names and JSON types;
 * amounts as strings, times as numbers). Fields the docs mark as absent without margin/positions are listed
 * per test.
 */
class RestShapesTest {

    private static ExchangeHarness h;
    private static String filledOrder;
    private static String tradeId;

    @BeforeAll
    static void setUp() {
        h = new ExchangeHarness().funded("100000", "1");
        String token = h.token();
        PrivateClient client = h.connect();
        filledOrder = add(client, token, "{\"order_type\":\"market\",\"side\":\"buy\",\"order_qty\":0.1,"
                + "\"symbol\":\"BTC/USD\"}");
        add(client, token, "{\"order_type\":\"limit\",\"side\":\"buy\",\"order_qty\":0.1,\"limit_price\":20000.0,"
                + "\"symbol\":\"BTC/USD\"}");
        tradeId = h.exchange.ledgerEntries(ExchangeHarness.KEY).get(2).refid();
    }

    @AfterAll
    static void tearDown() {
        h.close();
    }

    @Test
    void balanceAndBalanceEx() {
        assertEntries(vector("Balance").get("result"), h.result("Balance", ""), Set.of());
        JsonNode ex = h.result("BalanceEx", "");
        for (JsonNode entry : ex) {
            for (String field : new String[] {"balance", "credit", "credit_used", "hold_trade"}) {
                assertTrue(entry.get(field).isTextual(), field + " is a string per the docs schema: " + entry);
            }
        }
        assertEquals("2005.2000", ex.at("/ZUSD/hold_trade").asText()); // 0.1 x 20000.0 x 1.0026
    }

    @Test
    void tradeBalanceVolumeAndPositions() {
        Shapes.assertContainsShape(vector("TradeBalance").get("result"), h.result("TradeBalance", ""), Set.of("ml"));
        Shapes.assertSameShape(vector("TradeVolume").get("result"), h.result("TradeVolume", "pair=XBTUSD"));
        assertTrue(h.result("OpenPositions", "").isObject());
    }

    @Test
    void orderQueries() {
        JsonNode open = h.result("OpenOrders", "").get("open");
        Shapes.assertSameShape(vector("OpenOrders").at("/result/open/OB5VMB-B4U2U-DK2WRW"), first(open));
        JsonNode closed = h.result("ClosedOrders", "");
        assertEquals(1, closed.get("count").asInt());
        // reason is a string for cancels (ClosedOrders example) and null for fills (QueryOrders example)
        assertEntries(vector("ClosedOrders").at("/result/closed"), closed.get("closed"), Set.of("trigger", "reason"));
        assertTrue(closed.at("/closed/" + filledOrder + "/reason").isNull());
        JsonNode queried = h.result("QueryOrders", "txid=" + filledOrder + "&trades=true");
        Shapes.assertContainsShape(vector("QueryOrders").at("/result/OBCMZD-JIEE7-77TH3F"), queried.get(filledOrder),
                Set.of("trigger"));
        assertEquals(tradeId, queried.at("/" + filledOrder + "/trades/0").asText());
    }

    @Test
    void tradeAndLedgerHistory() {
        JsonNode trades = h.result("TradesHistory", "");
        assertEntries(vector("TradesHistory").at("/result/trades"), trades.get("trades"), Set.of());
        assertEquals(1, trades.get("count").asInt());
        assertEntries(vector("QueryTrades").get("result"), h.result("QueryTrades", "txid=" + tradeId), Set.of());
        JsonNode ledgers = h.result("Ledgers", "");
        assertEntries(vector("Ledgers").at("/result/ledger"), ledgers.get("ledger"), Set.of());
        assertEquals(4, ledgers.get("count").asInt());
        String ledgerId = ledgers.get("ledger").fieldNames().next();
        assertEntries(vector("QueryLedgers").get("result"), h.result("QueryLedgers", "id=" + ledgerId), Set.of());
    }

    @Test
    void tokenAndPublicEndpoints() {
        Shapes.assertSameShape(vector("GetWebSocketsToken"), h.rest("GetWebSocketsToken", ""));
        Shapes.assertSameShape(vector("SystemStatus"), h.publicGet("SystemStatus", ""));
        JsonNode assets = h.publicGet("Assets", "asset=XBT,USD");
        assertEntries(vector("Assets").get("result"), assets.get("result"), Set.of());
        JsonNode pairs = h.publicGet("AssetPairs", "pair=XBTUSD");
        Shapes.assertContainsShape(vector("AssetPairs").at("/result/XXBTZUSD"), pairs.at("/result/XXBTZUSD"),
                Set.of("long_position_limit", "short_position_limit"));
        assertEquals("XBT/USD", pairs.at("/result/XXBTZUSD/wsname").asText());
        assertTrue(h.publicGet("Time", "").at("/result/unixtime").isNumber());
    }

    private static JsonNode vector(String name) {
        return ExchangeVectors.json("rest/" + name + ".json").get("response");
    }

    private static void assertEntries(JsonNode vectorMap, JsonNode actualMap, Set<String> ignored) {
        assertTrue(actualMap.size() > 0, "no entries: " + actualMap);
        JsonNode sample = first(vectorMap);
        for (Map.Entry<String, JsonNode> e : actualMap.properties()) {
            if (ignored.isEmpty()) {
                Shapes.assertSameShape(sample, e.getValue());
            } else {
                Shapes.assertContainsShape(sample, e.getValue(), ignored);
            }
        }
    }

    private static JsonNode first(JsonNode map) {
        return map.elements().next();
    }

    private static String add(PrivateClient client, String token, String params) {
        JsonNode ack = client.request(PrivateClient.trading("add_order", token, params, 1));
        assertTrue(ack.get("success").asBoolean(), ack.toString());
        return ack.at("/result/order_id").asText();
    }
}
