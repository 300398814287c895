package com.kafkaconnectkraken.benchmarks.e2e;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.testkit.ConnectStack;
import java.util.List;
import java.util.Map;

/**
 * How the source's cost grows with the number of books, their depth and the task count (issue 16, item 3). For
 * every {@code depth} x {@code symbols} x {@code tasks} point: a fresh simulator generating {@code rate} book events/s
 * spread over the symbols (BTC/USD, P001/USD, ...), one connector subscribed to {@code book} for all of them at that
 * depth with {@code tasks.max} = tasks, the worker writing Avro (Apicurio, the project's caching resolver) or JSON to
 * the broker. After every snapshot landed and {@code warmup} seconds, {@code seconds} are measured:
 * <ul>
 *   <li>records/s: growth of the book topic's end offset;</li>
 *   <li>connector CPU µs per record: the connector's WebSocket readers ({@code OkHttp *}: parse, verify, map), the
 *       worker task threads ({@code task-thread-*}: poll, convert, send) and their producer's I/O thread;</li>
 *   <li>JVM CPU µs per record: every thread, simulator and broker included;</li>
 *   <li>task heap MB: used heap after full GCs while running minus after the connector is deleted (the simulator's
 *       own books exist in both and cancel out).</li>
 * </ul>
 * A point counts only with 0 {@code book_reset} and 0 {@code gap} records. One Markdown row per point, and the same
 * as CSV lines prefixed {@code csv,} (the input of {@code docs/images/plot_scale.py}).
 *
 * <p>Arguments ({@code key=value}): {@code symbols} (1,10,100,500), {@code depth} (10,1000), {@code tasks} (1),
 * {@code workers} (Connect workers of the embedded cluster, 1), {@code rate} (10000), {@code warmup} (10),
 * {@code seconds} (20), {@code converter} (avro or json). Run as described in BENCHMARKS.md.
 */
public final class SourceScale {

    private static final Map<String, String> DEFAULTS = Map.of("symbols", "1,10,100,500", "depth", "10,1000",
            "tasks", "1", "workers", "1", "rate", "10000", "warmup", "10", "seconds", "20", "converter", "avro");

    /** One measured point. */
    record Point(int symbols, int depth, int tasks, double recordsPerSecond, double connectorMicros, double jvmMicros,
                 double taskHeapMb, long resets, long gaps) {
    }

    private SourceScale() {
    }

    /**
     * Measures every point on one embedded Connect cluster and prints the table.
     *
     * @param args {@code key=value} arguments, see the class comment
     */
    public static void main(String[] args) throws Exception {
        HarnessArgs.quietLogging();
        HarnessArgs a = new HarnessArgs(args, DEFAULTS);
        System.out.println("source scale " + a);
        try (ConnectStack stack = ConnectStack.builder().numWorkers(a.integer("workers")).start()) {
            System.out.println("| depth | symbols | tasks.max | records/s | connector CPU µs/record | JVM CPU µs/record"
                    + " | task heap MB | book_reset | gap |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            run(stack, a, 10, 10, 1); // JIT warm-up of the whole path, not reported
            for (int depth : a.integers("depth")) {
                for (int symbols : a.integers("symbols")) {
                    for (int tasks : a.integers("tasks")) {
                        Point p = run(stack, a, depth, symbols, tasks);
                        System.out.printf("| %d | %d | %d | %,.0f | %.2f | %.2f | %.1f | %d | %d |%n", p.depth(),
                                p.symbols(), p.tasks(), p.recordsPerSecond(), p.connectorMicros(), p.jvmMicros(),
                                p.taskHeapMb(), p.resets(), p.gaps());
                        System.out.printf("csv,%s,%d,%d,%d,%d,%d,%.0f,%.2f,%.2f,%.1f%n", a.text("converter"),
                                a.integer("rate"), a.integer("workers"), p.depth(), p.symbols(), p.tasks(),
                                p.recordsPerSecond(), p.connectorMicros(), p.jvmMicros(), p.taskHeapMb());
                    }
                }
            }
        }
        System.exit(0);
    }

    private static Point run(ConnectStack stack, HarnessArgs a, int depth, int symbolCount, int tasks) throws Exception {
        String name = "scale-d" + depth + "-s" + symbolCount + "-t" + tasks;
        String topic = name + ".book";
        List<String> symbols = SourceEndToEnd.symbols(symbolCount);
        Topics topics = new Topics(stack.bootstrapServers());
        try (KrakenSimulator simulator = KrakenSimulator.builder().symbols(symbols).seed(42).rate(a.integer("rate"))
                .maxQueuedFrames(10_000_000).build().start()) {
            Map<String, String> config = SourceEndToEnd.config(stack, simulator, name, symbols, depth);
            config.putAll(SourceEndToEnd.converter(stack, a.text("converter")));
            config.put("tasks.max", Integer.toString(tasks));
            stack.deployConnector(name, config);
            stack.awaitRunning(name, Math.min(tasks, symbolCount));
            SourceTaskHeap.awaitSnapshots(topics, topic, symbolCount);
            Thread.sleep(a.integer("warmup") * 1000L);
            long from = topics.endOffset(topic);
            long start = System.nanoTime();
            ThreadCpu before = ThreadCpu.snapshot();
            Thread.sleep(a.integer("seconds") * 1000L);
            ThreadCpu after = ThreadCpu.snapshot();
            long records = topics.endOffset(topic) - from;
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.printf("%s: CPU by thread group%n%s%n", name, before.rows(after, records, seconds));
            long running = SourceTaskHeap.usedAfterGc();
            long resets = topics.endOffset(name + ".book_reset");
            long gaps = topics.endOffset(name + ".gap");
            stack.cluster().deleteConnector(name);
            Thread.sleep(5_000);
            long deleted = SourceTaskHeap.usedAfterGc();
            return new Point(symbolCount, depth, tasks, records / seconds,
                    before.microsPerRecord(after, records, SourceScale::connectorThread),
                    before.microsPerRecord(after, records, group -> true), (running - deleted) / 1e6, resets, gaps);
        }
    }

    /** @return whether a (digit-folded) thread name is the connector's: WebSocket reader, task thread, its producer */
    private static boolean connectorThread(String group) {
        return group.startsWith("OkHttp ") || group.startsWith("task-thread-") || group.contains("connector-producer-");
    }
}
