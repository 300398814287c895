package com.kafkaconnectkraken.benchmarks.e2e;

import org.HdrHistogram.Histogram;

/**
 * A latency distribution in microseconds (HdrHistogram, 3 significant digits, up to one hour),
 * summarised in milliseconds.
 */
public final class Latencies {

    private final Histogram histogram = new Histogram(3_600_000_000L, 3);
    private long negative;

    /**
     * Adds one latency.
     *
     * @param micros latency in microseconds; a negative value (clock step) is counted apart and otherwise ignored
     */
    public void record(long micros) {
        if (micros < 0) {
            negative++;
        } else {
            histogram.recordValue(Math.min(micros, histogram.getHighestTrackableValue()));
        }
    }

    /** @return number of latencies recorded (negative ones excluded) */
    public long count() {
        return histogram.getTotalCount();
    }

    /** @return number of negative latencies seen (should be 0: both ends use the same clock) */
    public long negative() {
        return negative;
    }

    /**
     * @param percentile 0-100, e.g. 99.9
     * @return the latency at that percentile in milliseconds
     */
    public double percentileMs(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    /** @return the largest latency in milliseconds */
    public double maxMs() {
        return histogram.getMaxValue() / 1000.0;
    }

    /** @return {@code p50 | p99 | p999 | max} in milliseconds, as Markdown table cells */
    public String cells() {
        return String.format("%.2f | %.2f | %.2f | %.2f", percentileMs(50), percentileMs(99), percentileMs(99.9),
                maxMs());
    }

    /**
     * Prints the sink harnesses' Markdown table: the direct client's row, the sink's row, and what the sink adds
     * at p50/p99/p999 (ms).
     *
     * @param directPath    label of the direct client's row
     * @param direct        its paced latencies
     * @param directFlatOut its flat-out cell, e.g. {@code 1,030 one at a time}
     * @param sinkPath      label of the sink's row
     * @param sink          its paced latencies
     * @param sinkFlatOut   its flat-out rate, orders/s
     */
    static void printSinkTable(String directPath, Latencies direct, String directFlatOut, String sinkPath,
                               Latencies sink, double sinkFlatOut) {
        System.out.printf("| path | p50 ms | p99 ms | p999 ms | max ms | orders/s flat out |%n|---|---:|---:|---:|---:|---:|%n");
        System.out.printf("| %s | %s | %s |%n", directPath, direct.cells(), directFlatOut);
        System.out.printf("| %s | %s | %,.0f |%n", sinkPath, sink.cells(), sinkFlatOut);
        System.out.printf("| sink adds | %.2f | %.2f | %.2f | | |%n",
                sink.percentileMs(50) - direct.percentileMs(50),
                sink.percentileMs(99) - direct.percentileMs(99),
                sink.percentileMs(99.9) - direct.percentileMs(99.9));
    }
}
