package com.kafkaconnectkraken.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.schema.KrakenSchemas;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.exchange.OrderView;
import com.kafkaconnectkraken.testkit.ApicurioConverterConfig;
import com.kafkaconnectkraken.testkit.ConnectStack;
import com.kafkaconnectkraken.testkit.ConnectStackExtension;
import io.apicurio.registry.utils.converter.AvroConverter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sink in a real Connect worker with a real broker, the Apicurio registry (acknowledgements
 * in the Confluent Avro wire format) and the simulator as Kraken.
 */
class OrderSinkIT {

    @RegisterExtension
    static final ConnectStackExtension STACK = new ConnectStackExtension();

    private static final String KEY = ItSupport.KEY;
    private static KrakenSimulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = KrakenSimulator.builder().account(KEY, ItSupport.SECRET).build().start();
        simulator.exchange().deposit(KEY, "USD", new BigDecimal("10000000"));
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void everyTradingMethodRoundTripsThroughTheWorker() throws Exception {
        ConnectStack stack = STACK.get();
        stack.createTopic("all-orders", 1);
        stack.deployConnector("all-sink", ItSupport.connector(stack, simulator, "all-orders"));
        stack.awaitRunning("all-sink", 1);
        GenericRecord add = send(1, "{\"method\":\"add_order\",\"add_order\":{\"order_type\":\"limit\",\"side\":\"buy\","
            + "\"order_qty\":\"0.01\",\"limit_price\":\"1000\",\"symbol\":\"BTC/USD\",\"cl_ord_id\":\"it-all-1\"}}");
        assertEquals(byClOrdId("it-all-1").orderId(), add.get("order_id").toString());
        send(2, "{\"method\":\"amend_order\",\"amend_order\":{\"cl_ord_id\":\"it-all-1\",\"limit_price\":\"1001\"}}");
        assertEquals(new BigDecimal("1001"), byClOrdId("it-all-1").limitPrice().stripTrailingZeros());
        GenericRecord edit = send(3, "{\"method\":\"edit_order\",\"edit_order\":{\"order_id\":\"" + add.get("order_id")
            + "\",\"symbol\":\"BTC/USD\",\"order_qty\":\"0.02\"}}");
        String edited = edit.get("order_id").toString();
        assertTrue(open().stream().anyMatch(o -> o.orderId().equals(edited)));
        send(4, "{\"method\":\"cancel_order\",\"cancel_order\":{\"order_id\":[\"" + edited + "\"]}}");
        assertTrue(open().stream().noneMatch(o -> o.orderId().equals(edited)));
        String order = "{\"order_type\":\"limit\",\"side\":\"buy\",\"order_qty\":\"0.01\",\"limit_price\":\"900\",";
        send(5, "{\"method\":\"batch_add\",\"batch_add\":{\"symbol\":\"BTC/USD\",\"orders\":[" + order
            + "\"cl_ord_id\":\"it-all-2\"}," + order + "\"cl_ord_id\":\"it-all-3\"}]}}");
        assertEquals("it-all-3", byClOrdId("it-all-3").clOrdId());
        send(6, "{\"method\":\"batch_cancel\",\"batch_cancel\":{\"cl_ord_id\":[\"it-all-2\",\"it-all-3\"]}}");
        assertTrue(open().stream().noneMatch(o -> o.clOrdId() != null && o.clOrdId().startsWith("it-all-")));
        send(7, "{\"method\":\"add_order\",\"add_order\":{\"order_type\":\"limit\",\"side\":\"buy\","
            + "\"order_qty\":\"0.01\",\"limit_price\":\"1000\",\"symbol\":\"BTC/USD\",\"cl_ord_id\":\"it-all-4\"}}");
        send(8, "{\"method\":\"cancel_all\"}");
        assertTrue(open().isEmpty());
        send(9, "{\"method\":\"cancel_all_orders_after\",\"cancel_all_orders_after\":{\"timeout\":60}}");
        assertTrue(simulator.exchange().deadManSwitchArmed(KEY));
        send(10, "{\"method\":\"cancel_all_orders_after\",\"cancel_all_orders_after\":{\"timeout\":0}}");
        assertTrue(!simulator.exchange().deadManSwitchArmed(KEY));
    }

    /**
     * Produces the n-th command of all-orders (offset n - 1) and returns its final acknowledgement,
     * asserted ACCEPTED; non-final acknowledgements (UNKNOWN) before it are passed over.
     */
    private static GenericRecord send(int n, String json) throws InterruptedException {
        ItSupport.produce(STACK.get(), "all-orders", "c" + n, json);
        GenericRecord ack = ItSupport.finalAck(STACK.get(), "all-orders-ack", n - 1);
        assertEquals("ACCEPTED", ack.get("status").toString(), ack.toString());
        assertEquals("c" + n, ack.get("command_key").toString());
        return ack;
    }

    private static OrderView byClOrdId(String clOrdId) {
        return open().stream().filter(o -> clOrdId.equals(o.clOrdId())).findFirst()
            .orElseThrow(() -> new AssertionError("no open order " + clOrdId));
    }

    private static Map<String, String> avroCommands(ConnectStack stack) {
        Map<String, String> c = ItSupport.connector(stack, simulator, "avro-orders");
        c.putAll(stack.avroValueConverter());
        c.remove("value.converter.schemas.enable");
        return c;
    }

    private static List<OrderView> open() {
        return simulator.exchange().openOrders(KEY);
    }

    @Test
    void avroAddAndCancelRoundTripWithAvroAcknowledgements() throws InterruptedException {
        ConnectStack stack = STACK.get();
        stack.createTopic("avro-orders", 1);
        stack.deployConnector("avro-sink", avroCommands(stack));
        stack.awaitRunning("avro-sink", 1);
        AvroConverter<Object> commands = new AvroConverter<>();
        commands.configure(ApicurioConverterConfig.converterProperties(stack.registry().registryV2Url()), false);
        Schema schema = KrakenSchemas.connect("order_command");
        Struct params = new Struct(schema.field("add_order").schema()).put("order_type", "limit").put("side", "buy")
            .put("order_qty", "0.01").put("limit_price", "1000.5").put("symbol", "BTC/USD")
            .put("cl_ord_id", "it-avro-1");
        Struct add = new Struct(schema).put("method", "add_order").put("req_id", 11L).put("add_order", params);
        stack.produce("avro-orders", "a1".getBytes(StandardCharsets.UTF_8), commands.fromConnectData("avro-orders", schema, add));

        GenericRecord ack = ItSupport.finalAck(STACK.get(), "avro-orders-ack", 0);
        assertEquals("ACCEPTED", ack.get("status").toString(), ack.toString());
        assertEquals(11L, ack.get("req_id"));
        assertEquals("it-avro-1", ack.get("cl_ord_id").toString());
        assertEquals("a1", ack.get("command_key").toString());
        OrderView order = open().stream().filter(o -> "it-avro-1".equals(o.clOrdId())).findFirst().orElseThrow();
        assertEquals(order.orderId(), ack.get("order_id").toString());

        Struct cancel = new Struct(schema).put("method", "cancel_order").put("cancel_order",
            new Struct(schema.field("cancel_order").schema()).put("cl_ord_id", List.of("it-avro-1")));
        stack.produce("avro-orders", "a2".getBytes(StandardCharsets.UTF_8),
            commands.fromConnectData("avro-orders", schema, cancel));
        GenericRecord cancelled = ItSupport.finalAck(STACK.get(), "avro-orders-ack", 1);
        assertEquals("ACCEPTED", cancelled.get("status").toString(), cancelled.toString());
        assertTrue(open().stream().noneMatch(o -> "it-avro-1".equals(o.clOrdId())));
    }

    @Test
    void malformedCommandIsInvalidAndDeadLetteredAndTheTaskKeepsRunning() {
        ConnectStack stack = STACK.get();
        stack.createTopic("json-orders", 1);
        stack.deployConnector("json-sink", ItSupport.connector(stack, simulator, "json-orders"));
        stack.awaitRunning("json-sink", 1);
        ItSupport.produce(stack, "json-orders", "bad", "{\"method\":\"add_order\",\"add_order\":{\"side\":\"buy\",\"order_qty\":0.5}}");
        ItSupport.produce(stack, "json-orders", "good", "{\"method\":\"add_order\",\"add_order\":{\"order_type\":\"limit\","
            + "\"side\":\"buy\",\"order_qty\":\"0.01\",\"limit_price\":\"1000\",\"symbol\":\"BTC/USD\"}}");
        List<GenericRecord> acks = ItSupport.acks(STACK.get(), "json-orders-ack", 2);
        assertEquals("INVALID", acks.get(0).get("status").toString());
        assertTrue(acks.get(0).get("error").toString().startsWith("add_order: order_qty: must be a decimal string"),
            acks.get(0).toString());
        assertEquals("ACCEPTED", acks.get(1).get("status").toString(), acks.get(1).toString());
        ConsumerRecord<byte[], byte[]> dead = stack.consume("json-orders-dlq", 1, Duration.ofSeconds(30)).get(0);
        assertEquals("bad", new String(dead.key(), StandardCharsets.UTF_8));
        stack.awaitRunning("json-sink", 1);
    }

    @Test
    void unreadableBytesGetAnInvalidAckKeyedByCoordinatesADeadLetterWithConnectErrorHeadersAndOneWarning()
            throws InterruptedException {
        ConnectStack stack = STACK.get();
        stack.createTopic("raw-orders", 1);
        Map<String, String> config = ItSupport.connector(stack, simulator, "raw-orders");
        config.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.remove("value.converter.schemas.enable");
        config.put("errors.deadletterqueue.context.headers.enable", "true");
        stack.deployConnector("raw-sink", config);
        stack.awaitRunning("raw-sink", 1);
        stack.produce("raw-orders", null, "api_secret=hunter2 not json".getBytes(StandardCharsets.UTF_8));
        stack.produce("raw-orders", null, "[\"hunter2\"]".getBytes(StandardCharsets.UTF_8));

        List<ConsumerRecord<byte[], byte[]>> acks = stack.consume("raw-orders-ack", 2, Duration.ofSeconds(60));
        for (int offset = 0; offset < 2; offset++) {
            GenericRecord ack = STACK.get().avro().decodeRecord(acks.get(offset).value());
            assertEquals("INVALID", ack.get("status").toString(), ack.toString());
            assertEquals((long) offset, ack.get("offset"));
            assertEquals("raw-orders-0-" + offset, new String(acks.get(offset).key(), StandardCharsets.UTF_8));
        }
        assertTrue(STACK.get().avro().decodeRecord(acks.get(0).value()).get("error").toString()
            .startsWith("value is not JSON"));
        List<ConsumerRecord<byte[], byte[]>> dead = stack.consume("raw-orders-dlq", 2, Duration.ofSeconds(30));
        assertEquals("raw-orders", header(dead.get(0), "__connect.errors.topic"));
        assertEquals("0", header(dead.get(0), "__connect.errors.partition"));
        assertEquals("1", header(dead.get(1), "__connect.errors.offset"));
        assertEquals("raw-sink", header(dead.get(0), "__connect.errors.connector.name"));
        assertEquals("0", header(dead.get(0), "__connect.errors.task.id"));
        assertTrue(header(dead.get(0), "__connect.errors.exception.message").contains("value is not JSON"));
        assertNotNull(header(dead.get(1), "__connect.errors.exception.class.name"));
        assertEquals(1, SinkWarnings.containing("raw-orders-0-0").size(), "one WARN line for offset 0");
        assertEquals(1, SinkWarnings.containing("raw-orders-0-1").size(), "one WARN line for offset 1");
        assertTrue(SinkWarnings.containing("hunter2").isEmpty(), "no payload in the log");
        stack.awaitRunning("raw-sink", 1);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void taskRestartWhileAnOrderIsInFlightPlacesNoDuplicateAndAcknowledgesOnce() throws Exception {
        ConnectStack stack = STACK.get();
        stack.createTopic("restart-orders", 1);
        Map<String, String> config = ItSupport.connector(stack, simulator, "restart-orders");
        config.put("ws.request.timeout.ms", "3000");
        stack.deployConnector("restart-sink", config);
        stack.awaitRunning("restart-sink", 1);
        long placedBefore = simulator.exchange().ordersPlaced(KEY);
        simulator.exchange().faults().delayTradingAcks(Duration.ofSeconds(8));
        try {
            ItSupport.produce(stack, "restart-orders", "r1", "{\"method\":\"add_order\",\"add_order\":{\"order_type\":\"limit\","
                + "\"side\":\"buy\",\"order_qty\":\"0.01\",\"limit_price\":\"1001\",\"symbol\":\"BTC/USD\"}}");
            ItSupport.await(() -> simulator.exchange().ordersPlaced(KEY) == placedBefore + 1, "order placed");
            stack.cluster().restartConnectorAndTasks("restart-sink", false, true, false);
            stack.awaitRunning("restart-sink", 1);
        } finally {
            simulator.exchange().faults().delayTradingAcks(Duration.ZERO);
        }
        ItSupport.produce(stack, "restart-orders", "r2", "{\"method\":\"cancel_all\"}");
        ItSupport.finalAck(stack, "restart-orders-ack", 0);
        ItSupport.finalAck(stack, "restart-orders-ack", 1);
        // the stopped task may still be finishing its attempt: wait until nothing more is written
        ItSupport.awaitQuiet(stack, "restart-orders-ack", Duration.ofSeconds(3));
        assertEquals(1, ItSupport.finalAcks(stack, "restart-orders-ack", 0), "exactly one final ack for the add_order");
        assertEquals(1, ItSupport.finalAcks(stack, "restart-orders-ack", 1), "exactly one final ack for the cancel_all");
        assertEquals(placedBefore + 1, simulator.exchange().ordersPlaced(KEY), "no duplicate order");
    }

}
