package com.kafkaconnectkraken.sink.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.schema.KrakenSchemas;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraderCommandParserTest {

    /** uuid3-style MD5 name UUID of "kafka-connect-kraken:orders:0:42", computed with Python's hashlib. */
    private static final String DERIVED_0_42 = "3384180f-f3e4-38b3-8057-067a210aa6f3";

    private static final TraderCommandParser DERIVE = new TraderCommandParser(true);
    private static final TraderCommandParser GIVEN = new TraderCommandParser(false);

    private static TraderCommand parse(TraderCommandParser parser, Object value) {
        SinkRecord record = new SinkRecord("orders", 0, null, null, null, value, 42);
        return parser.parse(record, CommandParser.tree(record));
    }

    private static Map<String, Object> market() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("accountId", "acc_123");
        p.put("symbol", "EURUSD");
        p.put("side", "BUY");
        p.put("type", "MARKET");
        p.put("quantity", 10000L);
        return p;
    }

    @Test
    void createOrderGoesOutWithExactNumbersAndTheDerivedClientOrderId() throws Exception {
        Map<String, Object> p = market();
        p.put("type", "LIMIT");
        p.put("price", "1.08450");
        TraderCommand c = parse(DERIVE, Map.of("method", "createOrder", "req_id", 7L, "params", p));
        assertEquals(TraderMethod.CREATE_ORDER, c.method());
        assertEquals(7L, c.reqId());
        assertEquals("{\"accountId\":\"acc_123\",\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"type\":\"LIMIT\","
            + "\"quantity\":10000,\"price\":1.08450,\"clientOrderId\":\"" + DERIVED_0_42 + "\"}",
            KrakenJson.mapper().writeValueAsString(c.params()));
        assertEquals(List.of(DERIVED_0_42), c.clOrdIds());
    }

    @Test
    void aUsersClientOrderIdIsKeptAndGivenModeSendsNoneOtherwise() {
        Map<String, Object> p = market();
        p.put("clientOrderId", "mine-1");
        assertEquals("mine-1", parse(DERIVE, Map.of("method", "createOrder", "params", p)).clOrdId());
        assertEquals("mine-1", parse(GIVEN, Map.of("method", "createOrder", "params", p)).clOrdId());
        TraderCommand none = parse(GIVEN, Map.of("method", "createOrder", "params", market()));
        assertFalse(none.params().has("clientOrderId"));
        assertEquals(Collections.singletonList(null), none.clOrdIds());
    }

    @Test
    void paramsMayComeUnderTheMethodsNameAsInTheAvroContractAndJsonTextKeepsDecimalsExact() {
        TraderCommand avroShaped = parse(DERIVE, Map.of("method", "closePosition",
            "closePosition", Map.of("accountId", "acc_123", "positionId", "pos_9", "quantity", "2500.5")));
        assertEquals(new BigDecimal("2500.5"), avroShaped.decimal("quantity"));
        TraderCommand fromText = parse(DERIVE, "{\"method\":\"amendOrder\",\"params\":{\"accountId\":\"acc_123\","
            + "\"orderId\":\"ord_1\",\"price\":1.10000000000000000001}}");
        assertEquals(new BigDecimal("1.10000000000000000001"), fromText.decimal("price"));
        assertEquals(List.of(), fromText.clOrdIds());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown field|{\"method\":\"createOrder\",\"params\":{},\"extra\":1}|unknown field 'extra'",
        "unknown method|{\"method\":\"create_order\",\"params\":{}}|unknown method 'create_order'",
        "no method|{\"params\":{}}|'method' is required (one of createOrder, cancelOrder, amendOrder, closePosition, amendPosition)",
        "no params|{\"method\":\"cancelOrder\"}|cancelOrder needs its params in field 'params'",
        "other method's params|{\"method\":\"cancelOrder\",\"amendOrder\":{}}|params for amendOrder given but method is cancelOrder",
        "unknown param|{\"method\":\"cancelOrder\",\"params\":{\"accountId\":\"a\",\"orderId\":\"o\",\"symbol\":\"EURUSD\"}}|cancelOrder: unknown parameter 'symbol'",
        "missing param|{\"method\":\"cancelOrder\",\"params\":{\"accountId\":\"a\"}}|cancelOrder: orderId is required",
        "lower-case side|{\"method\":\"createOrder\",\"params\":{\"accountId\":\"a\",\"symbol\":\"EURUSD\",\"side\":\"buy\",\"type\":\"MARKET\",\"quantity\":1}}|createOrder: side: must be one of [BUY, SELL]",
        "zero quantity|{\"method\":\"createOrder\",\"params\":{\"accountId\":\"a\",\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":0}}|createOrder: quantity must be positive",
        "limit without price|{\"method\":\"createOrder\",\"params\":{\"accountId\":\"a\",\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"quantity\":1}}|createOrder: type LIMIT needs price",
        "market with price|{\"method\":\"createOrder\",\"params\":{\"accountId\":\"a\",\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":1,\"price\":\"1\"}}|createOrder: type MARKET takes no price",
        "stop without stopPrice|{\"method\":\"createOrder\",\"params\":{\"accountId\":\"a\",\"symbol\":\"EURUSD\",\"side\":\"SELL\",\"type\":\"STOP\",\"quantity\":1}}|createOrder: type STOP needs stopPrice",
        "bad time in force|{\"method\":\"createOrder\",\"params\":{\"accountId\":\"a\",\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":1,\"timeInForce\":\"GTD\"}}|createOrder: timeInForce: must be one of [DAY, FOK, GTC, IOC]",
        "amend changing nothing|{\"method\":\"amendOrder\",\"params\":{\"accountId\":\"a\",\"orderId\":\"o\"}}|amendOrder: changes nothing: give quantity, price or stopPrice",
        "position amend changing nothing|{\"method\":\"amendPosition\",\"params\":{\"accountId\":\"a\",\"positionId\":\"p\"}}|amendPosition: changes nothing: give stopLoss or takeProfit"
    })
    void invalidCommandsAreRefusedWithTheirReason(String name, String json, String reason) {
        InvalidCommandException e = assertThrows(InvalidCommandException.class, () -> parse(DERIVE, json));
        assertEquals(reason, e.getMessage());
    }

    @Test
    void aBinaryFloatingPointQuantityIsRefused() {
        Map<String, Object> p = market();
        p.put("quantity", 1.5d);
        InvalidCommandException e = assertThrows(InvalidCommandException.class,
            () -> parse(DERIVE, Map.of("method", "createOrder", "params", p)));
        assertTrue(e.getMessage().startsWith("createOrder: quantity: must be a decimal string"), e.getMessage());
    }

    @Test
    void aRecordOfTheAvroContractParses() {
        Schema schema = KrakenSchemas.connect("trader/order_command");
        Struct create = new Struct(schema.field("createOrder").schema()).put("accountId", "acc_123").put("symbol", "EURUSD")
            .put("side", "SELL").put("type", "STOP").put("quantity", "2500").put("stopPrice", "1.0801");
        TraderCommand c = parse(DERIVE, new Struct(schema).put("method", "createOrder").put("req_id", 3L)
            .put("createOrder", create));
        assertEquals("{\"accountId\":\"acc_123\",\"symbol\":\"EURUSD\",\"side\":\"SELL\",\"type\":\"STOP\","
            + "\"quantity\":2500,\"stopPrice\":1.0801,\"clientOrderId\":\"" + DERIVED_0_42 + "\"}", c.params().toString());
        assertEquals(3L, c.reqId());
    }

    @Test
    void onlyCreateOrderIsAPlacingMethod() {
        for (TraderMethod m : TraderMethod.values()) {
            assertEquals(m == TraderMethod.CREATE_ORDER, m.placesOrders(), m.wireName());
        }
    }
}
