package com.kafkaconnectkraken.benchmarks.e2e;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Broker acknowledgement times of the worker's source-task producers: a Kafka
 * {@link ProducerInterceptor} (worker setting {@code producer.interceptor.classes}) that notes the
 * wall-clock time, in epoch microseconds, at which the broker acknowledged each record of a
 * {@linkplain #watch watched} topic, indexed by offset.
 *
 * <p>Only valid in-process: the harness and the worker share this class's static registry. The
 * interceptor runs on the producer's I/O thread, so it only stores one {@code long}; the records are
 * decoded after the run. Wall time (not {@code nanoTime}) because the other end of the measurement is
 * the simulator's frame {@code timestamp}, which is wall time with microseconds.
 */
public final class AckTimes<K, V> implements ProducerInterceptor<K, V> {

    private static final Map<String, Recorder> WATCHED = new ConcurrentHashMap<>();

    /**
     * Acknowledgement times of one single-partition topic, for offsets {@code 0 .. capacity-1}.
     * A time of 0 means not (yet) acknowledged or beyond the capacity.
     */
    public static final class Recorder {

        private final AtomicLongArray micros;

        Recorder(int capacity) {
            this.micros = new AtomicLongArray(capacity);
        }

        void acked(long offset, long epochMicros) {
            if (offset >= 0 && offset < micros.length()) {
                micros.lazySet((int) offset, epochMicros);
            }
        }

        /** @return epoch microseconds at which {@code offset} was acknowledged, or 0 when unknown */
        public long ackedAt(long offset) {
            return offset >= 0 && offset < micros.length() ? micros.get((int) offset) : 0;
        }
    }

    /**
     * Starts recording a topic's acknowledgements (offsets below {@code capacity}).
     *
     * @param topic    topic name; must have one partition
     * @param capacity highest offset recorded + 1
     * @return the recorder
     */
    public static Recorder watch(String topic, int capacity) {
        Recorder recorder = new Recorder(capacity);
        WATCHED.put(topic, recorder);
        return recorder;
    }

    /** Stops recording {@code topic}. */
    public static void unwatch(String topic) {
        WATCHED.remove(topic);
    }

    /** @return now in epoch microseconds, from the same clock as {@link Instant#now()} */
    public static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    @Override
    public ProducerRecord<K, V> onSend(ProducerRecord<K, V> record) {
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        if (exception == null && metadata != null) {
            Recorder recorder = WATCHED.get(metadata.topic());
            if (recorder != null) {
                recorder.acked(metadata.offset(), nowMicros());
            }
        }
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
