package com.kafkaconnectkraken.benchmarks.book;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.kafkaconnectkraken.benchmarks.data.BookStreams;
import com.kafkaconnectkraken.benchmarks.data.L2Stream;
import com.kafkaconnectkraken.benchmarks.data.XChangeFrames;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.knowm.xchange.dto.marketdata.OrderBook;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Baseline: XChange 5.2.0 ({@code org.knowm.xchange:xchange-stream-kraken}) applying and
 * checksum-verifying the same streams as {@link L2BookBenchmark}, re-shaped to the WS v1 frames
 * it understands (see {@link XChangeFrames}). One operation = one message; same replay loop.
 *
 * <ul>
 *   <li>{@code fromJsonTree}: input is the parsed v1 frame (XChange's adapter API takes a tree);</li>
 *   <li>{@code fromBytes}: input is the v1 text, parsed with a default {@link ObjectMapper} as
 *       XChange's streaming service does.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class XChangeBookBenchmark {

    @Param({"recorded-depth10", "synthetic-depth1000"})
    public String stream;

    private final ObjectMapper mapper = new ObjectMapper();
    private List<ArrayNode> trees;
    private List<byte[]> frames;
    private XChangeBook book;
    private int next;

    /** Loads the stream and re-shapes it to v1 frames. */
    @Setup(Level.Trial)
    public void load() {
        L2Stream l2 = BookStreams.l2(stream);
        trees = XChangeFrames.v1(l2);
        frames = XChangeFrames.v1Bytes(l2);
        book = new XChangeBook(l2.depth());
    }

    /** Each benchmark method starts its replay at the snapshot. */
    @Setup(Level.Iteration)
    public void rewind() {
        next = 0;
    }

    /** @return XChange's book after the next message (verified by XChange) */
    @Benchmark
    public OrderBook fromJsonTree() {
        boolean snapshot = next == 0;
        ArrayNode frame = trees.get(next);
        advance();
        return book.apply(frame, snapshot);
    }

    /** @return XChange's book after parsing and applying the next frame */
    @Benchmark
    public OrderBook fromBytes() throws IOException {
        boolean snapshot = next == 0;
        byte[] frame = frames.get(next);
        advance();
        return book.apply((ArrayNode) mapper.readTree(frame), snapshot);
    }

    private void advance() {
        next = next + 1 == trees.size() ? 0 : next + 1;
    }
}
