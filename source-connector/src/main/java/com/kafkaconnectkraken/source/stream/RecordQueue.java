package com.kafkaconnectkraken.source.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * The bounded hand-over between the task's producers (WebSocket readers, REST scheduler) and
 * {@code poll()}. A full queue blocks the producer: a WebSocket reader then stops reading the
 * socket, so a slow Kafka slows the exchange connection through TCP flow control instead of
 * growing memory. A producer can also report a fatal error, which {@link #poll} rethrows.
 */
public final class RecordQueue {

    private static final long OFFER_SLICE_MS = 100;

    private final BlockingQueue<SourceRecord> queue;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private volatile boolean closed;

    /** @param capacity maximum buffered records */
    public RecordQueue(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /**
     * Adds records in order, waiting while the queue is full.
     *
     * @return false if the queue was closed before all records were added
     * @throws InterruptedException if the producer thread is interrupted
     */
    public boolean put(List<SourceRecord> records) throws InterruptedException {
        for (SourceRecord record : records) {
            while (!queue.offer(record, OFFER_SLICE_MS, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Takes up to {@code max} records, waiting up to {@code timeout} for the first.
     *
     * @return the records, or null when none arrived in time
     * @throws ConnectException the fatal error a producer reported
     * @throws InterruptedException if interrupted while waiting
     */
    public List<SourceRecord> poll(int max, Duration timeout) throws InterruptedException {
        rethrow();
        SourceRecord first = queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
            rethrow();
            return null;
        }
        List<SourceRecord> batch = new ArrayList<>(Math.min(max, queue.size() + 1));
        batch.add(first);
        queue.drainTo(batch, max - 1);
        return batch;
    }

    /** Reports a fatal error; the next {@link #poll} throws it (the first error wins). */
    public void fail(RuntimeException error) {
        failure.compareAndSet(null, error);
    }

    /** Releases waiting producers; records still queued are dropped (their offsets were never committed). */
    public void close() {
        closed = true;
        queue.clear();
    }

    private void rethrow() {
        RuntimeException error = failure.get();
        if (error != null) {
            throw error instanceof ConnectException ? error : new ConnectException(error.getMessage(), error);
        }
    }
}
