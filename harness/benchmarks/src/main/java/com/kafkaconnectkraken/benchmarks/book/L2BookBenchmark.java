package com.kafkaconnectkraken.benchmarks.book;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.benchmarks.data.BookMessage;
import com.kafkaconnectkraken.benchmarks.data.BookStreams;
import com.kafkaconnectkraken.benchmarks.data.L2Stream;
import com.kafkaconnectkraken.benchmarks.data.WireFrames;
import com.kafkaconnectkraken.client.book.BookJson;
import com.kafkaconnectkraken.client.book.L2Book;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Our {@link L2Book}: apply one {@code book} message and verify its CRC32 checksum
 * (https://docs.kraken.com/api/docs/guides/spot-ws-book-v2). One operation = one message; the
 * stream is replayed in a loop (snapshot, all updates, snapshot, ...), so the score is
 * messages/s with one snapshot per {@code stream.updateCount()} updates.
 *
 * <ul>
 *   <li>{@code preParsed}: input is the message's {@code BookLevel} lists (the book's own cost);</li>
 *   <li>{@code fromJsonTree}: input is the parsed frame tree, levels read with {@link BookJson}
 *       (like for like with XChange, whose adapter starts from a tree);</li>
 *   <li>{@code fromBytes}: input is the frame text; includes the {@link KrakenJson} parse.</li>
 * </ul>
 * Every operation verifies: a wrong book throws and fails the run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class L2BookBenchmark {

    @Param({"recorded-depth10", "synthetic-depth1000"})
    public String stream;

    private List<BookMessage> messages;
    private List<JsonNode> trees;
    private List<byte[]> frames;
    private L2Book book;
    private int next;

    /** Loads the stream, its frame text and parsed trees. */
    @Setup(Level.Trial)
    public void load() throws IOException {
        L2Stream l2 = BookStreams.l2(stream);
        messages = l2.messages();
        frames = WireFrames.v2(l2);
        trees = new ArrayList<>(frames.size());
        for (byte[] frame : frames) {
            trees.add(KrakenJson.mapper().readTree(frame).get("data").get(0));
        }
        book = new L2Book(l2.symbol(), l2.depth(), l2.pricePrecision(), l2.qtyPrecision());
    }

    /** Each benchmark method starts its replay at the snapshot. */
    @Setup(Level.Iteration)
    public void rewind() {
        next = 0;
    }

    /** @return the verified checksum of the next message */
    @Benchmark
    public long preParsed() {
        BookMessage message = messages.get(next);
        advance();
        if (message.snapshot()) {
            book.applySnapshot(message.bids(), message.asks());
        } else {
            book.applyUpdate(message.bids(), message.asks());
        }
        book.verify(message.checksum());
        return message.checksum();
    }

    /** @return the verified checksum of the next message, levels read from its tree */
    @Benchmark
    public long fromJsonTree() {
        boolean snapshot = next == 0;
        JsonNode data = trees.get(next);
        advance();
        return applyAndVerify(snapshot, data);
    }

    /** @return the verified checksum of the next frame, parsed from text */
    @Benchmark
    public long fromBytes() throws IOException {
        byte[] frame = frames.get(next);
        advance();
        JsonNode root = KrakenJson.mapper().readTree(frame);
        return applyAndVerify("snapshot".equals(root.get("type").asText()), root.get("data").get(0));
    }

    private long applyAndVerify(boolean snapshot, JsonNode data) {
        if (snapshot) {
            book.applySnapshot(BookJson.levels(data.get("bids")), BookJson.levels(data.get("asks")));
        } else {
            book.applyUpdate(BookJson.levels(data.get("bids")), BookJson.levels(data.get("asks")));
        }
        long checksum = data.get("checksum").longValue();
        book.verify(checksum);
        return checksum;
    }

    private void advance() {
        next = next + 1 == messages.size() ? 0 : next + 1;
    }
}
