package com.kafkaconnectkraken.sink;

import com.kafkaconnectkraken.sink.reply.OrderAck;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Runs one {@code put()} batch: records of one partition in offset order on one thread,
 * partitions concurrently. Tracks per partition the next offset to process, so records already
 * done are skipped when Connect redelivers the batch after a retriable failure, and so
 * {@code preCommit} commits only offsets whose acknowledgements are written. Positions are the
 * consumer's ({@link SinkRecord#originalTopic()} etc.), whatever a transformation renamed.
 */
final class PartitionBatch {

    private final Map<TopicPartition, Long> next = new ConcurrentHashMap<>();

    /**
     * @return the first failure of any partition (others finish their records first), or null
     */
    RuntimeException run(Collection<SinkRecord> records, CommandProcessor<?> processor, ExecutorService pool) {
        Map<TopicPartition, List<SinkRecord>> byPartition = new LinkedHashMap<>();
        for (SinkRecord r : records) {
            TopicPartition tp = consumerPartition(r);
            if (r.originalKafkaOffset() >= next.getOrDefault(tp, Long.MIN_VALUE)) {
                byPartition.computeIfAbsent(tp, k -> new ArrayList<>()).add(r);
            }
        }
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        byPartition.forEach((tp, list) -> runs.add(CompletableFuture.runAsync(() -> runPartition(tp, list, processor),
            pool)));
        RuntimeException first = null;
        for (CompletableFuture<Void> run : runs) {
            try {
                run.join();
            } catch (CompletionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException re ? re : e;
                }
            }
        }
        return first;
    }

    private void runPartition(TopicPartition tp, List<SinkRecord> records, CommandProcessor<?> processor) {
        for (SinkRecord r : records) {
            processor.process(r);
            next.put(tp, r.originalKafkaOffset() + 1);
        }
    }

    /**
     * @return the partition the consumer read the record from (before any topic-renaming SMT such as
     *     {@code RegexRouter}): the key of {@code preCommit} offsets and of {@code open()}/{@code close()}
     */
    static TopicPartition consumerPartition(SinkRecord r) {
        return OrderAck.SourceRef.of(r).topicPartition();
    }

    /** @return the next offset to process per partition (all before it are acknowledged) */
    Map<TopicPartition, Long> nextOffsets() {
        return Map.copyOf(next);
    }

    /** Forgets partitions that were revoked. */
    void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(next::remove);
    }
}
