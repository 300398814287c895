package com.kafkaconnectkraken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * One command and its acknowledgement: the reply topic's partitions are assigned and positioned at their end before
 * the command is produced (so its acknowledgement cannot be missed), then the reply topic is read until the final
 * acknowledgement of exactly that record ({@code topic}, {@code partition}, {@code offset} in the ack, see
 * {@link Acks#answers}) arrives or the timeout passes. Partitions that appear meanwhile are read from their start.
 */
final class CommandRoundTrip implements AutoCloseable {

    /** What came back: where the command went, its final acknowledgement (null on timeout), ms after writing. */
    record Result(RecordMetadata command, JsonNode ack, String ackAt, long millis) {
    }

    /** How long the first metadata of the reply topic may take: a busy machine's broker can need seconds. */
    private static final Duration METADATA_WAIT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final String replyTopic;
    private final RecordDecoder decoder;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Set<TopicPartition> assigned = new HashSet<>();
    private long startNanos;

    /**
     * @param bootstrapServers the cluster
     * @param replyTopic       the sink's {@code reply.topic}
     * @param decoder          reads the acknowledgements (Avro through the registry, or JSON)
     */
    CommandRoundTrip(String bootstrapServers, String replyTopic, RecordDecoder decoder) {
        this.bootstrapServers = bootstrapServers;
        this.replyTopic = replyTopic;
        this.decoder = decoder;
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(props);
    }

    /**
     * Positions the reply topic's partitions at their end, then produces the command.
     *
     * @param commandTopic the sink's command topic
     * @param key          the command's record key (null: none)
     * @param command      the command JSON
     * @return where the command was written
     * @throws StackException if the broker does not take the command
     */
    RecordMetadata write(String commandTopic, String key, String command) {
        try {
            assignNew(false, METADATA_WAIT);
        } catch (TimeoutException e) {
            throw new StackException("The broker at " + bootstrapServers + " gave no metadata of " + replyTopic
                    + " within " + METADATA_WAIT.toSeconds() + " s (is it running? ./kraken-connect status)", e);
        }
        startNanos = System.nanoTime();
        return SampleOrder.send(bootstrapServers, commandTopic, key, command);
    }

    /**
     * @param written what {@link #write} returned
     * @param timeout how long to wait for the final acknowledgement
     * @param interim told of each non-final (UNKNOWN) acknowledgement of the command
     * @return the result; its {@code ack} is null when none arrived in time
     */
    Result await(RecordMetadata written, Duration timeout, Consumer<JsonNode> interim) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                JsonNode ack = decodeOrNull(record.value());
                if (ack != null && Acks.answers(ack, written.topic(), written.partition(), written.offset())) {
                    if (Acks.isFinal(ack)) {
                        return new Result(written, ack, record.topic() + "-" + record.partition() + "@" + record.offset(),
                                (System.nanoTime() - startNanos) / 1_000_000);
                    }
                    interim.accept(ack);
                }
            }
            try {
                assignNew(true, Duration.ofSeconds(1));
            } catch (TimeoutException slowBroker) {
                // no new partition learnt this round; the assigned ones are still read
            }
        }
        return new Result(written, null, null, (System.nanoTime() - startNanos) / 1_000_000);
    }

    /** @return the acknowledgement, or null for a record that is none (not decodable: someone else's) */
    private JsonNode decodeOrNull(byte[] value) {
        try {
            return decoder.decode(value);
        } catch (RuntimeException notAnAck) {
            return null;
        }
    }

    /** Assigns partitions not yet assigned: at their end before the command is written, later from their start. */
    private void assignNew(boolean fromStart, Duration wait) {
        List<TopicPartition> fresh = new ArrayList<>();
        List<PartitionInfo> partitions = consumer.partitionsFor(replyTopic, wait);
        for (PartitionInfo p : partitions == null ? List.<PartitionInfo>of() : partitions) {
            TopicPartition tp = new TopicPartition(p.topic(), p.partition());
            if (assigned.add(tp)) {
                fresh.add(tp);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        consumer.assign(assigned);
        if (fromStart) {
            consumer.seekToBeginning(fresh);
        } else {
            consumer.seekToEnd(fresh);
            fresh.forEach(consumer::position);   // resolves the end offsets now, before the command is written
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
