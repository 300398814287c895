package com.kafkaconnectkraken.benchmarks.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.benchmarks.data.ChannelFrames;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.source.SourceRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * WS frame text to Connect {@link SourceRecord}s, per channel, next to its ceiling: the bare
 * {@link KrakenJson} {@code readTree} of the same frames. One operation = one frame (the
 * channel's frames from {@link ChannelFrames}, replayed in a loop); a frame yields one record per
 * {@code data} element (book: one per verified message). Issue 6 target: {@code frameToRecords}
 * at least 50% of {@code jacksonReadTree}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class SourceRecordBenchmark {

    @Param({"ticker", "trade", "ohlc", "instrument", "executions", "balances", "book"})
    public String channel;

    @Param({"PRECISE"})
    public String decimals;

    private final Instant receivedAt = Instant.parse("2026-01-01T00:00:00Z");
    private List<byte[]> frames;
    private SourceMapping mapping;
    private int next;

    /** Loads the channel's frames and wires the mapping. */
    @Setup(Level.Trial)
    public void load() {
        frames = ChannelFrames.of(channel);
        mapping = new SourceMapping(channel, DecimalHandlingMode.valueOf(decimals));
    }

    /** Each benchmark method starts its replay at the first frame (the book at its snapshot). */
    @Setup(Level.Iteration)
    public void rewind() {
        next = 0;
    }

    /** Fails the trial if the book keeper ever had to resync. */
    @TearDown(Level.Trial)
    public void close() {
        mapping.close();
        if (mapping.resyncs() != 0) {
            throw new IllegalStateException(mapping.resyncs() + " book resyncs: the replay was not verified");
        }
    }

    /** @return the tree of the next frame (the ceiling) */
    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return KrakenJson.mapper().readTree(nextFrame());
    }

    /** @return the records of the next frame */
    @Benchmark
    public List<SourceRecord> frameToRecords() throws IOException {
        return mapping.map(nextFrame(), receivedAt);
    }

    private byte[] nextFrame() {
        byte[] frame = frames.get(next);
        next = next + 1 == frames.size() ? 0 : next + 1;
        return frame;
    }
}
