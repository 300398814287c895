package com.kafkaconnectkraken.source.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.exchange.ExchangeConfig;
import com.kafkaconnectkraken.simulator.exchange.account.LedgerEntry;
import com.kafkaconnectkraken.source.LedgerOrder;
import com.kafkaconnectkraken.testkit.ConnectStack;
import com.kafkaconnectkraken.testkit.ConnectStackExtension;
import com.kafkaconnectkraken.testkit.SimulatorConnectorConfig;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** KIP-618: the connector runs with exactly.once.support=required on a worker with exactly-once source support. */
class ExactlyOnceLedgersIT {

    @RegisterExtension
    static final ConnectStackExtension STACK = new ConnectStackExtension(
            ConnectStack.builder().workerProperty("exactly.once.source.support", "enabled")
                    .brokerProperty("transaction.state.log.replication.factor", "1")
                    .brokerProperty("transaction.state.log.min.isr", "1"));

    private static final String KEY = "eos-key";
    private static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQ=";

    @Test
    void ledgersAreWrittenTransactionallyWithExactlyOnceRequired() {
        ConnectStack stack = STACK.get();
        try (KrakenSimulator simulator = KrakenSimulator.builder().account(KEY, SECRET)
                .exchangeConfig(ExchangeConfig.builder().restTier(RestTier.PRO).build()).build().start()) {
            for (int i = 0; i < 55; i++) {
                simulator.exchange().deposit(KEY, "USD", BigDecimal.valueOf(i + 1));
            }
            Map<String, String> config = new HashMap<>(SimulatorConnectorConfig.endpoints(simulator));
            config.putAll(SimulatorConnectorConfig.credentials(KEY, SECRET));
            config.putAll(stack.avroValueConverter());
            config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
            config.put("connector.class", "com.kafkaconnectkraken.source.KrakenSourceConnector");
            config.put("exactly.once.support", "required");
            config.put("topic.prefix", "eos");
            config.put("channels", "");
            config.put("rest.endpoints", "Ledgers");
            config.put("rest.tier", "pro");
            config.put("ledgers.start", "earliest");
            stack.deployConnector("eos", config);
            try {
                stack.awaitRunning("eos", 1);
                List<LedgerEntry> expected = simulator.exchange().ledgerEntries(KEY);
                try (KafkaConsumer<byte[], byte[]> consumer = readCommitted(stack)) {
                    List<ConsumerRecord<byte[], byte[]>> committed = consumeAll(consumer, "eos.ledger", expected.size());
                    // every ledger entry is visible to a read_committed consumer, once, oldest first
                    LedgerOrder.assertOnceOldestFirst(expected, committed.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList());
                    long endOffsets = consumer.endOffsets(consumer.assignment()).values().stream()
                            .mapToLong(Long::longValue).sum();
                    assertTrue(endOffsets > committed.size(), "the log holds transaction markers besides the "
                            + committed.size() + " records (end offsets " + endOffsets + ")");
                }
            } finally {
                stack.cluster().deleteConnector("eos");
            }
        }
    }

    private static KafkaConsumer<byte[], byte[]> readCommitted(ConnectStack stack) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Reads the topic from its beginning until {@code count} records arrived (bounded: 60 s). */
    private static List<ConsumerRecord<byte[], byte[]>> consumeAll(KafkaConsumer<byte[], byte[]> consumer, String topic,
                                                                   int count) {
        Instant deadline = Instant.now().plusSeconds(60);
        List<TopicPartition> partitions = List.of();
        while (partitions.isEmpty() && Instant.now().isBefore(deadline)) { // the connector creates the topic
            partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
        }
        assertTrue(!partitions.isEmpty(), "topic " + topic + " created within 60 s");
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        while (records.size() < count && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        assertEquals(count, records.size(), "records visible to read_committed within 60 s");
        return records;
    }
}
