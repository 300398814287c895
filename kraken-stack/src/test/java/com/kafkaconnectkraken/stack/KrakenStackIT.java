package com.kafkaconnectkraken.stack;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one-command stack end to end, three runs on one data directory: broker, worker, registry and simulators as
 * real child processes, the connectors from the packaged archives, the first record decoded, the sample order
 * acknowledged, a clean stop (no process left, no pid file left). Run 1 is {@code --offline} on a wiped directory;
 * run 2 probes an unreachable "Kraken" and falls back to offline on the kept directory; run 3 probes a reachable
 * one (a simulator standing in for Kraken) and streams it in live mode.
 */
class KrakenStackIT {

    private static final Path DATA = Path.of("target", "stack-it-data").toAbsolutePath();

    @Test
    void stackComesUpOfflineThenFallsBackWhenKrakenIsUnreachableThenStreamsLive() throws IOException {
        int basePort = freeBasePort();
        String offline = runOnce(List.of("--wipe", "--offline"), basePort);
        assertTrue(offline.contains("Kafka storage formatted"), offline);
        assertTrue(offline.contains("OFFLINE mode (--offline)"), offline);
        assertOfflineSources(offline);
        assertUpAndStopped(offline);

        // nothing listens on the port after the last stack port: the probe fails like an unreachable Kraken
        String unreachable = runOnce(List.of("--live-ws-url", "ws://127.0.0.1:" + (basePort + 6) + "/v2"), basePort);
        assertTrue(!unreachable.contains("Kafka storage formatted"), "reuses the kept data directory:\n" + unreachable);
        assertTrue(unreachable.contains("Kraken is UNREACHABLE from this machine"), unreachable);
        assertOfflineSources(unreachable);
        assertUpAndStopped(unreachable);

        // a simulator standing in for wss://ws.kraken.com/v2 (this machine cannot reach Kraken)
        try (KrakenSimulator kraken = KrakenSimulator.builder().symbols("BTC/USD", "ETH/USD", "SOL/USD").rate(100)
                .build().start()) {
            String live = runOnce(List.of("--live-ws-url", kraken.publicWs().toString()), basePort);
            assertTrue(live.contains("LIVE mode: " + kraken.publicWs() + " answered"), live);
            assertTrue(live.contains("connector kraken-source RUNNING: LIVE Kraken ticker, trade, book BTC/USD,ETH/USD,SOL/USD"),
                    live);
            assertTrue(!live.contains("kraken-source-replay RUNNING"), "no replay in live mode:\n" + live);
            assertUpAndStopped(live);
        }
    }

    private static void assertOfflineSources(String output) {
        assertTrue(output.contains("connector kraken-source RUNNING: simulator ticker, trade, book ETH/USD,SOL/USD"), output);
        assertTrue(output.contains("connector kraken-source-replay RUNNING: book BTC/USD replayed"), output);
    }

    private static String runOnce(List<String> extra, int basePort) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("--stack-home", System.getProperty("kraken.stack.home"),
                "--data-dir", DATA.toString(), "--base-port", Integer.toString(basePort)));
        args.addAll(extra);
        StackOptions options = StackOptions.parse(args.toArray(String[]::new));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new Tee(captured, System.out), true, StandardCharsets.UTF_8);
        KrakenStack stack = new KrakenStack(options, new Console(System.currentTimeMillis(), out));
        try {
            stack.start();
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

    private static int freeBasePort() {
        for (int base = 29092; base < 29992; base += 10) {
            if (Stream.iterate(base, p -> p + 1).limit(7).allMatch(KrakenStackIT::free)) {
                return base;
            }
        }
        throw new IllegalStateException("no 7 free consecutive loopback ports in 29092..29992");
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
