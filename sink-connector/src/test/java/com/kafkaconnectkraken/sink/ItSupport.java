package com.kafkaconnectkraken.sink;

import com.kafkaconnectkraken.registry.ConfluentAvro;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.sink.trader.TraderSinkConnector;
import com.kafkaconnectkraken.testkit.ApicurioConverterConfig;
import com.kafkaconnectkraken.testkit.ConnectStack;
import com.kafkaconnectkraken.testkit.SimulatorConnectorConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Shared helpers of the sink's integration tests. */
final class ItSupport {

    static final String KEY = "it-key";
    static final String SECRET = "aXQtc2VjcmV0LWl0LXNlY3JldC1pdC1zZWNyZXQ=";
    /** Bound of every single broker round trip and read in these helpers. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private ItSupport() {
    }

    /** @return a sink config with schemaless JSON commands and Avro (Confluent wire) acknowledgements */
    static Map<String, String> connector(ConnectStack stack, KrakenSimulator simulator, String commands) {
        Map<String, String> c = common(stack, KrakenSinkConnector.class.getName(), commands);
        c.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        c.put("value.converter.schemas.enable", "false");
        c.putAll(SimulatorConnectorConfig.tradingEndpoints(simulator));
        c.putAll(SimulatorConnectorConfig.credentials(KEY, SECRET));
        c.put("errors.deadletterqueue.topic.name", commands + "-dlq");
        c.put("guard.rate.limit.tier", "pro");
        return c;
    }

    /** @return a Trader sink config for the simulator's Trader user {@code alice}, string commands, Avro acknowledgements */
    static Map<String, String> traderConnector(ConnectStack stack, KrakenSimulator simulator, String commands) {
        Map<String, String> c = common(stack, TraderSinkConnector.class.getName(), commands);
        c.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        c.put("trader.url", simulator.traderWs().toString());
        c.put("trader.username", "alice");
        c.put("trader.password", "s3cret");
        c.put("ws.request.timeout.ms", "2000");
        c.put("guard.symbols", "EURUSD,GBPUSD,XAUUSD");
        c.put("guard.max.qty", "EURUSD:100000");
        c.put("errors.deadletterqueue.topic.name", commands + ".dlq");
        return c;
    }

    /** @return what both venues' configs share: one task, string keys, Avro acknowledgements, refusals to a DLQ */
    private static Map<String, String> common(ConnectStack stack, String connectorClass, String commands) {
        Map<String, String> c = new HashMap<>();
        c.put("connector.class", connectorClass);
        c.put("tasks.max", "1");
        c.put("topics", commands);
        c.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        c.put("reply.topic", commands + "-ack");
        c.put("reply.bootstrap.servers", stack.bootstrapServers());
        c.put("reply.value.converter", ApicurioConverterConfig.CONVERTER_CLASS);
        ApicurioConverterConfig.converterProperties(stack.registry().registryV2Url())
            .forEach((k, v) -> c.put("reply.value.converter." + k, v));
        c.put("errors.tolerance", "all");
        c.put("errors.deadletterqueue.topic.replication.factor", "1");
        return c;
    }

    /** Produces a JSON command with an explicit timestamp and optional headers. */
    static void produce(ConnectStack stack, String topic, String key, String json, long timestamp,
                        Map<String, String> headers) {
        Map<String, Object> props = Map.of("bootstrap.servers", stack.bootstrapServers(),
            "key.serializer", ByteArraySerializer.class, "value.serializer", ByteArraySerializer.class);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
            ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(topic, null, timestamp,
                key.getBytes(StandardCharsets.UTF_8), json.getBytes(StandardCharsets.UTF_8));
            headers.forEach((k, v) -> r.headers().add(new RecordHeader(k, v.getBytes(StandardCharsets.UTF_8))));
            producer.send(r).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while producing to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("produce to " + topic + " failed", e);
        }
    }

    static void produce(ConnectStack stack, String topic, String key, String json) {
        produce(stack, topic, key, json, System.currentTimeMillis(), Map.of());
    }

    /** @return the first {@code count} acknowledgements, decoded from the Confluent Avro wire format */
    static List<GenericRecord> acks(ConnectStack stack, String topic, int count) {
        ConfluentAvro avro = stack.avro();
        return stack.consume(topic, count, Duration.ofSeconds(60)).stream()
            .map(ConsumerRecord::value).map(avro::decodeRecord).toList();
    }

    /** @return how many final acknowledgements the command at {@code offset} has so far */
    static long finalAcks(ConnectStack stack, String topic, long offset) {
        return finalAcksOf(stack, topic, offset).size();
    }

    private static List<GenericRecord> finalAcksOf(ConnectStack stack, String topic, long offset) {
        ConfluentAvro avro = stack.avro();
        return readAll(stack, topic).stream().map(r -> avro.decodeRecord(r.value()))
            .filter(a -> Boolean.TRUE.equals(a.get("final_ack")) && ((Long) a.get("offset")) == offset).toList();
    }

    /**
     * Waits (at most 60 s) for the final acknowledgement of the command at {@code offset}; UNKNOWN
     * and other non-final acknowledgements before it are passed over.
     *
     * @return that final acknowledgement (the first one, if there were several)
     */
    static GenericRecord finalAck(ConnectStack stack, String topic, long offset) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            List<GenericRecord> finals = finalAcksOf(stack, topic, offset);
            if (!finals.isEmpty()) {
                return finals.get(0);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no final acknowledgement of offset " + offset + " on " + topic);
            }
            Thread.sleep(200);
        }
    }

    /**
     * Waits (at most 60 s) until the end offsets of {@code topic} have not moved for {@code quiet}:
     * nothing more is being written to it, so what is read next is complete.
     */
    static void awaitQuiet(ConnectStack stack, String topic, Duration quiet) throws InterruptedException {
        Map<String, Object> props = Map.of("bootstrap.servers", stack.bootstrapServers(),
            "key.deserializer", ByteArrayDeserializer.class, "value.deserializer", ByteArrayDeserializer.class);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> tps = consumer.partitionsFor(topic, WAIT).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Map<TopicPartition, Long> last = consumer.endOffsets(tps, WAIT);
            long stableSince = System.nanoTime();
            while (System.nanoTime() - stableSince < quiet.toNanos()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(topic + " still growing after 60 s: " + last);
                }
                Thread.sleep(100);
                Map<TopicPartition, Long> now = consumer.endOffsets(tps, WAIT);
                if (!now.equals(last)) {
                    last = now;
                    stableSince = System.nanoTime();
                }
            }
        }
    }

    /** @return every record of a topic right now */
    static List<ConsumerRecord<byte[], byte[]>> readAll(ConnectStack stack, String topic) {
        Map<String, Object> props = Map.of("bootstrap.servers", stack.bootstrapServers(),
            "key.deserializer", ByteArrayDeserializer.class, "value.deserializer", ByteArrayDeserializer.class);
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> tps = consumer.partitionsFor(topic, WAIT).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            Map<TopicPartition, Long> end = consumer.endOffsets(tps, WAIT);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (tps.stream().anyMatch(tp -> consumer.position(tp, WAIT) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " up to " + end + " within " + WAIT);
                }
                consumer.poll(Duration.ofMillis(100)).forEach(out::add);
            }
        }
        return out;
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(100);
        }
    }
}
