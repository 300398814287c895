package com.kafkaconnectkraken.source.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.registry.ConfluentAvro;
import com.kafkaconnectkraken.schema.KrakenSchemas;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.futures.FuturesFill;
import com.kafkaconnectkraken.simulator.futures.FuturesSide;
import com.kafkaconnectkraken.testkit.ConnectStack;
import com.kafkaconnectkraken.testkit.ConnectStackExtension;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Kraken Futures source on a real broker + Connect worker + registry against the simulator's Futures v1
 * endpoint: every feed lands as Confluent Avro registered as its contract; an injected seq gap gives exactly
 * one reset and one re-subscribe of that product only; a dropped socket gives gap records and no fill twice.
 */
class FuturesSourceIT {

    @RegisterExtension
    static final ConnectStackExtension STACK = new ConnectStackExtension();

    private static final String KEY = "futures-it-key";
    private static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQ=";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String ALL_FEEDS =
            "ticker,ticker_lite,book,trade,fills,open_orders,open_positions,balances,account_log,notifications_auth";

    private static KrakenSimulator simulator(long seed) {
        return KrakenSimulator.builder().symbols("BTC/USD").seed(seed).futuresProducts("PF_XBTUSD", "PI_ETHUSD")
                .futuresRate(100).futuresAccount(KEY, SECRET).build().start();
    }

    private static Map<String, String> config(ConnectStack stack, KrakenSimulator simulator, String prefix, String feeds) {
        Map<String, String> config = new HashMap<>(stack.avroValueConverter());
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("connector.class", "com.kafkaconnectkraken.source.futures.KrakenFuturesSourceConnector");
        config.put("tasks.max", "2");
        config.put("topic.prefix", prefix);
        config.put("futures.feeds", feeds);
        config.put("futures.product_ids", "PF_XBTUSD,PI_ETHUSD");
        config.put("futures.ws.url", simulator.futuresWs().toString());
        config.put("futures.rest.url", simulator.futuresRest().toString());
        config.put("futures.api.key", KEY);
        config.put("futures.api.secret", SECRET);
        config.put("reconnect.backoff.ms", "100");
        return config;
    }

    @Test
    void everyFeedLandsAsConfluentAvroRegisteredAsItsContract() {
        ConnectStack stack = STACK.get();
        try (KrakenSimulator simulator = simulator(21)) {
            stack.deployConnector("futures-all", config(stack, simulator, "fa", ALL_FEEDS));
            try {
                stack.awaitRunning("futures-all", 2);
                simulator.futures().addFill(KEY, "PF_XBTUSD", FuturesSide.BUY, new BigDecimal("0.5"), new BigDecimal("64000.5"));
                simulator.futures().placeOrder(KEY, "PI_ETHUSD", FuturesSide.SELL, new BigDecimal("100"), new BigDecimal("3500"));
                simulator.futures().addNotification("maintenance", "low", "IT notification");
                for (String name : List.of("ticker", "ticker_lite", "book", "trade", "fill", "open_order", "open_position",
                        "balance", "account_log", "notification")) {
                    ConsumerRecord<byte[], byte[]> record = stack.consume("fa.futures." + name, 1, WAIT).get(0);
                    assertEquals(ConfluentAvro.MAGIC_BYTE, record.value()[0], name);
                    SourceToAvroIT.assertSameContract(KrakenSchemas.avro("futures/" + name),
                            stack.avro().schema(ConfluentAvro.schemaId(record.value())));
                    GenericRecord value = stack.avro().decodeRecord(record.value());
                    assertTrue(value.get("received_at") instanceof Long, name);
                }
            } finally {
                stack.cluster().deleteConnector("futures-all");
            }
        }
    }

    @Test
    void aSeqGapResetsAndResubscribesThatProductOnly() {
        ConnectStack stack = STACK.get();
        try (KrakenSimulator simulator = simulator(22)) {
            stack.deployConnector("futures-gap", config(stack, simulator, "fg", "book"));
            try {
                stack.awaitRunning("futures-gap", 2);
                stack.consume("fg.futures.book", 4, WAIT);
                long xbt = simulator.futures().subscribeRequests("book", "PF_XBTUSD");
                long eth = simulator.futures().subscribeRequests("book", "PI_ETHUSD");
                simulator.futures().injectSeqGap("PF_XBTUSD");
                List<ConsumerRecord<byte[], byte[]>> resets = stack.consume("fg.futures.book_reset", 1, WAIT);
                GenericRecord reset = stack.avro().decodeRecord(resets.get(0).value());
                assertEquals("PF_XBTUSD", reset.get("symbol").toString());
                assertEquals("sequence_gap", reset.get("reason").toString());
                TopicReads.readUntil(stack, "fg.futures.book", r -> simulator.futures().subscribeRequests("book", "PF_XBTUSD") > xbt, WAIT);
                assertEquals(xbt + 1, simulator.futures().subscribeRequests("book", "PF_XBTUSD"));
                assertEquals(eth, simulator.futures().subscribeRequests("book", "PI_ETHUSD"));
                assertEquals(1, TopicReads.endOffset(stack, "fg.futures.book_reset"));
            } finally {
                stack.cluster().deleteConnector("futures-gap");
            }
        }
    }

    @Test
    void aDroppedSocketGivesGapRecordsAndNoFillTwice() {
        ConnectStack stack = STACK.get();
        try (KrakenSimulator simulator = simulator(23)) {
            FuturesFill before = simulator.futures().addFill(KEY, "PF_XBTUSD", FuturesSide.BUY, BigDecimal.ONE, new BigDecimal("64000"));
            stack.deployConnector("futures-drop", config(stack, simulator, "fd", "ticker,fills"));
            try {
                stack.awaitRunning("futures-drop", 2);
                stack.consume("fd.futures.fill", 1, WAIT);
                simulator.futures().dropConnections();
                stack.consume("fd.futures.gap", 2, WAIT);
                simulator.futures().duplicateNextFill(KEY);
                FuturesFill after = simulator.futures().addFill(KEY, "PI_ETHUSD", FuturesSide.SELL, BigDecimal.TEN, new BigDecimal("3500"));
                List<ConsumerRecord<byte[], byte[]>> fills = TopicReads.readUntil(stack, "fd.futures.fill",
                        r -> r.stream().anyMatch(f -> key(f).equals(after.fillId())), WAIT);
                assertEquals(1, fills.stream().filter(f -> key(f).equals(before.fillId())).count(), "snapshot after reconnect");
                assertEquals(1, fills.stream().filter(f -> key(f).equals(after.fillId())).count(), "duplicated message");
            } finally {
                stack.cluster().deleteConnector("futures-drop");
            }
        }
    }

    private static String key(ConsumerRecord<byte[], byte[]> record) {
        return new String(record.key(), StandardCharsets.UTF_8);
    }
}
