package com.kafkaconnectkraken.sink.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kafkaconnectkraken.schema.KrakenSchemas;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** Commands as Connect Structs of the contract schema and as maps carrying Connect Decimals. */
class CommandValuesTest {

    private static final Schema COMMAND = KrakenSchemas.connect("order_command");

    @Test
    void structOfTheContractSchemaParsesWithNestedRecordsAndArrays() {
        Schema params = COMMAND.field("add_order").schema();
        Struct triggers = new Struct(params.field("triggers").schema()).put("price", "-2.0").put("price_type", "pct");
        Struct conditional = new Struct(params.field("conditional").schema()).put("order_type", "stop-loss-limit")
            .put("trigger_price", "28410").put("limit_price", "28400");
        Struct add = new Struct(params).put("order_type", "stop-loss-limit").put("side", "sell").put("order_qty", "100")
            .put("symbol", "MATIC/USD").put("limit_price", "0.5").put("triggers", triggers).put("conditional", conditional)
            .put("order_userref", -5).put("post_only", true);
        Struct value = new Struct(COMMAND).put("method", "add_order").put("req_id", 3L).put("add_order", add);
        OrderCommand c = CommandParser.parse(new SinkRecord("orders", 0, null, null, COMMAND, value, 1));
        assertEquals(new BigDecimal("-2.0"), c.params().get("triggers").get("price").decimalValue());
        assertEquals("pct", c.params().get("triggers").get("price_type").textValue());
        assertEquals(new BigDecimal("28410"), c.params().get("conditional").get("trigger_price").decimalValue());
        assertEquals(-5, c.params().get("order_userref").intValue());
        assertEquals(3L, c.reqId());

        Struct cancel = new Struct(COMMAND).put("method", "cancel_order").put("cancel_order",
            new Struct(COMMAND.field("cancel_order").schema()).put("order_userref", List.of(1, 2)));
        OrderCommand cc = CommandParser.parse(new SinkRecord("orders", 0, null, null, COMMAND, cancel, 2));
        assertEquals("[1,2]", cc.params().get("order_userref").toString());
    }

    @Test
    void connectDecimalsStayExact() {
        BigDecimal qty = new BigDecimal("0.123456789");
        Map<String, Object> add = Map.of("order_type", "market", "side", "buy", "symbol", "BTC/USD",
            "order_qty", qty); // what a Connect Decimal field delivers
        OrderCommand c = CommandParser.parse(new SinkRecord("orders", 0, null, null, null,
            Map.of("method", "add_order", "add_order", add), 1));
        assertEquals(qty, c.params().get("order_qty").decimalValue());
        assertEquals(9, c.params().get("order_qty").decimalValue().scale());
    }
}
