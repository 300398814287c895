package com.kafkaconnectkraken.benchmarks.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesOfOneToThousandMicrosecondsAreTheOrderStatistics() {
        Latencies latencies = new Latencies();
        for (int micros = 1000; micros >= 1; micros--) {
            latencies.record(micros);
        }
        assertEquals(1000, latencies.count());
        // the k-th smallest of 1..1000 is k; HdrHistogram keeps 3 significant digits
        assertEquals(0.500, latencies.percentileMs(50), 0.001);
        assertEquals(0.990, latencies.percentileMs(99), 0.001);
        assertEquals(0.999, latencies.percentileMs(99.9), 0.001);
        assertEquals(1.000, latencies.maxMs(), 0.001);
        assertEquals("0.50 | 0.99 | 1.00 | 1.00", latencies.cells());
    }

    @Test
    void aNegativeLatencyIsCountedApartAndNotRecorded() {
        Latencies latencies = new Latencies();
        latencies.record(-3);
        latencies.record(2000);
        assertEquals(1, latencies.negative());
        assertEquals(1, latencies.count());
        assertEquals(2.0, latencies.percentileMs(50), 0.01);
    }
}
