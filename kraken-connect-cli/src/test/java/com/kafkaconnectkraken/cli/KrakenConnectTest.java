package com.kafkaconnectkraken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The verbs as the script calls them: help on each, {@code logs} printing and exiting, {@code status} of no stack. */
class KrakenConnectTest {

    @TempDir
    Path data;

    @Test
    void everyVerbHasHelp() {
        for (String verb : List.of("run", "stop", "status", "logs", "order", "tail")) {
            Run run = execute(verb, "--help");
            assertEquals(0, run.code, verb);
            assertTrue(run.out.startsWith("Usage: kraken-connect " + verb), run.out);
        }
        Run top = execute("--help");
        for (String verb : List.of("run", "stop", "status", "logs", "order", "tail")) {
            assertTrue(top.out.contains("  " + verb + " "), top.out);
        }
    }

    @Test
    void logsPrintsTheLastLinesAndExits() throws IOException {
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(data.resolve("logs/connect.log"), "one\ntwo\nthree\nfour\n", StandardCharsets.UTF_8);
        Run run = execute("logs", "--stack-home", "h", "--data-dir", data.toString(), "connect", "-n", "2");
        assertEquals(0, run.code, run.err);
        assertEquals("three\nfour\n", run.out.replace("\r\n", "\n"));
    }

    @Test
    void logsOfAnUnknownNameListsTheLogsThereAre() throws IOException {
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(data.resolve("logs/broker.log"), "x\n", StandardCharsets.UTF_8);
        Run run = execute("logs", "--stack-home", "h", "--data-dir", data.toString(), "brokr");
        assertEquals(1, run.code);
        assertTrue(run.err.contains("no log") && run.err.contains("(logs: broker)"), run.err);
    }

    @Test
    void statusOfAStackNotRunningStillPrintsEveryUrl() {
        Run run = execute("status", "--stack-home", "h", "--data-dir", data.toString(), "--base-port", "39192");
        assertEquals(0, run.code, run.err);
        assertTrue(run.out.startsWith("kraken-connect: not running"), run.out);
        for (String url : List.of("127.0.0.1:39192", "http://127.0.0.1:39194", "http://127.0.0.1:39195/apis/registry/v2",
                "http://127.0.0.1:39195/apis/ccompat/v7", "http://127.0.0.1:39196", "ws://127.0.0.1:39196/public/v2",
                "ws://127.0.0.1:39196/auth/v2", "ws://127.0.0.1:39196/ws/v1", "ws://127.0.0.1:39196/api/v1/ws",
                "ws://127.0.0.1:39197/public/v2")) {
            assertTrue(run.out.contains(url), url + " in:\n" + run.out);
        }
        assertTrue(run.out.contains("connectors: Connect REST does not answer"), run.out);
    }

    @Test
    void stopIsTheScriptsAndSaysSo() {
        Run run = execute("stop");
        assertEquals(2, run.code);
        assertTrue(run.err.contains("./kraken-connect stop"), run.err);
    }

    @Test
    void aFailureIsOneLineNotAStackTrace() throws IOException {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Run unreachable = execute("order", "--bootstrap-server", "127.0.0.1:" + closed, "--method", "cancel_all");
        assertEquals(1, unreachable.code);
        assertTrue(unreachable.err.startsWith("kraken-connect order: ") && unreachable.err.lines().count() == 1,
                unreachable.err);
        Run missing = execute("order", "--file", data.resolve("none.json").toString());
        assertEquals(1, missing.code);
        assertEquals("kraken-connect order: " + data.resolve("none.json") + "\n", missing.err.replace("\r\n", "\n"));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = KrakenConnect.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
