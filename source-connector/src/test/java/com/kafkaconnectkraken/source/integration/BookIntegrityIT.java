package com.kafkaconnectkraken.source.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.testkit.ConnectStack;
import com.kafkaconnectkraken.testkit.ConnectStackExtension;
import com.kafkaconnectkraken.testkit.SimulatorConnectorConfig;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.ObjectName;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Book integrity through a real worker: the recorded BTC/USD stream verifies end to end; a corrupt checksum resyncs once. */
class BookIntegrityIT {

    @RegisterExtension
    static final ConnectStackExtension STACK = new ConnectStackExtension();

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static Map<String, String> config(ConnectStack stack, KrakenSimulator simulator, String prefix, String symbols) {
        Map<String, String> config = new HashMap<>(SimulatorConnectorConfig.endpoints(simulator));
        config.putAll(stack.avroValueConverter());
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("connector.class", "com.kafkaconnectkraken.source.KrakenSourceConnector");
        config.put("tasks.max", "2");
        config.put("topic.prefix", prefix);
        config.put("channels", "book");
        config.put("symbols", symbols);
        return config;
    }

    @Test
    void replayOfTheRecordedBtcUsdBookVerifiesAllChecksumsWithZeroResyncs() throws Exception {
        ConnectStack stack = STACK.get();
        try (KrakenSimulator simulator = KrakenSimulator.builder().replay("builtin:btcusd").rate(500).build().start()) {
            stack.deployConnector("replay", config(stack, simulator, "replay", "BTC/USD"));
            try {
                stack.awaitRunning("replay", 1);
                List<ConsumerRecord<byte[], byte[]>> books = stack.consume("replay.book", 510, WAIT);
                GenericRecord first = stack.avro().decodeRecord(books.get(0).value());
                assertEquals("snapshot", first.get("type").toString());
                assertEquals(0.0, taskMetric("replay", "checksum-failure-total"), "every frame so far verified");
                // the replay loops after its 509 updates: the disconnect there may already have written a reset,
                // but never one for a checksum mismatch
                long resets = TopicReads.endOffset(stack, "replay.book_reset");
                if (resets > 0) {
                    stack.consume("replay.book_reset", (int) resets, WAIT).forEach(r -> assertNull(
                            stack.avro().decodeRecord(r.value()).get("expected_checksum"), "a loop reset, not a mismatch"));
                }
            } finally {
                stack.cluster().deleteConnector("replay");
            }
        }
    }

    @Test
    void injectedCorruptChecksumGivesExactlyOneResetForThatSymbolOnly() {
        ConnectStack stack = STACK.get();
        try (KrakenSimulator simulator = KrakenSimulator.builder().symbols("BTC/USD", "ETH/USD").seed(5).rate(100).build().start()) {
            stack.deployConnector("corrupt", config(stack, simulator, "corrupt", "BTC/USD,ETH/USD"));
            try {
                stack.awaitRunning("corrupt", 2);
                stack.consume("corrupt.book", 10, WAIT);
                simulator.faults().corruptNextChecksum("ETH/USD");
                ConsumerRecord<byte[], byte[]> reset = stack.consume("corrupt.book_reset", 1, WAIT).get(0);
                assertEquals("ETH/USD", new String(reset.key(), StandardCharsets.UTF_8));
                GenericRecord value = stack.avro().decodeRecord(reset.value());
                assertEquals("checksum_mismatch", value.get("reason").toString());
                // the resync is complete once the fresh snapshot of the reset symbol has landed
                List<ConsumerRecord<byte[], byte[]>> books = TopicReads.readUntil(stack, "corrupt.book",
                        r -> snapshots(stack, r, "ETH/USD") == 2, WAIT);
                assertEquals(1, snapshots(stack, books, "BTC/USD"), "the healthy symbol was not resubscribed");
                assertEquals(1L, TopicReads.endOffset(stack, "corrupt.book_reset"), "exactly one reset record");
            } finally {
                stack.cluster().deleteConnector("corrupt");
            }
        }
    }

    private static long snapshots(ConnectStack stack, List<ConsumerRecord<byte[], byte[]>> books, String symbol) {
        return books.stream().filter(r -> symbol.equals(new String(r.key(), StandardCharsets.UTF_8)))
                .filter(r -> "snapshot".equals(stack.avro().decodeRecord(r.value()).get("type").toString())).count();
    }

    /** A task metric of the in-process worker (README "Metrics"). */
    private static double taskMetric(String connector, String name) throws Exception {
        Object value = ManagementFactory.getPlatformMBeanServer().getAttribute(new ObjectName(
                "kafka.connect.kraken:type=source-task-metrics,connector=" + connector + ",task=0"), name);
        return ((Number) value).doubleValue();
    }
}
