package com.kafkaconnectkraken.benchmarks.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.benchmarks.data.FuturesFrames;
import com.kafkaconnectkraken.client.book.SequencedBook;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.ws.FuturesMessage;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.source.book.BookResets;
import com.kafkaconnectkraken.source.futures.FuturesBooks;
import com.kafkaconnectkraken.source.futures.FuturesRecordType;
import com.kafkaconnectkraken.source.futures.FuturesRecords;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
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
 * Kraken Futures WS frame text to Connect {@link SourceRecord}s, per feed, next to its ceiling: the bare
 * {@link KrakenJson} {@code readTree} of the same frames (the same harness as {@link SourceRecordBenchmark}).
 * One operation = one frame from {@link FuturesFrames}; {@code fills} maps 2 fills per frame, every one new (the
 * de-duplication starts afresh with each replay of the frames); {@code book} applies each delta to the
 * seq-verified book and writes its top-10 record (the book delta apply rate).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class FuturesRecordBenchmark {

    @Param({"ticker", "fills", "open_orders", "book"})
    public String feed;

    private final Instant receivedAt = Instant.parse("2026-01-01T00:00:00Z");
    private List<byte[]> frames;
    private RecordFactory factory;
    private FuturesRecords records;
    private FuturesBooks books;
    private TaskMetrics metrics;
    private int resyncs;
    private int next;

    /** Loads the feed's frames and wires the mapping as the task does. */
    @Setup(Level.Trial)
    public void load() {
        frames = FuturesFrames.of(feed);
        factory = FuturesRecords.factory(DecimalHandlingMode.PRECISE, "kraken");
        metrics = new TaskMetrics("futures-record-benchmark-" + feed, 0);
        records = new FuturesRecords(factory);
        books = new FuturesBooks(10, SequencedBook.Mode.CONTIGUOUS, factory,
                new BookResets(factory, FuturesRecordType.BOOK_RESET, (f, product) -> resyncs++, metrics));
    }

    /** Each benchmark method starts its replay at the first frame (the book at its snapshot). */
    @Setup(Level.Iteration)
    public void rewind() {
        next = 0;
    }

    /** Fails the trial if the book ever saw a sequence gap (the replay was not verified). */
    @TearDown(Level.Trial)
    public void close() {
        metrics.close();
        if (resyncs != 0) {
            throw new IllegalStateException(resyncs + " book resyncs: the replay was not verified");
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
        JsonNode frame = KrakenJson.mapper().readTree(nextFrame());
        String name = frame.get("feed").asText();
        FuturesFeed futuresFeed = FuturesFeed.ofFrame(name).orElseThrow();
        boolean snapshot = futuresFeed.snapshotFeed().map(name::equals).orElse(false);
        FuturesMessage message = new FuturesMessage(futuresFeed, snapshot, frame, receivedAt, 0L);
        return futuresFeed == FuturesFeed.BOOK ? books.onMessage(message) : records.map(message);
    }

    /** The next frame; at the end of the frames the replay restarts, with fresh fill de-duplication. */
    private byte[] nextFrame() {
        byte[] frame = frames.get(next);
        next = next + 1 == frames.size() ? 0 : next + 1;
        if (next == 0) {
            records = new FuturesRecords(factory);
        }
        return frame;
    }
}
