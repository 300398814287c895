package com.kafkaconnectkraken.source.integration;

import com.kafkaconnectkraken.testkit.ConnectStack;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads a topic of the test broker with one plain consumer: bounded waits for records, and end offsets. */
final class TopicReads {

    private TopicReads() {
    }

    /**
     * Reads {@code topic} from its beginning until {@code done} holds over everything read so far.
     *
     * @return the records read (all partitions, per-partition order)
     * @throws AssertionError if {@code done} does not hold within {@code timeout}
     */
    static List<ConsumerRecord<byte[], byte[]>> readUntil(ConnectStack stack, String topic,
                                                         Predicate<List<ConsumerRecord<byte[], byte[]>>> done,
                                                         Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(stack)) {
            List<TopicPartition> partitions = List.of();
            while (!done.test(records)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Condition on " + topic + " not met within " + timeout + " (" + records.size()
                            + " records read)");
                }
                if (partitions.isEmpty()) {
                    partitions = partitions(consumer, topic); // the connector creates the topic with its first record
                    consumer.assign(partitions);
                    consumer.seekToBeginning(partitions);
                }
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }

    /** @return the sum of the end offsets of the topic's partitions; 0 when the topic does not exist */
    static long endOffset(ConnectStack stack, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(stack)) {
            return consumer.endOffsets(partitions(consumer, topic)).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        return consumer.listTopics(Duration.ofSeconds(10)).getOrDefault(topic, List.of()).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private static KafkaConsumer<byte[], byte[]> consumer(ConnectStack stack) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
