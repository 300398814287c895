package com.kafkaconnectkraken.benchmarks.e2e;

import com.kafkaconnectkraken.registry.ConfluentAvro;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The sink path as a Kafka client sees it: a command record (schemaless JSON, README "Sink") produced
 * to the command topic, and its final acknowledgement (Avro, Confluent wire format) consumed from the
 * reply topic. Latency is {@code producer.send} called to final acknowledgement polled, on
 * {@code System.nanoTime()}; a command's acknowledgement is found by its {@code offset} field.
 * Both clients use {@code linger.ms=0} and a dedicated polling thread, so neither waits on a timer.
 */
final class SinkClient implements OrderPath {

    private static final Duration WAIT = Duration.ofSeconds(120);

    private final String commands;
    private final TopicPartition replies;
    private final ConfluentAvro avro;
    private final KafkaProducer<byte[], byte[]> producer;
    private final KafkaConsumer<byte[], byte[]> consumer;
    /** Command offsets of the current run by order index, filled by the producer callbacks. */
    private final Map<Integer, Long> offsets = new ConcurrentHashMap<>();
    private final BiFunction<String, Integer, String> commandText;

    /**
     * @param bootstrapServers broker
     * @param commands         command topic (one partition) the connector reads
     * @param replyTopic       the connector's {@code reply.topic}
     * @param avro             decoder of the acknowledgements
     * @param commandText      the command JSON of order {@code i} of a run with a prefix, e.g. {@link #krakenAddOrder}
     */
    SinkClient(String bootstrapServers, String commands, String replyTopic, ConfluentAvro avro,
               BiFunction<String, Integer, String> commandText) {
        this.commands = commands;
        this.commandText = commandText;
        this.replies = new TopicPartition(replyTopic, 0);
        this.avro = avro;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 0, ProducerConfig.ACKS_CONFIG, "all"),
                new ByteArraySerializer(), new ByteArraySerializer());
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public Latencies paced(String prefix, int perSecond, int count) throws Exception {
        long[] sent = new long[count];
        Map<Long, Long> answered = run(count, () -> {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                byte[] command = command(prefix, i);
                OrderPath.awaitNanos(start + (long) (i * 1e9 / perSecond));
                sent[i] = System.nanoTime();
                send(i, command);
            }
        });
        Latencies latencies = new Latencies();
        for (int i = 0; i < count; i++) {
            latencies.record((answered.get(offsets.get(i)) - sent[i]) / 1_000);
        }
        return latencies;
    }

    @Override
    public double burst(String prefix, int count) throws Exception {
        long start = System.nanoTime();
        Map<Long, Long> answered = run(count, () -> {
            for (int i = 0; i < count; i++) {
                send(i, command(prefix, i));
            }
        });
        long last = answered.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        return count / ((last - start) / 1e9);
    }

    /** @return the Kraken sink's {@code add_order} command of order {@code i} */
    static String krakenAddOrder(String prefix, int i) {
        return "{\"method\":\"add_order\",\"add_order\":" + OrderPath.addOrderParams(prefix, i) + "}";
    }

    private byte[] command(String prefix, int i) {
        return commandText.apply(prefix, i).getBytes(StandardCharsets.UTF_8);
    }

    private void send(int i, byte[] command) {
        producer.send(new ProducerRecord<>(commands, ("k-" + i).getBytes(StandardCharsets.UTF_8), command),
                (metadata, error) -> {
                    if (error == null) {
                        offsets.put(i, metadata.offset());
                    }
                });
    }

    /**
     * Runs {@code sender} on this thread while a second thread polls the reply topic (from its current
     * end) until every command has its final acknowledgement; the consumer is used by one thread at a time.
     *
     * @return nanoTime at which each command offset's final acknowledgement was polled
     */
    private Map<Long, Long> run(int count, Runnable sender) throws Exception {
        offsets.clear();
        consumer.assign(List.of(replies));
        consumer.seekToEnd(List.of(replies));
        consumer.position(replies);
        Map<Long, Long> answered = new ConcurrentHashMap<>();
        Thread poller = new Thread(() -> poll(count, answered), "ack-poller");
        poller.start();
        sender.run();
        producer.flush();
        poller.join(WAIT.toMillis());
        if (answered.size() < count) {
            poller.interrupt();
            throw new IllegalStateException(answered.size() + " of " + count + " final acknowledgements in " + WAIT);
        }
        return answered;
    }

    private void poll(int count, Map<Long, Long> answered) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (answered.size() < count && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                long now = System.nanoTime();
                GenericRecord ack = avro.decodeRecord(record.value());
                if (Boolean.TRUE.equals(ack.get("final_ack"))) {
                    if (!"ACCEPTED".equals(ack.get("status").toString())) {
                        throw new IllegalStateException("command not accepted: " + ack);
                    }
                    answered.put((Long) ack.get("offset"), now);
                }
            }
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        consumer.close();
    }
}
