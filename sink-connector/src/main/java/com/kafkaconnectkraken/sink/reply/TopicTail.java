package com.kafkaconnectkraken.sink.reply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;

/** Reads every record of a topic from a timestamp up to the end offsets seen at the start. */
final class TopicTail {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration MAX_READ = Duration.ofMinutes(2);

    private TopicTail() {
    }

    static List<ConsumerRecord<byte[], byte[]>> read(Consumer<byte[], byte[]> consumer, String topic, long fromMs) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        if (infos == null || infos.isEmpty()) {
            return out;
        }
        List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(tp -> query.put(tp, fromMs));
        Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(query);
        for (TopicPartition tp : partitions) {
            OffsetAndTimestamp o = start.get(tp);
            consumer.seek(tp, o == null ? end.get(tp) : o.offset());
        }
        long deadline = System.nanoTime() + MAX_READ.toNanos();
        while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
            if (System.nanoTime() > deadline) {
                throw new ConnectException("reading " + topic + " took longer than " + MAX_READ);
            }
            consumer.poll(POLL).forEach(out::add);
        }
        return out;
    }
}
