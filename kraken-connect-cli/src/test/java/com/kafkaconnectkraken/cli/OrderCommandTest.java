package com.kafkaconnectkraken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code order}'s flags to commands, for every method of both venues: each expected command is written out by hand
 * from the sinks' documented contract, and every field name of the built params is checked against the contract
 * itself ({@code schemas/order_command.avsc}, {@code schemas/trader/order_command.avsc}: the record under the
 * method's field).
 */
class OrderCommandTest {

    private static final Path SCHEMAS = Path.of(System.getProperty("kraken.schemas.dir", "../schemas"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void addOrderFromTheIssuesExample() throws IOException {
        assertSpot("{\"method\":\"add_order\",\"req_id\":7,\"add_order\":{\"order_type\":\"limit\",\"side\":\"buy\","
                + "\"order_qty\":\"0.1\",\"symbol\":\"ETH/USD\",\"limit_price\":\"2000\"}}",
                "--method", "add_order", "--symbol", "ETH/USD", "--side", "buy", "--type", "limit", "--qty", "0.1",
                "--price", "2000");
    }

    @Test
    void addOrderWithEveryFlag() throws IOException {
        assertSpot("{\"method\":\"add_order\",\"req_id\":7,\"add_order\":{\"order_type\":\"stop-loss-limit\",\"side\":\"sell\","
                + "\"order_qty\":\"0.25\",\"symbol\":\"SOL/USD\",\"limit_price\":\"19.5\",\"triggers\":{\"price\":\"19.75\"},"
                + "\"time_in_force\":\"gtc\",\"post_only\":true,\"reduce_only\":true,\"validate\":true,\"order_userref\":42,"
                + "\"display_qty\":\"0.02\",\"margin\":false}}",
                "--method", "add_order", "--symbol", "SOL/USD", "--side", "SELL", "--type", "stop-loss-limit", "--qty", "0.25",
                "--price", "19.5", "--trigger-price", "19.75", "--time-in-force", "GTC", "--post-only", "--reduce-only",
                "--validate", "--order-userref", "42", "--param", "display_qty=0.02", "--param", "margin=false");
    }

    @Test
    void amendEditAndCancels() throws IOException {
        assertSpot("{\"method\":\"amend_order\",\"req_id\":7,\"amend_order\":{\"cl_ord_id\":\"my-order-1\",\"order_qty\":\"0.2\","
                + "\"limit_price\":\"1999.5\",\"post_only\":true}}",
                "--method", "amend_order", "--cl-ord-id", "my-order-1", "--qty", "0.2", "--price", "1999.5", "--post-only");
        assertSpot("{\"method\":\"edit_order\",\"req_id\":7,\"edit_order\":{\"order_id\":\"OABC12-DEF34-GHI567\","
                + "\"symbol\":\"ETH/USD\",\"order_qty\":\"0.3\",\"limit_price\":\"1990\"}}",
                "--method", "edit_order", "--order-id", "OABC12-DEF34-GHI567", "--symbol", "ETH/USD", "--qty", "0.3",
                "--price", "1990");
        assertSpot("{\"method\":\"cancel_order\",\"req_id\":7,\"cancel_order\":{\"order_id\":[\"O1\",\"O2\"],"
                + "\"cl_ord_id\":[\"c1\"],\"order_userref\":[5]}}",
                "--method", "cancel_order", "--order-id", "O1", "--order-id", "O2", "--cl-ord-id", "c1", "--order-userref", "5");
        assertSpot("{\"method\":\"cancel_all\",\"req_id\":7}", "--method", "cancel_all");
        assertSpot("{\"method\":\"cancel_all_orders_after\",\"req_id\":7,\"cancel_all_orders_after\":{\"timeout\":60}}",
                "--method", "cancel_all_orders_after", "--after", "60");
        assertSpot("{\"method\":\"batch_cancel\",\"req_id\":7,\"batch_cancel\":{\"orders\":[\"O1\",\"O2\"],\"cl_ord_id\":[\"c3\"]}}",
                "--method", "batch_cancel", "--order-id", "O1", "--order-id", "O2", "--cl-ord-id", "c3");
    }

    @Test
    void batchAddTakesOneOrderFlagPerOrder() throws IOException {
        assertSpot("{\"method\":\"batch_add\",\"req_id\":7,\"batch_add\":{\"symbol\":\"ETH/USD\",\"orders\":["
                + "{\"order_type\":\"limit\",\"side\":\"buy\",\"order_qty\":\"0.1\",\"limit_price\":\"1990\"},"
                + "{\"order_type\":\"market\",\"side\":\"sell\",\"order_qty\":\"0.2\"}]}}",
                "--method", "batch_add", "--symbol", "ETH/USD", "--order", "buy:limit:0.1:1990", "--order", "sell:market:0.2");
    }

    @Test
    void everyTraderMethod() throws IOException {
        assertTrader("{\"method\":\"createOrder\",\"req_id\":7,\"params\":{\"accountId\":\"acc_demo\",\"symbol\":\"EURUSD\","
                + "\"side\":\"BUY\",\"type\":\"STOP_LIMIT\",\"quantity\":\"10000\",\"price\":\"1.0845\",\"stopPrice\":\"1.0850\","
                + "\"timeInForce\":\"GTC\",\"clientOrderId\":\"c-1\"}}",
                "--method", "createOrder", "--symbol", "EURUSD", "--side", "buy", "--type", "stop-limit", "--qty", "10000",
                "--price", "1.0845", "--stop-price", "1.0850", "--time-in-force", "gtc", "--cl-ord-id", "c-1");
        assertTrader("{\"method\":\"cancelOrder\",\"req_id\":7,\"params\":{\"accountId\":\"acc_2\",\"orderId\":\"ord_1\"}}",
                "--method", "cancelOrder", "--account", "acc_2", "--order-id", "ord_1");
        assertTrader("{\"method\":\"amendOrder\",\"req_id\":7,\"params\":{\"accountId\":\"acc_demo\",\"orderId\":\"ord_1\","
                + "\"quantity\":\"5000\",\"price\":\"1.08\"}}",
                "--method", "amendOrder", "--order-id", "ord_1", "--qty", "5000", "--price", "1.08");
        assertTrader("{\"method\":\"closePosition\",\"req_id\":7,\"params\":{\"accountId\":\"acc_demo\",\"positionId\":\"pos_1\","
                + "\"quantity\":\"2500\"}}",
                "--method", "closePosition", "--position-id", "pos_1", "--qty", "2500");
        assertTrader("{\"method\":\"amendPosition\",\"req_id\":7,\"params\":{\"accountId\":\"acc_demo\",\"positionId\":\"pos_1\","
                + "\"stopLoss\":\"1.07\",\"takeProfit\":\"1.1\"}}",
                "--method", "amendPosition", "--position-id", "pos_1", "--stop-loss", "1.07", "--take-profit", "1.1");
    }

    @Test
    void theMethodPicksTheVenueAndItsTopics() {
        assertEquals(OrderVerb.Venue.trader, parsed("--method", "createOrder").venue("createOrder"));
        assertEquals("kraken.trader.orders", OrderVerb.Venue.trader.commands);
        assertEquals("kraken.trader.order_acks", OrderVerb.Venue.trader.acks);
        assertEquals(OrderVerb.Venue.kraken, parsed("--method", "add_order").venue("add_order"));
        assertEquals("kraken.orders", OrderVerb.Venue.kraken.commands);
        assertEquals("kraken.order_acks", OrderVerb.Venue.kraken.acks);
    }

    @Test
    void aFileCommandKeepsItsReqIdOrGetsOne() throws IOException {
        Path file = dir.resolve("cmd.json");
        Files.writeString(file, "{\"method\":\"cancel_all\",\"req_id\":3}", StandardCharsets.UTF_8);
        assertEquals("{\"method\":\"cancel_all\",\"req_id\":3}", parsed("--file", file.toString()).command().toString());
        Files.writeString(file, "{\"method\":\"cancel_all\"}", StandardCharsets.UTF_8);
        ObjectNode generated = parsed("--file", file.toString()).command();
        assertTrue(generated.get("req_id").asLong() > 0, generated.toString());
        Files.writeString(file, "[1]", StandardCharsets.UTF_8);
        assertTrue(refusal("--file", file.toString()).contains("one JSON object"));
        assertTrue(refusal("--file", file.toString(), "--symbol", "ETH/USD").contains("either with --file or with flags"));
    }

    @Test
    void missingAndForeignFlagsAreRefusedByName() {
        assertTrue(refusal("--method", "add_order", "--side", "buy", "--type", "limit").contains("add_order needs --symbol"));
        assertTrue(refusal("--method", "cancel_all", "--symbol", "ETH/USD").contains("cancel_all does not take --symbol"));
        assertTrue(refusal("--method", "add_order", "--symbol", "ETH/USD", "--side", "buy", "--type", "limit",
                "--account", "a").contains("add_order does not take --account"));
        assertTrue(refusal("--method", "add_ordr").contains("unknown Kraken Spot method 'add_ordr'"));
        assertTrue(refusal("--method", "batch_add", "--symbol", "ETH/USD", "--order", "buy:limit")
                .contains("--order must be SIDE:TYPE:QTY[:PRICE]"));
        assertTrue(refusal("--method", "amend_order", "--qty", "1").contains("amend_order needs --order-id or --cl-ord-id"));
        assertTrue(refusal("--method", "add_order", "--symbol", "ETH/USD", "--side", "buy", "--type", "limit",
                "--param", "symbol=SOL/USD").contains("--param symbol is already set by a flag"));
        assertTrue(refusal().contains("give --method (or --file)"));
    }

    private static void assertSpot(String expected, String... args) throws IOException {
        ObjectNode command = built(args);
        assertEquals(expected, command.toString());
        assertContractFields(SCHEMAS.resolve("order_command.avsc"), command);
    }

    private static void assertTrader(String expected, String... args) throws IOException {
        ObjectNode command = built(args);
        assertEquals(expected, command.toString());
        // the schemaless form puts the params under "params"; the contract names the field like the method
        ObjectNode asContract = command.deepCopy();
        asContract.set(command.get("method").asText(), asContract.remove("params"));
        assertContractFields(SCHEMAS.resolve("trader/order_command.avsc"), asContract);
    }

    /** Every field of the command, nested records and arrays of records included, is a field of the contract. */
    private static void assertContractFields(Path avsc, JsonNode command) throws IOException {
        assertFields(new Schema.Parser().parse(avsc.toFile()), command, "");
    }

    private static void assertFields(Schema schema, JsonNode node, String path) {
        Schema s = nonNull(schema);
        if (s.getType() == Schema.Type.ARRAY) {
            node.forEach(item -> assertFields(s.getElementType(), item, path + "[]."));
            return;
        }
        if (s.getType() != Schema.Type.RECORD) {
            return;
        }
        Set<String> names = new HashSet<>();
        s.getFields().forEach(f -> names.add(f.name()));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            assertTrue(names.contains(name), path + name + " is not a field of " + s.getFullName() + " " + names);
            assertFields(s.getField(name).schema(), node.get(name), path + name + ".");
        }
    }

    private static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        List<Schema> branches = schema.getTypes().stream().filter(b -> b.getType() != Schema.Type.NULL).toList();
        return branches.size() == 1 ? branches.get(0) : schema;
    }

    private static ObjectNode built(String... args) throws IOException {
        return parsed(Stream.concat(Arrays.stream(args), Stream.of("--req-id", "7")).toArray(String[]::new)).command();
    }

    private static OrderVerb parsed(String... args) {
        OrderVerb verb = new OrderVerb();
        new CommandLine(verb).parseArgs(args);
        return verb;
    }

    private static String refusal(String... args) {
        return assertThrows(CommandLine.ParameterException.class, () -> parsed(args).command()).getMessage();
    }
}
