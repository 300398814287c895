package com.kafkaconnectkraken.source.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.exchange.ExchangeConfig;
import com.kafkaconnectkraken.simulator.exchange.OrderView;
import com.kafkaconnectkraken.simulator.exchange.account.Trade;
import com.kafkaconnectkraken.testkit.ConnectStack;
import com.kafkaconnectkraken.testkit.ConnectStackExtension;
import com.kafkaconnectkraken.testkit.SimulatorConnectorConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17's acceptance run: real broker, Connect worker with exactly-once source support, schema
 * registry and simulator. 500 fills (500 trades + 500 closed orders) are booked while TradesHistory,
 * ClosedOrders and Balance are polled, history pages come unsorted, and the task is restarted twice
 * through the worker's REST API in the middle of it. A read_committed consumer then sees each trade
 * and each closed order exactly once, oldest first, with the simulator's values, and Balance writes
 * nothing while the balances stay unchanged.
 */
class HistoryExactlyOnceIT {

    @RegisterExtension
    static final ConnectStackExtension STACK = new ConnectStackExtension(
            ConnectStack.builder().workerProperty("exactly.once.source.support", "enabled")
                    .brokerProperty("transaction.state.log.replication.factor", "1")
                    .brokerProperty("transaction.state.log.min.isr", "1"));

    private static final String KEY = "history-eos-key";
    private static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQ=";
    private static final String CONNECTOR = "history-eos";
    private static final int FILLS = 500;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void tradesAndClosedOrdersBookedWhilePollingAcrossTwoRestartsAreWrittenExactlyOnce() throws Exception {
        ConnectStack stack = STACK.get();
        try (KrakenSimulator simulator = KrakenSimulator.builder().account(KEY, SECRET)
                .exchangeConfig(ExchangeConfig.builder().restTier(new RestTier(1_000_000, 1_000)).build()).build().start()) {
            simulator.exchange().deposit(KEY, "USD", new BigDecimal("100000000"));
            simulator.exchange().deposit(KEY, "BTC", new BigDecimal("10"));
            simulator.exchange().updateMarket("BTC/USD", new BigDecimal("30000.0"), new BigDecimal("30001.0"));
            simulator.exchange().faults().unsortHistoryPages(true);
            stack.deployConnector(CONNECTOR, connectorConfig(stack, simulator));
            try {
                stack.awaitRunning(CONNECTOR, 1);
                bookFillsAcrossTwoRestarts(stack, simulator);
                try (KafkaConsumer<byte[], byte[]> consumer = readCommitted(stack)) {
                    assertTradesExact(simulator, readUntilQuiet(consumer, "hx.trade_history", FILLS));
                    assertClosedOrdersExact(simulator, readUntilQuiet(consumer, "hx.order", FILLS));
                    assertUnchangedBalancesWriteNothing(simulator, consumer);
                }
                assertTrue(simulator.exchange().faults().historyPagesUnsorted(), "pages were served unsorted throughout");
            } finally {
                stack.cluster().deleteConnector(CONNECTOR);
            }
        }
    }

    private static Map<String, String> connectorConfig(ConnectStack stack, KrakenSimulator simulator) {
        Map<String, String> config = new HashMap<>(SimulatorConnectorConfig.endpoints(simulator));
        config.putAll(SimulatorConnectorConfig.credentials(KEY, SECRET));
        config.putAll(stack.avroValueConverter());
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("connector.class", "com.kafkaconnectkraken.source.KrakenSourceConnector");
        config.put("exactly.once.support", "required");
        config.put("topic.prefix", "hx");
        config.put("channels", "");
        config.put("rest.endpoints", "TradesHistory,ClosedOrders,Balance");
        config.put("rest.poll.trades_history.interval.ms", "1000");
        config.put("rest.poll.closed_orders.interval.ms", "1000");
        config.put("rest.poll.balance.interval.ms", "1000");
        config.put("rest.history.start", "earliest");
        config.put("rest.snapshot.heartbeat.ms", "0");
        config.put("rest.tier", "1000/200"); // the simulator's counter is as generous; Kraken's tiers would take minutes
        config.put("rest.history.cost", "2");
        return config;
    }

    /** Books {@value #FILLS} fills in bursts (more than a page between some polls) and restarts the task twice meanwhile. */
    private static void bookFillsAcrossTwoRestarts(ConnectStack stack, KrakenSimulator simulator) throws InterruptedException {
        Thread writer = new Thread(() -> {
            for (int i = 0; i < FILLS; i++) {
                simulator.exchange().fill(KEY, "BTC/USD", i % 3 == 0 ? "sell" : "buy",
                        new BigDecimal("0.0001").multiply(BigDecimal.valueOf(1 + i % 7)));
                if (i % 70 == 69) {
                    sleep(1_200);
                }
            }
        }, "fill-writer");
        writer.start();
        for (int restart = 0; restart < 2; restart++) {
            sleep(2_500);
            assertTrue(writer.isAlive(), "restart " + (restart + 1) + " happens while fills are booked");
            stack.cluster().restartConnectorAndTasks(CONNECTOR, false, true, false);
            stack.awaitRunning(CONNECTOR, 1);
        }
        writer.join(WAIT.toMillis());
        assertEquals(FILLS, simulator.exchange().trades(KEY).size());
    }

    private static void assertTradesExact(KrakenSimulator simulator, List<GenericRecord> written) {
        Map<String, Trade> expected = simulator.exchange().trades(KEY).stream().collect(Collectors.toMap(Trade::id, Function.identity()));
        assertOnceOldestFirst(expected.keySet(), written, "txid", "time");
        for (GenericRecord record : written) {
            Trade trade = expected.get(record.get("txid").toString());
            assertEquals(trade.orderId(), record.get("ordertxid").toString());
            assertEquals(trade.pair().restId(), record.get("pair").toString());
            assertEquals(trade.side(), record.get("type").toString());
            assertEquals(trade.orderType(), record.get("ordertype").toString());
            assertSame(trade.price(), decimal(record, "price"));
            assertSame(trade.cost(), decimal(record, "cost"));
            assertSame(trade.fee(), decimal(record, "fee"));
            assertSame(trade.volume(), decimal(record, "vol"));
            BigDecimal seconds = BigDecimal.valueOf(trade.time().getEpochSecond()).add(BigDecimal.valueOf(trade.time().getNano(), 9));
            assertSame(seconds.setScale(4, RoundingMode.DOWN), new BigDecimal(record.get("time_text").toString())); // Kraken's 4 decimals
        }
    }

    private static void assertClosedOrdersExact(KrakenSimulator simulator, List<GenericRecord> written) {
        Map<String, OrderView> expected = simulator.exchange().orders(KEY).stream()
                .collect(Collectors.toMap(OrderView::orderId, Function.identity()));
        assertOnceOldestFirst(expected.keySet(), written, "order_id", "closetm");
        for (GenericRecord record : written) {
            OrderView order = expected.get(record.get("order_id").toString());
            assertEquals("ClosedOrders", record.get("endpoint").toString());
            assertEquals(order.status(), record.get("status").toString());
            assertEquals(order.side(), ((GenericRecord) record.get("descr")).get("type").toString());
            assertSame(order.qty(), decimal(record, "vol"));
            assertSame(order.filledQty(), decimal(record, "vol_exec"));
        }
    }

    /** Every id once (by id, not by count only), the same ids as the simulator, non-decreasing times. */
    private static void assertOnceOldestFirst(Set<String> expectedIds, List<GenericRecord> written, String idField,
                                              String timeField) {
        List<String> ids = written.stream().map(r -> r.get(idField).toString()).toList();
        assertEquals(FILLS, ids.size(), "records on the topic");
        assertEquals(FILLS, new HashSet<>(ids).size(), "0 duplicates by " + idField);
        assertEquals(expectedIds, new HashSet<>(ids), "the simulator's ids");
        for (int i = 1; i < written.size(); i++) {
            assertTrue((Long) written.get(i - 1).get(timeField) <= (Long) written.get(i).get(timeField), "oldest first at " + i);
        }
    }

    /** Balance wrote the final balances, then nothing more over several 1 s polls while they stay unchanged. */
    private static void assertUnchangedBalancesWriteNothing(KrakenSimulator simulator, KafkaConsumer<byte[], byte[]> consumer) {
        List<ConsumerRecord<byte[], byte[]>> before = readAll(consumer, "hx.balance_ex", Duration.ofSeconds(3));
        Map<String, BigDecimal> latest = new HashMap<>();
        before.forEach(r -> latest.put(new String(r.key(), StandardCharsets.UTF_8), decimal(STACK.get().avro().decodeRecord(r.value()), "balance")));
        assertSame(simulator.exchange().balances(KEY).get("USD"), latest.get("ZUSD"));
        assertSame(simulator.exchange().balances(KEY).get("BTC"), latest.get("XXBT"));
        sleep(5_000);
        assertEquals(before.size(), readAll(consumer, "hx.balance_ex", Duration.ofSeconds(2)).size(),
                "no balance record while the balances are unchanged");
    }

    private static void assertSame(BigDecimal expected, BigDecimal actual) {
        assertNotNull(actual);
        assertEquals(0, expected.compareTo(actual), expected + " vs " + actual);
    }

    private static KafkaConsumer<byte[], byte[]> readCommitted(ConnectStack stack) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Reads a topic from its start until at least {@code count} records arrived and then 3 s pass without another. */
    private static List<GenericRecord> readUntilQuiet(KafkaConsumer<byte[], byte[]> consumer, String topic, int count) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        Instant deadline = Instant.now().plus(WAIT);
        while (records.size() < count && Instant.now().isBefore(deadline)) {
            records = readAll(consumer, topic, Duration.ofSeconds(1));
        }
        records = readAll(consumer, topic, Duration.ofSeconds(3));
        return records.stream().map(r -> STACK.get().avro().decodeRecord(r.value())).toList();
    }

    /** Every committed record of {@code topic} from its start, polling until {@code quiet} passes without one. */
    private static List<ConsumerRecord<byte[], byte[]>> readAll(KafkaConsumer<byte[], byte[]> consumer, String topic, Duration quiet) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        Instant last = Instant.now();
        while (Duration.between(last, Instant.now()).compareTo(quiet) < 0) {
            int before = records.size();
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            if (records.size() > before) {
                last = Instant.now();
            }
        }
        return records;
    }

    private static BigDecimal decimal(GenericRecord record, String field) {
        Schema schema = record.getSchema().getField(field).schema();
        Schema bytes = schema.getType() == Schema.Type.UNION ? schema.getTypes().get(1) : schema;
        return new Conversions.DecimalConversion().fromBytes((ByteBuffer) record.get(field), bytes, bytes.getLogicalType());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
