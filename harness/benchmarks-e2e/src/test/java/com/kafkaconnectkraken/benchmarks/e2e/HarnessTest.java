package com.kafkaconnectkraken.benchmarks.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** The harness's own parts: arguments, frame time, acknowledgement recording, symbols. */
class HarnessTest {

    @Test
    void argumentsOverrideDefaultsAndUnknownKeysAreRejected() {
        HarnessArgs args = new HarnessArgs(new String[] {"rates=10,20"}, Map.of("rates", "1", "depth", "1000"));
        assertEquals(List.of(10, 20), args.integers("rates"));
        assertEquals(1000, args.integer("depth"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HarnessArgs(new String[] {"rate=10"}, Map.of("rates", "1")));
        assertTrue(e.getMessage().contains("rate=10"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HarnessArgs(new String[] {"rates"}, Map.of("rates", "1")));
    }

    @Test
    void frameTimestampIsReadToTheMicrosecond() {
        // date -u -d 2023-10-06T17:35:55Z +%s = 1696613755 (the ticker example of the Kraken docs)
        assertEquals(1_696_613_755_219_022L, SourceEndToEnd.epochMicros("2023-10-06T17:35:55.219022Z"));
    }

    @Test
    void acknowledgementsOfAWatchedTopicAreRecordedByOffset() {
        AckTimes<byte[], byte[]> interceptor = new AckTimes<>();
        AckTimes.Recorder recorder = AckTimes.watch("acks-test", 10);
        long before = AckTimes.nowMicros();
        interceptor.onAcknowledgement(new RecordMetadata(new TopicPartition("acks-test", 0), 3, 0, 0L, 1, 1), null);
        interceptor.onAcknowledgement(new RecordMetadata(new TopicPartition("acks-test", 0), 4, 0, 0L, 1, 1),
                new IllegalStateException("not acknowledged"));
        interceptor.onAcknowledgement(new RecordMetadata(new TopicPartition("other", 0), 5, 0, 0L, 1, 1), null);
        long after = AckTimes.nowMicros();
        AckTimes.unwatch("acks-test");
        assertTrue(recorder.ackedAt(3) >= before && recorder.ackedAt(3) <= after);
        assertEquals(0, recorder.ackedAt(4), "a failed send has no acknowledgement time");
        assertEquals(0, recorder.ackedAt(5));
        assertEquals(0, recorder.ackedAt(42), "beyond the capacity");
    }

    @Test
    void symbolsStartWithBtcUsdThenGenericPairs() {
        assertEquals(List.of("BTC/USD", "P001/USD", "P002/USD"), SourceEndToEnd.symbols(3));
    }
}
