package com.kafkaconnectkraken.benchmarks.book;

import com.kafkaconnectkraken.benchmarks.data.BookMessage;
import com.kafkaconnectkraken.benchmarks.data.BookStreams;
import com.kafkaconnectkraken.benchmarks.data.L2Stream;
import com.kafkaconnectkraken.benchmarks.data.XChangeFrames;
import com.kafkaconnectkraken.client.book.L2Book;
import info.bitrich.xchangestream.kraken.KrakenStreamingChecksum;
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
 * The checksum routine alone, on a book that does not change: our {@link L2Book#checksum()}
 * (CRC32 over cached per-level token bytes) against XChange's
 * {@code KrakenStreamingChecksum.createCrcChecksum} (string built from a Guava-cached
 * BigDecimal-to-token map, then CRC32), both on the snapshot of the stream.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ChecksumBenchmark {

    @Param({"recorded-depth10", "synthetic-depth1000"})
    public String stream;

    private L2Book ours;
    private XChangeBook xchange;

    /** Builds both books from the stream's snapshot and checks they agree with Kraken. */
    @Setup(Level.Trial)
    public void load() {
        L2Stream l2 = BookStreams.l2(stream);
        BookMessage snapshot = l2.messages().get(0);
        ours = new L2Book(l2.symbol(), l2.depth(), l2.pricePrecision(), l2.qtyPrecision());
        ours.applySnapshot(snapshot.bids(), snapshot.asks());
        ours.verify(snapshot.checksum());
        xchange = new XChangeBook(l2.depth());
        xchange.apply(XChangeFrames.v1(l2).get(0), true);
        long theirs = KrakenStreamingChecksum.createCrcChecksum(xchange.asks(), xchange.bids());
        if (theirs != snapshot.checksum()) {
            throw new IllegalStateException("XChange checksum " + theirs + " != " + snapshot.checksum());
        }
    }

    /** @return our checksum of the unchanged book */
    @Benchmark
    public long ours() {
        return ours.checksum();
    }

    /** @return XChange's checksum of the unchanged book */
    @Benchmark
    public long xchange() {
        return KrakenStreamingChecksum.createCrcChecksum(xchange.asks(), xchange.bids());
    }
}
