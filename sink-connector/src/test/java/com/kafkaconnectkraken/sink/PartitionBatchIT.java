package com.kafkaconnectkraken.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Component test (failsafe: starts the simulator): put() batches against the simulator. */
class PartitionBatchIT {

    private final SimulatorHarness h = new SimulatorHarness();
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void close() {
        pool.shutdownNow();
        h.close();
    }

    private static SinkRecord order(int partition, long offset) {
        Map<String, Object> add = Map.of("order_type", "limit", "side", "buy", "order_qty", "0.01",
            "limit_price", (1000 + partition * 100 + offset) + "", "symbol", "BTC/USD");
        return new SinkRecord("orders", partition, null, "p" + partition + "-" + offset, null,
            Map.of("method", "add_order", "add_order", add), offset, System.currentTimeMillis(), TimestampType.CREATE_TIME);
    }

    /**
     * A topic-renaming transformation (RegexRouter: orders -> orders-routed) must not change what is
     * committed, checked on redelivery or derived: all follow the consumer's coordinates.
     */
    @Test
    void renamedRecordsAreCommittedCheckedAndIdentifiedByTheirOriginalPartition() {
        Map<String, Object> add = Map.of("order_type", "limit", "side", "buy", "order_qty", "0.01",
            "limit_price", "1000", "symbol", "BTC/USD");
        SinkRecord routed = SimulatorHarness.record(7, Map.of("method", "add_order", "add_order", add))
            .newRecord("orders-routed", 0, null, "k7", null, Map.of("method", "add_order", "add_order", add),
                System.currentTimeMillis());
        assertEquals("orders", routed.originalTopic());
        TopicPartition original = new TopicPartition("orders", 0);
        TradingRuntime first = h.runtime(h.props());
        first.processor().assigned(List.of(original));
        assertNull(new PartitionBatch().run(List.of(routed), first.processor(), pool));
        Map<String, Object> placed = h.lastAck();
        assertEquals("ACCEPTED", placed.get("status"), placed.toString());
        assertEquals("orders", placed.get("topic"));
        // independently derived: name-based UUID of the original coordinates (doc/README.md, cl_ord_id)
        String expectedClOrdId = UUID.nameUUIDFromBytes("kafka-connect-kraken:orders:0:7".getBytes(StandardCharsets.UTF_8))
            .toString();
        assertEquals(expectedClOrdId, placed.get("cl_ord_id"));
        first.processor().process(SimulatorHarness.record(8, Map.of("method", "cancel_all")));
        assertEquals(List.of(), h.simulator.exchange().openOrders(SimulatorHarness.KEY));

        // a restarted task (no reply history) is assigned the consumer partition and gets record 7 again
        TradingRuntime second = h.runtime(h.props());
        second.processor().assigned(List.of(original));
        PartitionBatch batch = new PartitionBatch();
        assertNull(batch.run(List.of(routed), second.processor(), pool));
        Map<String, Object> redelivered = h.lastAck();
        assertEquals("ACCEPTED", redelivered.get("status"), redelivered.toString());
        assertEquals("order_history", redelivered.get("resolved_by"), "the redelivery check ran");
        assertEquals(placed.get("order_id"), redelivered.get("order_id"));
        assertEquals(1L, h.simulator.exchange().ordersPlaced(SimulatorHarness.KEY), "no duplicate order");

        Map<TopicPartition, OffsetAndMetadata> committed = new KrakenSinkTask(batch).preCommit(
            Map.of(original, new OffsetAndMetadata(8)));
        assertEquals(Map.of(original, new OffsetAndMetadata(8)), committed);
    }

    @Test
    void partitionsRunInOffsetOrderAndARedeliveredBatchIsNotRunAgain() {
        TradingRuntime rt = h.runtime(h.props());
        List<SinkRecord> records = new ArrayList<>();
        for (long offset = 0; offset < 5; offset++) {
            records.add(order(0, offset));
            records.add(order(1, offset));
        }
        PartitionBatch batch = new PartitionBatch();
        assertNull(batch.run(records, rt.processor(), pool));
        List<Map<String, Object>> acks = h.acks();
        assertEquals(10, acks.size());
        for (int p = 0; p < 2; p++) {
            int partition = p;
            List<Long> offsets = acks.stream().filter(a -> ((Number) a.get("partition")).intValue() == partition)
                .map(a -> ((Number) a.get("offset")).longValue()).toList();
            assertEquals(List.of(0L, 1L, 2L, 3L, 4L), offsets, "partition " + p + " in order");
        }
        acks.forEach(a -> assertEquals("ACCEPTED", a.get("status"), a.toString()));
        assertEquals(Map.of(new TopicPartition("orders", 0), 5L, new TopicPartition("orders", 1), 5L),
            batch.nextOffsets());

        assertNull(batch.run(records, rt.processor(), pool));
        assertEquals(10, h.acks().size(), "records already acknowledged are not run again");
        assertEquals(10L, h.simulator.exchange().ordersPlaced(SimulatorHarness.KEY));
        assertEquals(List.of("p0-0", "p0-1", "p0-2", "p0-3", "p0-4", "p1-0", "p1-1", "p1-2", "p1-3", "p1-4"),
            acks.stream().map(a -> (String) a.get("command_key")).sorted(Comparator.naturalOrder()).toList());
    }
}
