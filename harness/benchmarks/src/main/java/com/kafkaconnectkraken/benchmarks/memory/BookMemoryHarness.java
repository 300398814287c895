package com.kafkaconnectkraken.benchmarks.memory;

import com.kafkaconnectkraken.benchmarks.data.BookMessage;
import com.kafkaconnectkraken.benchmarks.data.BookStreams;
import com.kafkaconnectkraken.benchmarks.data.L2Stream;
import com.kafkaconnectkraken.benchmarks.data.SyntheticL2Stream;
import com.kafkaconnectkraken.client.book.L2Book;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;

/**
 * Heap retained by many full L2 books (issue 6 target: 100 symbols x depth 1000 in at most
 * 256 MB). Not a JMH benchmark: builds {@code symbols} books of {@code depth} levels per side
 * from the seeded synthetic stream (snapshot, then {@code updates} verified updates each; the
 * default 0 keeps every book at exactly {@code depth} levels per side, the worst case), drops the
 * inputs, and reports
 * <ul>
 *   <li>the retained object graph of the books, measured by JOL ({@code GraphLayout}), and</li>
 *   <li>the used-heap delta from {@link MemoryMXBean} after repeated {@code System.gc()} settles.</li>
 * </ul>
 * Usage: {@code java -Xmx1g -cp benchmarks.jar com.kafkaconnectkraken.benchmarks.memory.BookMemoryHarness
 * [symbols=100] [depth=1000] [updates=0]}. Exits 1 when the 256 MB target is missed.
 */
public final class BookMemoryHarness {

    private static final long TARGET_BYTES = 256L << 20;

    private BookMemoryHarness() {
    }

    /**
     * Runs the harness; see the class comment for the arguments.
     *
     * @param args {@code [symbols] [depth] [updates]}
     */
    public static void main(String[] args) throws InterruptedException {
        int symbols = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int depth = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int updates = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        // JOL on JDK 17 without an agent: read field offsets the portable way
        System.setProperty("jol.magicFieldOffset", "true");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledUsed(memory);
        List<L2Book> books = new ArrayList<>(symbols);
        long levels = 0;
        for (int s = 0; s < symbols; s++) {
            L2Book book = build(s, depth, updates);
            levels += book.bids().size() + book.asks().size();
            books.add(book);
        }
        long after = settledUsed(memory);
        long jol = jolSize(books);
        long retained = jol > 0 ? jol : after - before;
        System.out.printf(Locale.ROOT, "books=%d depth=%d updatesPerBook=%d levels=%d%n", symbols, depth, updates, levels);
        System.out.printf(Locale.ROOT, "MemoryMXBean used-heap delta: %.1f MB%n", mb(after - before));
        System.out.printf(Locale.ROOT, "JOL retained graph:           %s%n", jol > 0 ? String.format(Locale.ROOT, "%.1f MB", mb(jol)) : "unavailable");
        System.out.printf(Locale.ROOT, "bytes per level:              %.0f%n", (double) retained / levels);
        boolean met = retained <= TARGET_BYTES;
        System.out.printf(Locale.ROOT, "target <= 256 MB: %s (%.1f MB)%n", met ? "MET" : "MISSED", mb(retained));
        System.exit(met ? 0 : 1);
    }

    private static L2Book build(int symbol, int depth, int updates) {
        L2Stream stream = SyntheticL2Stream.generate(BookStreams.SEED + symbol, depth, updates);
        L2Book book = new L2Book("SYM" + symbol + "/USD", depth, stream.pricePrecision(), stream.qtyPrecision());
        for (BookMessage message : stream.messages()) {
            if (message.snapshot()) {
                book.applySnapshot(message.bids(), message.asks());
            } else {
                book.applyUpdate(message.bids(), message.asks());
            }
            book.verify(message.checksum());
        }
        return book;
    }

    private static long jolSize(List<L2Book> books) {
        try {
            return GraphLayout.parseInstance(books.toArray()).totalSize();
        } catch (RuntimeException | LinkageError e) {
            System.out.println("JOL unavailable: " + e);
            return -1;
        }
    }

    /** Collects until used heap stops shrinking (at most 10 rounds). */
    private static long settledUsed(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            System.gc();
            Thread.sleep(100);
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used - (64 << 10)) {
                return now;
            }
            used = now;
        }
        return used;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
