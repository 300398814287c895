package com.kafkaconnectkraken.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The one-command stack end to end, offline: broker, worker, registry and simulators as real child processes,
 * the connectors from the packaged archives, the first record decoded, the sample order acknowledged, a clean stop
 * (no process left, no pid file left); then a second run on the kept data directory comes up the same way (stored
 * connectors and their statuses from the first run do not get in the way).
 */
class KrakenStackIT {

    private static final Path DATA = Path.of("target", "stack-it-data").toAbsolutePath();

    @Test
    void offlineStackComesUpStreamsAcknowledgesAndStopsCleanlyTwice() throws IOException {
        int basePort = freeBasePort();
        String first = runOnce(List.of("--wipe"), basePort);
        assertTrue(first.contains("Kafka storage formatted"), first);
        assertUpAndStopped(first);

        String second = runOnce(List.of(), basePort);
        assertTrue(!second.contains("Kafka storage formatted"), "second run reuses the kept data directory:\n" + second);
        assertUpAndStopped(second);
    }

    private static String runOnce(List<String> extra, int basePort) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("--stack-home", System.getProperty("kraken.stack.home"),
                "--data-dir", DATA.toString(), "--offline", "--base-port", Integer.toString(basePort)));
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
        for (String expected : List.of("OFFLINE mode (--offline)", "connector kraken-source RUNNING",
                "connector kraken-source-replay RUNNING", "connector kraken-sink RUNNING", "FIRST RECORD",
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
            if (Stream.iterate(base, p -> p + 1).limit(6).allMatch(KrakenStackIT::free)) {
                return base;
            }
        }
        throw new IllegalStateException("no 6 free consecutive loopback ports in 29092..29992");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
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
