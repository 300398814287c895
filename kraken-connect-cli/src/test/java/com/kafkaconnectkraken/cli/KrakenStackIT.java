package com.kafkaconnectkraken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one-command stack end to end, three runs on one data directory: broker, worker, registry and simulators as
 * real child processes, the connectors from the packaged archives, the first record decoded, the sample order
 * acknowledged, a clean stop (no process left, no pid file left). Run 1 is {@code --offline} on a wiped directory
 * (and, while up, {@code order} and {@code tail} against it, and every {@code config-examples/} connector submitted to
 * its worker: {@link ConfigExamplesOnDemo});
 * run 2 probes an unreachable "Kraken" and falls back to offline on the kept directory; run 3 probes a reachable
 * one (a simulator standing in for Kraken) and streams it in live mode.
 */
class KrakenStackIT {

    private static final Path DATA = Path.of("target", "stack-it-data").toAbsolutePath();
    /** The stack's six ports plus one left unused, standing in for an unreachable Kraken. */
    private static final int PORTS = 7;
    /** Fixed ports below Linux's ephemeral range (32768+), so other tests' port-0 listeners never land on them. */
    private static final int FIRST_BASE_PORT = 29092;
    private static final int LAST_BASE_PORT = 29992;

    private int basePort = FIRST_BASE_PORT;

    @Test
    void stackComesUpOfflineThenFallsBackWhenKrakenIsUnreachableThenStreamsLive() throws IOException {
        String offline = run(base -> List.of("--wipe", "--offline"), options -> {
            orderAndTail(options);
            ConfigExamplesOnDemo.submitEach(options, createdDir(Path.of("target", "config-examples-it")));
        });
        assertTrue(offline.contains("Kafka storage formatted"), offline);
        assertTrue(offline.contains("OFFLINE mode (--offline)"), offline);
        assertOfflineSources(offline);
        assertUpAndStopped(offline);

        // nothing listens on the port after the last stack port: the probe fails like an unreachable Kraken
        String unreachable = run(base -> List.of("--live-ws-url", "ws://127.0.0.1:" + (base + 6) + "/v2"));
        assertTrue(!unreachable.contains("Kafka storage formatted"), "reuses the kept data directory:\n" + unreachable);
        assertTrue(unreachable.contains("Kraken is UNREACHABLE from this machine"), unreachable);
        assertOfflineSources(unreachable);
        assertUpAndStopped(unreachable);

        // a simulator standing in for wss://ws.kraken.com/v2 (this machine cannot reach Kraken)
        try (KrakenSimulator kraken = KrakenSimulator.builder().symbols("BTC/USD", "ETH/USD", "SOL/USD").rate(100)
                .build().start()) {
            String live = run(base -> List.of("--live-ws-url", kraken.publicWs().toString()));
            assertTrue(live.contains("LIVE mode: " + kraken.publicWs() + " answered"), live);
            assertTrue(live.contains("connector kraken-source RUNNING: LIVE Kraken ticker, trade, book BTC/USD,ETH/USD,SOL/USD"),
                    live);
            assertTrue(!live.contains("kraken-source-replay RUNNING"), "no replay in live mode:\n" + live);
            assertTrue(!live.contains("kraken-futures-source RUNNING"), "no simulated futures in live mode:\n" + live);
            assertUpAndStopped(live);
        }
    }

    /**
     * The "done when", against the running demo: an order within the guards is ACCEPTED within 5 s, one
     * outside them REJECTED with the guard's reason (exit 1), and {@code tail kraken.book -n 3} prints three decoded
     * book records with exact prices.
     */
    private static void orderAndTail(StackOptions options) {
        String port = Integer.toString(options.basePort());
        Tool accepted = tool("order", "--base-port", port, "--timeout", "5", "--method", "add_order", "--symbol", "ETH/USD",
                "--side", "buy", "--type", "limit", "--qty", "0.1", "--price", "2000");
        assertEquals(0, accepted.code, accepted.out);
        assertTrue(accepted.out.contains(": status ACCEPTED, method add_order, req_id "), accepted.out);
        assertTrue(!accepted.out.contains("null"), accepted.out);

        Tool symbol = tool("order", "--base-port", port, "--timeout", "5", "--method", "add_order", "--symbol", "BTC/USD",
                "--side", "buy", "--type", "limit", "--qty", "0.1", "--price", "2000");
        assertEquals(1, symbol.code, symbol.out);
        assertTrue(symbol.out.contains("status REJECTED") && symbol.out.contains("error symbol BTC/USD is not allowed"
                + " (guard.symbols)") && !symbol.out.contains("round trip"), symbol.out);
        Tool qty = tool("order", "--base-port", port, "--timeout", "5", "--method", "add_order", "--symbol", "ETH/USD",
                "--side", "buy", "--type", "limit", "--qty", "5", "--price", "2000");
        assertEquals(1, qty.code, qty.out);
        assertTrue(qty.out.contains("status REJECTED") && qty.out.contains("order_qty 5 exceeds max 1 for ETH/USD"), qty.out);

        Tool tail = tool("tail", "--base-port", port, DemoConnectors.TOPIC_PREFIX + ".book", "-n", "3");
        assertEquals(0, tail.code, tail.out);
        List<String> lines = tail.out.lines().toList();
        assertEquals(3, lines.size(), tail.out);
        for (String line : lines) {
            assertTrue(line.matches("\\{\"topic\":\"kraken\\.book\",.*\"value\":\\{\"symbol\":\"[A-Z]+/USD\".*"), line);
            assertTrue(line.matches(".*\"price\":\"\\d+\\.\\d{18}\".*"), "exact decimal prices: " + line);
        }
    }

    private static Path createdDir(Path dir) {
        try {
            return Files.createDirectories(dir.toAbsolutePath());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Tool(int code, String out) {
    }

    private static Tool tool(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine commandLine = KrakenConnect.commandLine();
        commandLine.setOut(new java.io.PrintWriter(out, true));
        commandLine.setErr(new java.io.PrintWriter(out, true));
        int code = commandLine.execute(args);
        System.out.print(out);
        return new Tool(code, out.toString());
    }

    private static void assertOfflineSources(String output) {
        assertTrue(output.contains("connector kraken-source RUNNING: simulator ticker, trade, book ETH/USD,SOL/USD"), output);
        assertTrue(output.contains("connector kraken-source-replay RUNNING: book BTC/USD replayed"), output);
        assertTrue(output.contains("connector kraken-futures-source RUNNING: simulator Kraken Futures ticker, book, trade PF_XBTUSD,PF_ETHUSD"),
                output);
    }

    /**
     * Runs the stack once on {@value #PORTS} consecutive free loopback ports, probed right before the run (the previous
     * run's block is kept while it is free, so runs normally share their ports). A port taken by another process
     * between the probe and the stack's bind fails the run; it is then retried once on a freshly probed block (the kept
     * data directory does not depend on the ports). The stack itself also checks its ports before starting anything,
     * so a taken port fails fast.
     *
     * @param extra the run's own arguments, given the base port
     */
    private String run(IntFunction<List<String>> extra) throws IOException {
        return run(extra, options -> { });
    }

    /** As {@link #run(IntFunction)}, with checks made while the stack is up. */
    private String run(IntFunction<List<String>> extra, Consumer<StackOptions> whileUp) throws IOException {
        basePort = freeBasePort(basePort);
        try {
            return runOnce(extra.apply(basePort), basePort, whileUp);
        } catch (StackException e) {
            if (blockFree(basePort)) {
                throw e;   // not a port race: every port of the block is free again
            }
            System.out.println("ports " + basePort + ".." + (basePort + PORTS - 1) + " taken during the run (" + e.getMessage()
                    + "); retrying once on other ports");
            basePort = freeBasePort(basePort + PORTS);
            return runOnce(extra.apply(basePort), basePort, whileUp);
        }
    }

    private static String runOnce(List<String> extra, int basePort, Consumer<StackOptions> whileUp) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("--stack-home", System.getProperty("kraken.stack.home"),
                "--data-dir", DATA.toString(), "--base-port", Integer.toString(basePort)));
        args.addAll(extra);
        StackOptions options = StackOptionsTest.parse(args.toArray(String[]::new));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new Tee(captured, System.out), true, StandardCharsets.UTF_8);
        KrakenStack stack = new KrakenStack(options, new Console(System.currentTimeMillis(), out));
        try {
            stack.start();
            whileUp.accept(options);
        } finally {
            stack.stop();
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static void assertUpAndStopped(String output) throws IOException {
        for (String expected : List.of("connector kraken-sink RUNNING", "FIRST RECORD",
                "order acknowledgement on kraken.order_acks: status ACCEPTED, method add_order", "] running.",
                "Connect worker stopped", "Kafka broker stopped", "schema registry stopped", "stopped; data kept")) {
            assertTrue(output.contains(expected), "missing '" + expected + "' in:\n" + output);
        }
        assertTrue(!output.contains("KILLED"), "every process stopped on SIGTERM:\n" + output);
        try (Stream<Path> pids = Files.list(DATA.resolve("run"))) {
            assertEquals(List.of(), pids.toList(), "no pid file left");
        }
    }

    /** @return {@code preferred} if its block is free, else the first free block from {@code preferred} on */
    private static int freeBasePort(int preferred) {
        for (int base = preferred; base < LAST_BASE_PORT; base += 10) {
            if (blockFree(base)) {
                return base;
            }
        }
        throw new IllegalStateException("no " + PORTS + " free consecutive loopback ports in " + preferred + ".." + LAST_BASE_PORT);
    }

    private static boolean blockFree(int base) {
        return Stream.iterate(base, p -> p + 1).limit(PORTS).allMatch(KrakenStackIT::free);
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.isBound();
        } catch (IOException e) {
            return false;
        }
    }

    /** Keeps the progress lines visible in the build output while the test reads them. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }
    }
}
