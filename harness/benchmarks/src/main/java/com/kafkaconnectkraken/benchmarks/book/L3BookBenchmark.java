package com.kafkaconnectkraken.benchmarks.book;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.benchmarks.data.BookStreams;
import com.kafkaconnectkraken.benchmarks.data.L3Message;
import com.kafkaconnectkraken.benchmarks.data.L3Stream;
import com.kafkaconnectkraken.benchmarks.data.SyntheticL3Stream;
import com.kafkaconnectkraken.benchmarks.data.VectorsDir;
import com.kafkaconnectkraken.client.book.BookJson;
import com.kafkaconnectkraken.client.book.L3Book;
import com.kafkaconnectkraken.client.book.L3Order;
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
 * Our {@link L3Book}: apply one pre-parsed {@code level3} message and verify its checksum
 * (https://docs.kraken.com/api/docs/guides/spot-ws-l3-v2). {@code update} replays the docs
 * example scaled up to {@code depth} price levels per side ({@link SyntheticL3Stream}; one
 * operation = one message, one snapshot per {@value BookStreams#SYNTHETIC_UPDATES} updates);
 * {@code docsSnapshot} applies the verbatim docs snapshot (35 orders) and verifies its documented
 * checksum 1063832831. No baseline: XChange has no level3 book.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class L3BookBenchmark {

    @Param({"100", "1000"})
    public int depth;

    private List<L3Message> messages;
    private L3Book book;
    private int next;
    private List<L3Order> docsBids;
    private List<L3Order> docsAsks;
    private long docsChecksum;
    private L3Book docsBook;

    /** Generates the scaled stream and loads the docs snapshot. */
    @Setup(Level.Trial)
    public void load() {
        L3Stream stream = SyntheticL3Stream.generate(BookStreams.SEED, depth, BookStreams.SYNTHETIC_UPDATES);
        messages = stream.messages();
        book = new L3Book(stream.symbol(), depth, stream.pricePrecision(), stream.qtyPrecision());
        JsonNode docs = VectorsDir.read("checksum/l3_checksum_docs_example.json");
        JsonNode data = docs.get("message").get("data").get(0);
        docsBids = BookJson.orders(data.get("bids"));
        docsAsks = BookJson.orders(data.get("asks"));
        docsChecksum = docs.get("expected_checksum").longValue();
        docsBook = new L3Book("BTC/USD", 10, 1, 8);
    }

    /** Each benchmark method starts its replay at the snapshot. */
    @Setup(Level.Iteration)
    public void rewind() {
        next = 0;
    }

    /** @return the verified checksum of the next message */
    @Benchmark
    public long update() {
        L3Message message = messages.get(next);
        next = next + 1 == messages.size() ? 0 : next + 1;
        if (message.snapshot()) {
            book.applySnapshot(message.bids(), message.asks());
        } else {
            book.applyUpdate(message.bidEvents(), message.askEvents());
        }
        book.verify(message.checksum());
        return message.checksum();
    }

    /** @return the verified docs checksum (1063832831) */
    @Benchmark
    public long docsSnapshot() {
        docsBook.applySnapshot(docsBids, docsAsks);
        docsBook.verify(docsChecksum);
        return docsChecksum;
    }
}
