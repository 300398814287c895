package com.kafkaconnectkraken.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.testkit.SimulatorConnectorConfig;
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
    void tasksGetTheConnectorConfigAndTheirNumber() {
        KrakenSinkConnector connector = new KrakenSinkConnector();
        connector.start(props());
        List<Map<String, String>> configs = connector.taskConfigs(3);
        assertEquals(3, configs.size());
        for (int i = 0; i < 3; i++) {
            Map<String, String> expected = props();
            expected.put("task.id", Integer.toString(i));
            assertEquals(expected, configs.get(i));
        }
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
    void validateRejectsAGuardSymbolTheExchangeDoesNotList() {
        try (KrakenSimulator simulator = KrakenSimulator.builder().build().start()) {
            Map<String, String> p = props();
            p.putAll(SimulatorConnectorConfig.tradingEndpoints(simulator));
            p.put("guard.symbols", "ETH/USD,NOTACOIN/USD");
            assertEquals(List.of("unknown to Kraken's tradable pairs (REST AssetPairs at " + p.get("kraken.rest.url")
                + "): [NOTACOIN/USD]"), errors(new KrakenSinkConnector().validate(p), "guard.symbols"));
            p.put("guard.symbols", "ETH/USD,BTC/USD");
            assertTrue(new KrakenSinkConnector().validate(p).configValues().stream()
                .allMatch(v -> v.errorMessages().isEmpty()));
        }
    }

    @Test
    void validateRejectsUnknownOwnKeysWithASuggestionAndLeavesConnectKeysAlone() {
        Map<String, String> p = props();
        p.put("guard.max.quantity", "ETH/USD:1");
        p.put("dms.enable", "true");
        p.put("reply.value.converter.schemas.enable", "false");
        p.put("reply.producer.security.protocol", "SSL");
        p.put("errors.tolerance", "all");
        p.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        List<String> all = new KrakenSinkConnector().validate(p).configValues().stream()
            .flatMap(v -> v.errorMessages().stream()).toList();
        assertEquals(List.of("dms.enable: unknown key of this connector; did you mean dms.enabled?",
            "guard.max.quantity: unknown key of this connector; did you mean guard.max.qty?"), all);
    }

    @Test
    void validateRejectsNonPositiveGuardLimitsOnTheirKeyEvenBesideOtherErrors() {
        Map<String, String> p = props();
        p.put("guard.max.qty", "ETH/USD:-1");
        p.put("guard.max.notional", "ETH/USD:0");
        p.put("dms.timeout.seconds", "0");
        Config config = new KrakenSinkConnector().validate(p);
        assertEquals(List.of("Invalid value ETH/USD:-1 for configuration guard.max.qty: entry 'ETH/USD:-1' must have "
            + "a positive limit"), errors(config, "guard.max.qty"));
        assertEquals(1, errors(config, "guard.max.notional").size());
        assertEquals(1, errors(config, "dms.timeout.seconds").size());
    }

    private static List<String> errors(Config config, String key) {
        return config.configValues().stream().filter(v -> v.name().equals(key)).findFirst().orElseThrow().errorMessages();
    }

    @Test
    void versionComesFromTheFilteredProperties() {
        assertNotEquals("unknown", new KrakenSinkConnector().version());
        assertTrue(new KrakenSinkConnector().version().startsWith("0."));
    }
}
