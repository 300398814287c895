package com.kafkaconnectkraken.cli;

import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.registry.ConfluentAvro;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every {@code kraken.*} topic from the moment the stack started (partitions found as topics appear,
 * positioned with {@code offsetsForTimes}, so older runs' data is skipped and nothing of this run is), decodes the
 * Avro values and reports progress every few seconds: the first record, records per topic per second, tops of book,
 * last trades, and each order acknowledgement as it arrives.
 */
final class ProgressMonitor implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ProgressMonitor.class);
    /** The Spot topics whose records the view decodes (others, Kraken Futures' included, are only counted). */
    private static final String SPOT_BOOK = DemoConnectors.TOPIC_PREFIX + "." + SpotChannel.BOOK.wireName();
    private static final String SPOT_TRADE = DemoConnectors.TOPIC_PREFIX + "." + SpotChannel.TRADE.wireName();
    private static final String TRADER_QUOTES = DemoConnectors.TOPIC_PREFIX + ".trader.quotes";
    private static final Duration REPORT_INTERVAL = Duration.ofSeconds(5);
    private static final Duration TOPIC_SCAN_INTERVAL = Duration.ofSeconds(1);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final ConfluentAvro avro;
    private final RecordDecoder decoder;
    private final Console console;
    private final long fromMillis;
    private final MarketView view = new MarketView();
    private final CountDownLatch firstRecord = new CountDownLatch(1);
    private final CountDownLatch firstAck = new CountDownLatch(1);
    private final CountDownLatch firstTraderAck = new CountDownLatch(1);
    private final Set<TopicPartition> assigned = new HashSet<>();
    private final Map<String, Boolean> decodeFailureShown = new HashMap<>();
    private volatile double firstRecordSeconds = -1;

    ProgressMonitor(String bootstrapServers, ConfluentAvro avro, Console console, long fromMillis) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(props);
        this.avro = avro;
        this.decoder = new RecordDecoder(avro);
        this.console = console;
        this.fromMillis = fromMillis;
    }

    @Override
    public void run() {
        long nextScan = 0;
        long nextReport = System.nanoTime() + REPORT_INTERVAL.toNanos();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                if (System.nanoTime() > nextScan) {
                    assignNewPartitions();
                    nextScan = System.nanoTime() + TOPIC_SCAN_INTERVAL.toNanos();
                }
                if (!assigned.isEmpty()) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        handle(record);
                    }
                } else {
                    Wait.sleep(200);
                }
                if (System.nanoTime() > nextReport && firstRecord.getCount() == 0) {
                    view.report(console);
                    nextReport = System.nanoTime() + REPORT_INTERVAL.toNanos();
                }
            }
        } catch (WakeupException | StackException e) {
            // stop() or interrupt: leave quietly
        } finally {
            consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(2)));
        }
    }

    /** Makes the consumer leave its poll; {@link #run} then returns. */
    void stop() {
        consumer.wakeup();
    }

    CountDownLatch firstRecord() {
        return firstRecord;
    }

    CountDownLatch firstAck() {
        return firstAck;
    }

    CountDownLatch firstTraderAck() {
        return firstTraderAck;
    }

    /** @return seconds from the command to the first record, or -1 before it */
    double firstRecordSeconds() {
        return firstRecordSeconds;
    }

    private void assignNewPartitions() {
        List<TopicPartition> fresh = new ArrayList<>();
        for (Map.Entry<String, List<PartitionInfo>> topic : consumer.listTopics(Duration.ofSeconds(5)).entrySet()) {
            if (topic.getKey().startsWith(DemoConnectors.TOPIC_PREFIX + ".")
                    && !topic.getKey().startsWith(DemoConnectors.COMMANDS_TOPIC)
                    && !topic.getKey().startsWith(DemoConnectors.TRADER_COMMANDS_TOPIC)) {
                topic.getValue().forEach(p -> fresh.add(new TopicPartition(p.topic(), p.partition())));
            }
        }
        fresh.removeAll(assigned);
        if (fresh.isEmpty()) {
            return;
        }
        assigned.addAll(fresh);
        consumer.assign(assigned);
        Map<TopicPartition, Long> times = new HashMap<>();
        fresh.forEach(tp -> times.put(tp, fromMillis));
        Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(times);
        for (TopicPartition tp : fresh) {
            OffsetAndTimestamp offset = offsets.get(tp);
            if (offset == null) {
                consumer.seekToEnd(List.of(tp));
            } else {
                consumer.seek(tp, offset.offset());
            }
        }
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) {
        view.count(record.topic());
        if (firstRecord.getCount() > 0 && !record.topic().equals(DemoConnectors.ACKS_TOPIC)
                && !record.topic().equals(DemoConnectors.TRADER_ACKS_TOPIC)) {
            firstRecordSeconds = console.elapsedSeconds();
            console.say("first record: %s (key %s)", record.topic(),
                    record.key() == null ? "-" : new String(record.key(), java.nio.charset.StandardCharsets.UTF_8));
            firstRecord.countDown();
        }
        try {
            String topic = record.topic();
            if (topic.equals(DemoConnectors.ACKS_TOPIC)) {
                acknowledgement(topic, record.value(), firstAck);
            } else if (topic.equals(DemoConnectors.TRADER_ACKS_TOPIC)) {
                acknowledgement(topic, record.value(), firstTraderAck);
            } else if (topic.equals(TRADER_QUOTES)) {
                view.quote(avro.decodeRecord(record.value()));
            } else if (topic.equals(SPOT_BOOK)) {
                view.book(avro.decodeRecord(record.value()));
            } else if (topic.equals(SPOT_TRADE)) {
                view.trade(avro.decodeRecord(record.value()));
            }
        } catch (Exception e) {
            if (decodeFailureShown.putIfAbsent(record.topic(), Boolean.TRUE) == null) {
                log.warn("Cannot decode a record of {} (offset {}); later failures on this topic are not shown",
                        record.topic(), record.offset(), e);
                console.say("cannot decode a record of %s: %s", record.topic(), e);
            }
        }
    }

    /** Shows an acknowledgement ({@code order_ack.avsc}), written as Confluent-framed Avro or as plain JSON. */
    private void acknowledgement(String topic, byte[] value, CountDownLatch latch) {
        com.fasterxml.jackson.databind.JsonNode ack = decoder.decode(value);
        console.say("order acknowledgement on %s: %s", topic, Acks.describe(ack));
        if (Acks.isFinal(ack)) {
            latch.countDown();
        }
    }
}
