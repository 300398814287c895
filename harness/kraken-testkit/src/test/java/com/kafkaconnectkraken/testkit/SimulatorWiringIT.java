package com.kafkaconnectkraken.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import org.junit.jupiter.api.Test;

/** Connector URL properties for a real, started simulator (URL shapes from KrakenSimulator's Javadoc). */
class SimulatorWiringIT {

    @Test
    void pointsAllFourEndpointsAtTheSimulatorPort() {
        try (KrakenSimulator simulator = KrakenSimulator.builder().build().start()) {
            int port = simulator.port();

            assertEquals(Map.of(
                    "kraken.ws.public.url", "ws://127.0.0.1:" + port + "/public/v2",
                    "kraken.ws.private.url", "ws://127.0.0.1:" + port + "/auth/v2",
                    "kraken.ws.l3.url", "ws://127.0.0.1:" + port + "/l3/v2",
                    "kraken.rest.url", "http://127.0.0.1:" + port),
                    SimulatorConnectorConfig.endpoints(simulator));
            assertEquals(Map.of(
                    "kraken.ws.private.url", "ws://127.0.0.1:" + port + "/auth/v2",
                    "kraken.rest.url", "http://127.0.0.1:" + port),
                    SimulatorConnectorConfig.tradingEndpoints(simulator));
        }
    }

    @Test
    void credentialsUseConnectorKeys() {
        assertEquals(Map.of("kraken.api.key", "key-1", "kraken.api.secret", "c2VjcmV0"),
                SimulatorConnectorConfig.credentials("key-1", "c2VjcmV0"));
    }
}
