package com.kafkaconnectkraken.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.schema.KrakenSchemas;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.exchange.OrderView;
import com.kafkaconnectkraken.testkit.ApicurioConverterConfig;
import com.kafkaconnectkraken.testkit.ConfluentAvro;
import com.kafkaconnectkraken.testkit.ConnectStack;
import com.kafkaconnectkraken.testkit.ConnectStackExtension;
import com.kafkaconnectkraken.testkit.SimulatorConnectorConfig;
import io.apicurio.registry.utils.converter.AvroConverter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
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

    private static final String KEY = "it-key";
    private static final String SECRET = "aXQtc2VjcmV0LWl0LXNlY3JldC1pdC1zZWNyZXQ=";
    private static KrakenSimulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = KrakenSimulator.builder().account(KEY, SECRET).build().start();
        simulator.exchange().deposit(KEY, "USD", new BigDecimal("10000000"));
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    private static Map<String, String> connector(String name, String commands, String avroCommands) {
        ConnectStack stack = STACK.get();
        Map<String, String> c = new HashMap<>();
        c.put("connector.class", KrakenSinkConnector.class.getName());
        c.put("tasks.max", "1");
        c.put("topics", commands);
        c.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        if (avroCommands != null) {
            c.putAll(stack.avroValueConverter());
        } else {
            c.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
            c.put("value.converter.schemas.enable", "false");
        }
        c.putAll(SimulatorConnectorConfig.tradingEndpoints(simulator));
        c.putAll(SimulatorConnectorConfig.credentials(KEY, SECRET));
        c.put("reply.topic", commands + "-ack");
        c.put("reply.bootstrap.servers", stack.bootstrapServers());
        c.put("reply.value.converter", ApicurioConverterConfig.CONVERTER_CLASS);
        ApicurioConverterConfig.converterProperties(stack.registry().registryV2Url())
            .forEach((k, v) -> c.put("reply.value.converter." + k, v));
        c.put("errors.tolerance", "all");
        c.put("errors.deadletterqueue.topic.name", commands + "-dlq");
        c.put("errors.deadletterqueue.topic.replication.factor", "1");
        c.put("guard.rate.limit.tier", "pro");
        return c;
    }

    private static void produceJson(String topic, String key, String json) {
        STACK.get().produce(topic, key.getBytes(StandardCharsets.UTF_8), json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<GenericRecord> acks(String topic, int count) {
        ConfluentAvro avro = STACK.get().avro();
        return STACK.get().consume(topic, count, Duration.ofSeconds(60)).stream()
            .map(ConsumerRecord::value).map(avro::decodeRecord).toList();
    }

    private static List<OrderView> open() {
        return simulator.exchange().openOrders(KEY);
    }

    @Test
    void avroAddAndCancelRoundTripWithAvroAcknowledgements() {
        ConnectStack stack = STACK.get();
        stack.createTopic("avro-orders", 1);
        stack.deployConnector("avro-sink", connector("avro-sink", "avro-orders", "avro"));
        stack.awaitRunning("avro-sink", 1);
        AvroConverter commands = new AvroConverter();
        commands.configure(ApicurioConverterConfig.converterProperties(stack.registry().registryV2Url()), false);
        Schema schema = KrakenSchemas.connect("order_command");
        Struct params = new Struct(schema.field("add_order").schema()).put("order_type", "limit").put("side", "buy")
            .put("order_qty", "0.01").put("limit_price", "1000.5").put("symbol", "BTC/USD")
            .put("cl_ord_id", "it-avro-1");
        Struct add = new Struct(schema).put("method", "add_order").put("req_id", 11L).put("add_order", params);
        stack.produce("avro-orders", "a1".getBytes(StandardCharsets.UTF_8), commands.fromConnectData("avro-orders", schema, add));

        GenericRecord ack = acks("avro-orders-ack", 1).get(0);
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
        GenericRecord cancelled = acks("avro-orders-ack", 2).get(1);
        assertEquals("ACCEPTED", cancelled.get("status").toString(), cancelled.toString());
        assertTrue(open().stream().noneMatch(o -> "it-avro-1".equals(o.clOrdId())));
    }

    @Test
    void malformedCommandIsInvalidAndDeadLetteredAndTheTaskKeepsRunning() {
        ConnectStack stack = STACK.get();
        stack.createTopic("json-orders", 1);
        stack.deployConnector("json-sink", connector("json-sink", "json-orders", null));
        stack.awaitRunning("json-sink", 1);
        produceJson("json-orders", "bad", "{\"method\":\"add_order\",\"add_order\":{\"side\":\"buy\",\"order_qty\":0.5}}");
        produceJson("json-orders", "good", "{\"method\":\"add_order\",\"add_order\":{\"order_type\":\"limit\","
            + "\"side\":\"buy\",\"order_qty\":\"0.01\",\"limit_price\":\"1000\",\"symbol\":\"BTC/USD\"}}");
        List<GenericRecord> acks = acks("json-orders-ack", 2);
        assertEquals("INVALID", acks.get(0).get("status").toString());
        assertTrue(acks.get(0).get("error").toString().startsWith("add_order: order_qty: must be a decimal string"),
            acks.get(0).toString());
        assertEquals("ACCEPTED", acks.get(1).get("status").toString(), acks.get(1).toString());
        ConsumerRecord<byte[], byte[]> dead = stack.consume("json-orders-dlq", 1, Duration.ofSeconds(30)).get(0);
        assertEquals("bad", new String(dead.key(), StandardCharsets.UTF_8));
        stack.awaitRunning("json-sink", 1);
    }

    @Test
    void taskRestartWhileAnOrderIsInFlightPlacesNoDuplicateAndAcknowledgesOnce() throws Exception {
        ConnectStack stack = STACK.get();
        stack.createTopic("restart-orders", 1);
        Map<String, String> config = connector("restart-sink", "restart-orders", null);
        config.put("kraken.request.timeout.ms", "3000");
        stack.deployConnector("restart-sink", config);
        stack.awaitRunning("restart-sink", 1);
        long placedBefore = simulator.exchange().ordersPlaced(KEY);
        simulator.exchange().faults().delayTradingAcks(Duration.ofSeconds(8));
        try {
            produceJson("restart-orders", "r1", "{\"method\":\"add_order\",\"add_order\":{\"order_type\":\"limit\","
                + "\"side\":\"buy\",\"order_qty\":\"0.01\",\"limit_price\":\"1001\",\"symbol\":\"BTC/USD\"}}");
            await(() -> simulator.exchange().ordersPlaced(KEY) == placedBefore + 1, "order placed");
            stack.cluster().restartConnectorAndTasks("restart-sink", false, true, false);
            stack.awaitRunning("restart-sink", 1);
        } finally {
            simulator.exchange().faults().delayTradingAcks(Duration.ZERO);
        }
        produceJson("restart-orders", "r2", "{\"method\":\"cancel_all\"}");
        await(() -> finalAcks("restart-orders-ack", 1) >= 1, "final ack of the cancel_all");
        Thread.sleep(2000);
        assertEquals(1, finalAcks("restart-orders-ack", 0), "exactly one final ack for the add_order");
        assertEquals(placedBefore + 1, simulator.exchange().ordersPlaced(KEY), "no duplicate order");
    }

    private static long finalAcks(String topic, long offset) {
        ConfluentAvro avro = STACK.get().avro();
        return readAll(topic).stream().map(r -> avro.decodeRecord(r.value()))
            .filter(a -> Boolean.TRUE.equals(a.get("final_ack")) && ((Long) a.get("offset")) == offset).count();
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        Map<String, Object> props = Map.of("bootstrap.servers", STACK.get().bootstrapServers(),
            "key.deserializer", ByteArrayDeserializer.class, "value.deserializer", ByteArrayDeserializer.class);
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> tps = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            Map<TopicPartition, Long> end = consumer.endOffsets(tps);
            while (tps.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(100)).forEach(out::add);
            }
        }
        return out;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(100);
        }
    }
}
