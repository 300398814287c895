package com.kafkaconnectkraken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StackOptionsTest {

    @Test
    void defaultsAreLiveKrakenAndTheDocumentedPorts() {
        StackOptions options = StackOptions.parse(new String[] {"--stack-home", "h", "--data-dir", "d"});
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
    }

    @Test
    void flagsAndValuesAreRead() {
        StackOptions options = StackOptions.parse(new String[] {"--offline", "--wipe", "--stack-home", "h", "--data-dir", "d",
            "--started-at", "1700000000000", "--live-ws-url", "wss://beta-ws.kraken.com/v2", "--base-port", "29092"});
        assertTrue(options.offline());
        assertTrue(options.wipe());
        assertEquals(1_700_000_000_000L, options.startedAt());
        assertEquals(URI.create("wss://beta-ws.kraken.com/v2"), options.liveWsUrl());
        assertEquals(29097, options.replayPort());
    }

    @Test
    void badArgumentsNameTheProblem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StackOptions.parse(new String[] {"--live"}))
                .getMessage().contains("--live"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StackOptions.parse(new String[] {"--data-dir"}))
                .getMessage().contains("--data-dir"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StackOptions.parse(new String[] {"--offline"}))
                .getMessage().contains("--stack-home"));
    }
}
