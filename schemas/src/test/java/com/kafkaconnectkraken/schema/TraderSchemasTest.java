package com.kafkaconnectkraken.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Timestamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Trader WebSocket API part of the contract ({@code schemas/trader/*.avsc}, docs/protocol/trader-api.md §4, §7):
 * one file per source record type beside the sink's {@code order_command}, the Trader namespace, snake_case names,
 * exact decimals, the server time {@code ts} as timestamp-millis with its exact text, and {@code extra_fields}. The
 * registry-converter parity of these files is proven by {@link KrakenSchemasTest}, whose contract list includes them.
 */
class TraderSchemasTest {

    private static final String NAMESPACE = "com.kafkaconnectkraken.avro.trader";

    static List<String> sourceFiles() {
        return KrakenSchemasTest.avscNames(new File("trader"), "trader/").stream()
                .filter(name -> !name.equals("trader/order_command")).toList();
    }

    @Test
    void traderDirectoryHoldsOneFilePerTraderSourceRecordType() {
        assertEquals(List.of("trader/depth", "trader/execution", "trader/metrics", "trader/portfolio", "trader/quote"),
                sourceFiles());
    }

    @ParameterizedTest
    @MethodSource("sourceFiles")
    void everyTraderSchemaIsInTheTraderNamespaceWithServerTimeReceiveTimeAndExtraFields(String name) {
        org.apache.avro.Schema avro = KrakenSchemas.avro(name);
        assertEquals(NAMESPACE, avro.getNamespace(), name);
        assertTrue(avro.getDoc().contains("docs/protocol/trader-api.md"), name);
        Schema connect = KrakenSchemas.connect(name);
        assertEquals(Timestamp.LOGICAL_NAME, connect.field("ts").schema().name(), name);
        assertTrue(connect.field("ts").schema().isOptional(), name);
        assertEquals(Schema.Type.STRING, connect.field("ts_text").schema().type(), name);
        assertEquals(Timestamp.LOGICAL_NAME, connect.field("received_at").schema().name(), name);
        assertFalse(connect.field("received_at").schema().isOptional(), name);
        assertEquals(Schema.Type.MAP, connect.field("extra_fields").schema().type(), name);
    }

    @ParameterizedTest
    @MethodSource("sourceFiles")
    void fieldNamesAreSnakeCase(String name) {
        KrakenSchemas.connect(name).fields().forEach(f -> assertTrue(f.name().matches("[a-z][a-z0-9_]*"), name + "." + f.name()));
    }

    @Test
    void pricesSizesAndMoneyAreExactDecimals() {
        for (String field : List.of("bid", "ask")) {
            assertDecimal(KrakenSchemas.connect("trader/quote").field(field).schema());
        }
        Schema level = KrakenSchemas.connect("trader/depth").field("bids").schema().valueSchema();
        assertDecimal(level.field("price").schema());
        assertDecimal(level.field("size").schema());
        assertFalse(level.field("size").schema().isOptional(), "a level is a [price, size] pair");
        for (String field : List.of("quantity", "filled_quantity", "price", "stop_price", "avg_price")) {
            assertDecimal(KrakenSchemas.connect("trader/execution").field(field).schema());
        }
        for (String field : List.of("equity", "balance", "margin", "free_margin", "margin_level", "unrealized_pnl", "realized_pnl")) {
            assertDecimal(KrakenSchemas.connect("trader/metrics").field(field).schema());
        }
        Schema position = KrakenSchemas.connect("trader/portfolio").field("positions").schema().valueSchema();
        assertDecimal(position.field("unrealized_pnl").schema());
        assertDecimal(KrakenSchemas.connect("trader/portfolio").field("balances").schema().valueSchema().field("amount").schema());
    }

    @Test
    void keysAreRequiredAndExecutionsSayWhereTheyCameFrom() {
        assertFalse(KrakenSchemas.connect("trader/quote").field("symbol").schema().isOptional());
        assertFalse(KrakenSchemas.connect("trader/depth").field("symbol").schema().isOptional());
        assertFalse(KrakenSchemas.connect("trader/execution").field("order_id").schema().isOptional());
        assertFalse(KrakenSchemas.connect("trader/portfolio").field("account_id").schema().isOptional());
        assertFalse(KrakenSchemas.connect("trader/metrics").field("account_id").schema().isOptional());
        Schema execution = KrakenSchemas.connect("trader/execution");
        assertEquals("ws", execution.field("source").schema().defaultValue());
        assertNotNull(execution.field("created_at_text"));
    }

    private static void assertDecimal(Schema schema) {
        assertEquals(Decimal.LOGICAL_NAME, schema.name());
        assertEquals("18", schema.parameters().get(Decimal.SCALE_FIELD));
    }
}
