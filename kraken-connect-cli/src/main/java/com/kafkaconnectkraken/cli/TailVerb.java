package com.kafkaconnectkraken.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.registry.ConfluentAvro;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kraken-connect tail TOPIC}: prints the topic's records, one JSON object per line:
 * {@code {"topic", "partition", "offset", "timestamp", "key"?, "headers"?, "value"}}, the value (and key) decoded by
 * {@link RecordDecoder} (Avro through the registry with exact decimals; JSON and text as they are). Starts at the end
 * of every partition, or at the start with {@code --from-beginning}; stops after {@code -n} records, else runs until
 * Ctrl-C. No consumer group is joined and no offset committed. Exit status 1 when the topic does not exist.
 */
@Command(name = "tail", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print a topic's records as JSON lines, Avro decoded through the registry, decimals as exact text.",
            "  kraken-connect tail kraken.book -n 3",
            "  kraken-connect tail kraken.order_acks --from-beginning --keys"})
final class TailVerb implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "TOPIC", description = "e.g. kraken.book, kraken.trade, kraken.order_acks")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the oldest record (default: only records written from now on)")
    boolean fromBeginning;

    @Option(names = "-n", paramLabel = "N", description = "Stop after N records (default: run until Ctrl-C)")
    Long limit;

    @Option(names = "--keys", description = "Include each record's key")
    boolean keys;

    @Option(names = "--headers", description = "Include each record's headers (values as UTF-8 text)")
    boolean headers;

    @Mixin
    ClusterOptions cluster;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RecordDecoder decoder = new RecordDecoder(new ConfluentAvro(cluster.registryUrl()));
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            if (partitions.isEmpty()) {
                spec.commandLine().getErr().printf("kraken-connect: topic %s does not exist on %s%n", topic,
                        cluster.bootstrapServers());
                return 1;
            }
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            long printed = 0;
            while (limit == null || printed < limit) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    out.println(line(record, decoder));
                    if (limit != null && ++printed >= limit) {
                        break;
                    }
                }
                out.flush();
            }
            return 0;
        }
    }

    /**
     * @return the record as one JSON line; a value that cannot be decoded is shown as {@code "value_error"} with the
     *         reason instead of ending the tail
     */
    String line(ConsumerRecord<byte[], byte[]> record, RecordDecoder decoder) {
        ObjectNode line = JSON.createObjectNode();
        line.put("topic", record.topic());
        line.put("partition", record.partition());
        line.put("offset", record.offset());
        line.put("timestamp", record.timestamp());
        if (keys) {
            line.set("key", decodeInto(line, "key", record.key(), decoder));
        }
        if (headers) {
            ObjectNode h = line.putObject("headers");
            for (Header header : record.headers()) {
                h.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        line.set("value", decodeInto(line, "value", record.value(), decoder));
        return line.toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode decodeInto(ObjectNode line, String what, byte[] bytes,
                                                                     RecordDecoder decoder) {
        try {
            return decoder.decode(bytes);
        } catch (RuntimeException e) {
            line.put(what + "_error", e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
            return null;
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));   // a busy broker may need seconds
        for (PartitionInfo p : infos == null ? List.<PartitionInfo>of() : infos) {
            partitions.add(new TopicPartition(p.topic(), p.partition()));
        }
        return partitions;
    }
}
