package com.kafkaconnectkraken.benchmarks.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kafkaconnectkraken.benchmarks.data.BookStreams;
import com.kafkaconnectkraken.benchmarks.data.RecordedBookStream;
import com.kafkaconnectkraken.benchmarks.data.WireFrames;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The raw Jackson ceiling for book frames: {@code readTree} of the recorded BTC/USD v2 book frames
 * (the same frames {@code L2BookBenchmark.fromBytes} applies), once with the project's
 * {@link KrakenJson} mapper (BigDecimal for every number, exact scale kept) and once with a plain
 * default {@link ObjectMapper} (doubles). One operation = one frame.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class JsonParseBenchmark {

    private final ObjectMapper defaultMapper = new ObjectMapper();
    private List<byte[]> frames;
    private int next;

    /** Renders the recorded stream as v2 frame text. */
    @Setup(Level.Trial)
    public void load() {
        frames = WireFrames.v2(BookStreams.l2(RecordedBookStream.NAME));
    }

    /** @return the tree of the next frame, read with the exact-decimal Kraken mapper */
    @Benchmark
    public JsonNode krakenJsonReadTree() throws IOException {
        return KrakenJson.mapper().readTree(nextFrame());
    }

    /** @return the tree of the next frame, read with a default mapper (doubles) */
    @Benchmark
    public JsonNode defaultMapperReadTree() throws IOException {
        return defaultMapper.readTree(nextFrame());
    }

    private byte[] nextFrame() {
        byte[] frame = frames.get(next);
        next = next + 1 == frames.size() ? 0 : next + 1;
        return frame;
    }
}
