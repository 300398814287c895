package com.kafkaconnectkraken.client.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.client.KrakenEndpoints;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KrakenWsConfigTest {

    private static final URI LOCAL = URI.create("ws://127.0.0.1:8080/public/v2");

    @Test
    void defaultsKeepPingsWellInsideKrakensOneMinuteIdleClose() {
        KrakenWsConfig config = KrakenWsConfig.builder(KrakenEndpoints.production().publicWs()).build();
        assertEquals(URI.create("wss://ws.kraken.com/v2"), config.uri());
        assertTrue(config.pingInterval().compareTo(Duration.ofSeconds(60)) < 0);
        assertTrue(config.pingInterval().compareTo(config.staleTimeout()) < 0);
        assertTrue(config.reconnectInitialDelay().compareTo(config.reconnectMaxDelay()) <= 0);
    }

    @Test
    void toBuilderRoundTrips() {
        KrakenWsConfig config = KrakenWsConfig.builder(LOCAL).name("l3").requestTimeout(Duration.ofMillis(200))
                .pingInterval(Duration.ofMillis(100)).staleTimeout(Duration.ofMillis(300))
                .reconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(20), 1.5)
                .maintenanceReconnectDelay(Duration.ZERO).maxRequestsPerSecond(3).build();
        assertEquals(config, config.toBuilder().build());
    }

    @Test
    void rejectsSettingsThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> KrakenWsConfig.builder(URI.create("https://api.kraken.com")).build());
        assertThrows(IllegalArgumentException.class, () -> KrakenWsConfig.builder(LOCAL)
                .pingInterval(Duration.ofSeconds(10)).staleTimeout(Duration.ofSeconds(10)).build());
        assertThrows(IllegalArgumentException.class, () -> KrakenWsConfig.builder(LOCAL).requestTimeout(Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class, () -> KrakenWsConfig.builder(LOCAL)
                .reconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 2.0).build());
        assertThrows(IllegalArgumentException.class, () -> KrakenWsConfig.builder(LOCAL)
                .reconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 0.9).build());
        assertThrows(IllegalArgumentException.class, () -> KrakenWsConfig.builder(LOCAL).maxRequestsPerSecond(0).build());
        assertThrows(IllegalArgumentException.class, () -> KrakenWsConfig.builder(LOCAL).name(" ").build());
        assertThrows(NullPointerException.class, () -> KrakenWsConfig.builder(null).build());
    }
}
