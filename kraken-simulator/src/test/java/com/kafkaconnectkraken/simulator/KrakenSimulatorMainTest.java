package com.kafkaconnectkraken.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrakenSimulatorMainTest {

    @Test
    void optionsConfigureTheBuilder() {
        KrakenSimulatorBuilder b = KrakenSimulatorMain.parse(new String[] {"--port", "8081", "--symbols", "BTC/USD, SOL/USD",
            "--rate", "250000", "--seed", "9", "--idle-timeout", "5", "--replay", "builtin:btcusd",
            "--api-key", "k", "--api-secret", "c2VjcmV0"});
        assertEquals(8081, b.port());
        assertEquals(List.of("BTC/USD", "SOL/USD"), b.symbols());
        assertEquals(250000, b.rate());
        assertEquals(9, b.seed());
        assertEquals(Duration.ofSeconds(5), b.idleTimeout());
        assertEquals("builtin:btcusd", b.replaySource());
        assertEquals("k", b.accounts().get(0).getKey());
    }

    @Test
    void badArgumentsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KrakenSimulatorMain.parse(new String[] {"--bogus", "1"}))
                .getMessage().contains("--bogus"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KrakenSimulatorMain.parse(new String[] {"--rate", "fast"}))
                .getMessage().contains("--rate"));
        assertThrows(IllegalArgumentException.class, () -> KrakenSimulatorMain.parse(new String[] {"--port"}));
        assertThrows(IllegalArgumentException.class, () -> KrakenSimulatorMain.parse(new String[] {"--api-key", "k"}));
        assertThrows(IllegalArgumentException.class, () -> KrakenSimulatorMain.parse(new String[] {"--api-key", "k",
            "--api-secret", "not base64!"}));
        assertThrows(IllegalArgumentException.class, () -> KrakenSimulatorMain.parse(new String[] {"--port", "70000"}));
    }
}
