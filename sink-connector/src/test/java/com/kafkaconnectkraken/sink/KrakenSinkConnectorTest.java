package com.kafkaconnectkraken.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

class KrakenSinkConnectorTest {

    private static Map<String, String> props() {
        Map<String, String> p = new HashMap<>();
        p.put("topics", "orders");
        p.put("kraken.api.key", "key");
        p.put("kraken.api.secret", "c2VjcmV0");
        p.put("reply.topic", "orders-ack");
        p.put("reply.bootstrap.servers", "127.0.0.1:9092");
        return p;
    }

    @Test
    void tasksGetIdenticalConfigs() {
        KrakenSinkConnector connector = new KrakenSinkConnector();
        connector.start(props());
        List<Map<String, String>> configs = connector.taskConfigs(3);
        assertEquals(3, configs.size());
        configs.forEach(c -> assertEquals(props(), c));
    }

    @Test
    void validateAttachesCrossFieldProblemsToTheirKeys() {
        Map<String, String> p = props();
        p.put("reply.topic", "orders");
        Config config = new KrakenSinkConnector().validate(p);
        ConfigValue reply = config.configValues().stream().filter(v -> v.name().equals("reply.topic")).findFirst()
            .orElseThrow();
        assertEquals(List.of("must not be one of the command topics"), reply.errorMessages());
        assertTrue(new KrakenSinkConnector().validate(props()).configValues().stream()
            .allMatch(v -> v.errorMessages().isEmpty()));
    }

    @Test
    void versionComesFromTheFilteredProperties() {
        assertNotEquals("unknown", new KrakenSinkConnector().version());
        assertTrue(new KrakenSinkConnector().version().startsWith("0."));
    }
}
