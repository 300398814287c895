package com.kafkaconnectkraken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code run}'s options as picocli reads them into {@link StackOptions}. */
class StackOptionsTest {

    static StackOptions parse(String... args) {
        RunVerb run = new RunVerb();
        new CommandLine(run).parseArgs(args);
        return run.options();
    }

    @Test
    void defaultsAreLiveKrakenAndTheDocumentedPorts() {
        StackOptions options = parse("--stack-home", "h", "--data-dir", "d");
        assertFalse(options.offline());
        assertFalse(options.wipe());
        assertEquals(URI.create("wss://ws.kraken.com/v2"), options.liveWsUrl());
        assertEquals(Path.of("d").toAbsolutePath(), options.dataDir());
        // ./kraken-connect's header documents these six ports
        assertEquals(19092, options.brokerPort());
        assertEquals(19093, options.controllerPort());
        assertEquals(19094, options.connectPort());
        assertEquals(19095, options.registryPort());
        assertEquals(19096, options.simulatorPort());
        assertEquals(19097, options.replayPort());
        assertEquals("127.0.0.1:19092", options.bootstrapServers());
        assertEquals("http://127.0.0.1:19095/apis/ccompat/v7", options.registryCcompatUrl());
    }

    @Test
    void flagsAndValuesAreRead() {
        StackOptions options = parse("--offline", "--wipe", "--foreground", "--stack-home", "h", "--data-dir", "d",
            "--started-at", "1700000000000", "--live-ws-url", "wss://beta-ws.kraken.com/v2", "--base-port", "29092");
        assertTrue(options.offline());
        assertTrue(options.wipe());
        assertEquals(1_700_000_000_000L, options.startedAt());
        assertEquals(URI.create("wss://beta-ws.kraken.com/v2"), options.liveWsUrl());
        assertEquals(29097, options.replayPort());
    }

    @Test
    void badArgumentsNameTheProblemAndExitWithTwo() {
        assertBad("--live", "run", "--stack-home", "h", "--data-dir", "d", "--live");
        assertBad("--data-dir", "run", "--stack-home", "h", "--data-dir");
        assertBad("--stack-home", "run", "--data-dir", "d", "--offline");
        assertBad("abc", "run", "--stack-home", "h", "--data-dir", "d", "--base-port", "abc");
    }

    private static void assertBad(String named, String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = KrakenConnect.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        assertEquals(2, commandLine.execute(args));
        assertTrue(err.toString().contains(named), err.toString());
        assertTrue(err.toString().contains("See 'kraken-connect run --help'."), err.toString());
    }
}
