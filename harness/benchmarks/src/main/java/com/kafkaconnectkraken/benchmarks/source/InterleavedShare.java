package com.kafkaconnectkraken.benchmarks.source;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * The share of raw Jackson {@code readTree} that frame -> records reaches, measured on a shared machine: the two
 * operations of {@link SourceRecordBenchmark}, {@link FuturesRecordBenchmark} and {@link TraderRecordBenchmark} run alternately in rounds of
 * {@value #ROUND_MS} ms in one thread, so load from other processes falls on both alike; the share is the ratio
 * of their throughputs summed over the measured rounds. Not JMH (JMH runs one benchmark after the other, so on
 * a busy machine the two sides of a ratio see different load); use JMH on a quiet machine.
 *
 * <p>Arguments: warm-up seconds (default 3), measured seconds (default 8) per channel. Prints one Markdown row per
 * venue and channel.
 */
public final class InterleavedShare {

    private static final long ROUND_MS = 20;
    private static final List<String> SPOT = List.of("ticker", "trade", "ohlc", "instrument", "executions",
            "balances", "book");
    private static final List<String> FUTURES = List.of("ticker", "fills", "open_orders", "book");
    private static final List<String> TRADER = List.of("quote", "depth", "execution", "portfolio", "metrics");

    private InterleavedShare() {
    }

    /** Ops and nanoseconds of one side. */
    private static final class Side {
        long ops;
        long nanos;
        long sink;
    }

    /**
     * Runs every channel and prints the table.
     *
     * @param args warm-up and measured seconds
     * @throws Exception if a benchmark operation fails (e.g. a book did not verify)
     */
    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        System.out.println("| venue | channel | readTree frames/s | frame->records frames/s | share |");
        System.out.println("|---|---|---:|---:|---:|");
        for (String channel : SPOT) {
            SourceRecordBenchmark parse = spot(channel);
            SourceRecordBenchmark map = spot(channel);
            row("Spot", channel, parse::jacksonReadTree, map::frameToRecords, warmup, seconds);
            parse.close();
            map.close();
        }
        for (String feed : FUTURES) {
            FuturesRecordBenchmark parse = futures(feed);
            FuturesRecordBenchmark map = futures(feed);
            row("Futures", feed, parse::jacksonReadTree, map::frameToRecords, warmup, seconds);
            parse.close();
            map.close();
        }
        for (String event : TRADER) {
            row("Trader", event, trader(event)::jacksonReadTree, trader(event)::frameToRecords, warmup, seconds);
        }
    }

    /** One state per side: each replays the frames in order (a book must see every frame). */
    private static SourceRecordBenchmark spot(String channel) {
        SourceRecordBenchmark b = new SourceRecordBenchmark();
        b.channel = channel;
        b.decimals = "PRECISE";
        b.load();
        b.rewind();
        return b;
    }

    private static FuturesRecordBenchmark futures(String feed) {
        FuturesRecordBenchmark b = new FuturesRecordBenchmark();
        b.feed = feed;
        b.load();
        b.rewind();
        return b;
    }

    private static TraderRecordBenchmark trader(String event) {
        TraderRecordBenchmark b = new TraderRecordBenchmark();
        b.event = event;
        b.load();
        b.rewind();
        return b;
    }

    private static void row(String venue, String channel, Callable<Object> parse, Callable<Object> map,
                            int warmup, int seconds) throws Exception {
        rounds(parse, map, warmup, new Side(), new Side());
        Side parsed = new Side();
        Side mapped = new Side();
        rounds(parse, map, seconds, parsed, mapped);
        double parseRate = parsed.ops * 1e9 / parsed.nanos;
        double mapRate = mapped.ops * 1e9 / mapped.nanos;
        System.out.printf("| %s | %s | %,.0f | %,.0f | %.0f%% |%n", venue, channel, parseRate, mapRate,
                100 * mapRate / parseRate);
        if (parsed.sink + mapped.sink == 42) {
            System.out.println();
        }
    }

    private static void rounds(Callable<Object> parse, Callable<Object> map, int seconds, Side parsed, Side mapped)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            round(parse, parsed);
            round(map, mapped);
        }
    }

    private static void round(Callable<Object> op, Side side) throws Exception {
        long start = System.nanoTime();
        long stop = start + ROUND_MS * 1_000_000L;
        long now = start;
        while (now < stop) {
            for (int i = 0; i < 64; i++) {
                side.sink += System.identityHashCode(op.call());
            }
            side.ops += 64;
            now = System.nanoTime();
        }
        side.nanos += now - start;
    }
}
