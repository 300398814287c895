package com.kafkaconnectkraken.source.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.testkit.ConnectStack;
import com.kafkaconnectkraken.testkit.ConnectStackExtension;
import com.kafkaconnectkraken.testkit.SimulatorConnectorConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    void replayOfTheRecordedBtcUsdBookVerifiesAllChecksumsWithZeroResyncs() {
        ConnectStack stack = STACK.get();
        try (KrakenSimulator simulator = KrakenSimulator.builder().replay("builtin:btcusd").rate(500).build().start()) {
            stack.deployConnector("replay", config(stack, simulator, "replay", "BTC/USD"));
            stack.awaitRunning("replay", 1);
            List<ConsumerRecord<byte[], byte[]>> books = stack.consume("replay.book", 510, WAIT);
            GenericRecord first = stack.avro().decodeRecord(books.get(0).value());
            assertEquals("snapshot", first.get("type").toString());
            assertThrows(AssertionError.class, () -> stack.consume("replay.book_reset", 1, Duration.ofSeconds(3)),
                    "no reset record");
            stack.cluster().deleteConnector("replay");
        }
    }

    @Test
    void injectedCorruptChecksumGivesExactlyOneResetForThatSymbolOnly() throws Exception {
        ConnectStack stack = STACK.get();
        try (KrakenSimulator simulator = KrakenSimulator.builder().symbols("BTC/USD", "ETH/USD").seed(5).rate(100).build().start()) {
            stack.deployConnector("corrupt", config(stack, simulator, "corrupt", "BTC/USD,ETH/USD"));
            stack.awaitRunning("corrupt", 2);
            stack.consume("corrupt.book", 10, WAIT);
            simulator.faults().corruptNextChecksum("ETH/USD");
            ConsumerRecord<byte[], byte[]> reset = stack.consume("corrupt.book_reset", 1, WAIT).get(0);
            assertEquals("ETH/USD", new String(reset.key(), StandardCharsets.UTF_8));
            GenericRecord value = stack.avro().decodeRecord(reset.value());
            assertEquals("checksum_mismatch", value.get("reason").toString());
            Thread.sleep(3_000);
            assertThrows(AssertionError.class, () -> stack.consume("corrupt.book_reset", 2, Duration.ofSeconds(3)),
                    "exactly one reset record");
            stack.cluster().deleteConnector("corrupt");
        }
    }
}
