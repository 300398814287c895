package com.kafkaconnectkraken.benchmarks.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads single-partition topics of the harness's broker (partition 0). */
final class Topics {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String bootstrapServers;

    Topics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** @return the end offset of partition 0, or 0 when the topic does not exist */
    long endOffset(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            if (consumer.partitionsFor(topic, WAIT).isEmpty()) {
                return 0;
            }
            TopicPartition tp = new TopicPartition(topic, 0);
            return consumer.endOffsets(List.of(tp), WAIT).get(tp);
        }
    }

    /**
     * Hands every record with an offset in {@code [from, to)} to {@code each}, in offset order.
     *
     * @throws IllegalStateException if the records do not all arrive within 30 s of the last one
     */
    void read(String topic, long from, long to, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        TopicPartition tp = new TopicPartition(topic, 0);
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            consumer.assign(List.of(tp));
            consumer.seek(tp, from);
            long next = from;
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (next < to) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < to) {
                        each.accept(record);
                    }
                    next = record.offset() + 1;
                    deadline = System.nanoTime() + WAIT.toNanos();
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(topic + ": offsets " + next + ".." + to + " did not arrive");
                }
            }
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted"));
    }
}
