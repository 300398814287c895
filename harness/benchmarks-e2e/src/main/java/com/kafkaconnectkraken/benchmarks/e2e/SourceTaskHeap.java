package com.kafkaconnectkraken.benchmarks.e2e;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.testkit.ConnectStack;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

/**
 * Heap held by one running source task with many depth-N books: the simulator generates
 * {@code symbols} pairs, one task subscribes to {@code book} for all of them at {@code depth} and
 * writes Avro through the worker; the used heap after full GCs is taken before the connector is
 * deployed, while it runs (every snapshot landed, then {@code settle} seconds of updates), and after
 * it is deleted. The task's heap is "running - deleted": everything the connector held (books,
 * record queue, producer buffers, converter caches) and released on delete. The simulator's own
 * books exist throughout and cancel out.
 *
 * <p>Arguments ({@code key=value}): {@code symbols} (100), {@code depth} (1000), {@code rate}
 * (generator events/s over all symbols, 2000), {@code settle} (seconds, 30).
 */
public final class SourceTaskHeap {

    private static final Map<String, String> DEFAULTS = Map.of("symbols", "100", "depth", "1000",
            "rate", "2000", "settle", "30");

    private SourceTaskHeap() {
    }

    /**
     * Prints the used heap (MB) before, while running and after deleting the connector.
     *
     * @param args {@code key=value} arguments, see the class comment
     */
    public static void main(String[] args) throws Exception {
        HarnessArgs.quietLogging();
        HarnessArgs a = new HarnessArgs(args, DEFAULTS);
        System.out.println("source task heap " + a);
        List<String> symbols = SourceEndToEnd.symbols(a.integer("symbols"));
        try (ConnectStack stack = ConnectStack.start();
             KrakenSimulator simulator = KrakenSimulator.builder().symbols(symbols).seed(42).rate(a.integer("rate"))
                     .build().start()) {
            String name = "e2e-heap";
            Topics topics = new Topics(stack.bootstrapServers());
            Thread.sleep(5_000);
            long before = usedAfterGc();
            Map<String, String> config = SourceEndToEnd.config(stack, simulator, name, symbols, a.integer("depth"));
            config.putAll(stack.avroValueConverter());
            stack.deployConnector(name, config);
            stack.awaitRunning(name, 1);
            awaitSnapshots(topics, name + ".book", symbols.size());
            Thread.sleep(a.integer("settle") * 1000L);
            long records = topics.endOffset(name + ".book");
            long resets = topics.endOffset(name + ".book_reset");
            long running = usedAfterGc();
            stack.cluster().deleteConnector(name);
            Thread.sleep(5_000);
            long after = usedAfterGc();
            System.out.printf("records %,d, book_reset %d%nused heap MB: before %.1f, running %.1f, deleted %.1f%n"
                    + "task heap (running - deleted): %.1f MB; running - before: %.1f MB%n", records, resets,
                    mb(before), mb(running), mb(after), mb(running - after), mb(running - before));
        }
        System.exit(0);
    }

    /** Waits (at most 2 min) until {@code topic} holds at least one record per symbol. */
    static void awaitSnapshots(Topics topics, String topic, int symbols) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (topics.endOffset(topic) < symbols) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(topic + ": fewer than " + symbols + " records after 2 min");
            }
            Thread.sleep(500);
        }
    }

    /** @return used heap in bytes after three explicit full collections */
    static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double mb(long bytes) {
        return bytes / 1e6;
    }
}
