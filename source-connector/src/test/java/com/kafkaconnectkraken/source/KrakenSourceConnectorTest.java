package com.kafkaconnectkraken.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.source.offset.HistoryCursor;
import com.kafkaconnectkraken.source.offset.HistoryPartition;
import com.kafkaconnectkraken.testkit.SimulatorConnectorConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;
import org.junit.jupiter.api.Test;

class KrakenSourceConnectorTest {

    private static Map<String, String> props(String... kv) {
        Map<String, String> props = new HashMap<>();
        props.put("name", "kraken");
        for (int i = 0; i < kv.length; i += 2) {
            props.put(kv[i], kv[i + 1]);
        }
        return props;
    }

    private static List<Map<String, String>> taskConfigs(Map<String, String> props, int maxTasks) {
        KrakenSourceConnector connector = new KrakenSourceConnector();
        connector.start(props);
        return connector.taskConfigs(maxTasks);
    }

    @Test
    void symbolsAreSplitSoEachGoesToExactlyOneTaskAndGlobalWorkToTaskZero() {
        List<Map<String, String>> tasks = taskConfigs(props("channels", "book,trade,executions",
                "symbols", "BTC/USD,ETH/USD,SOL/USD,XRP/USD,ADA/USD", "kraken.api.key", "k", "kraken.api.secret", "c2Vj"), 3);
        assertEquals(3, tasks.size());
        List<String> assigned = new ArrayList<>();
        tasks.forEach(t -> assigned.addAll(Arrays.asList(t.get("task.symbols").split(","))));
        assertEquals(5, assigned.size());
        assertEquals(Set.of("BTC/USD", "ETH/USD", "SOL/USD", "XRP/USD", "ADA/USD"), new HashSet<>(assigned));
        assertEquals(List.of("true", "false", "false"), tasks.stream().map(t -> t.get("task.global")).toList());
        assertEquals(List.of("0", "1", "2"), tasks.stream().map(t -> t.get("task.id")).toList());
    }

    @Test
    void neverMoreTasksThanSymbolsAndOneTaskForAccountOnlyWork() {
        assertEquals(2, taskConfigs(props("symbols", "BTC/USD,ETH/USD"), 8).size());
        List<Map<String, String>> accountOnly = taskConfigs(props("channels", "balances", "rest.endpoints", "Ledgers",
                "kraken.api.key", "k", "kraken.api.secret", "c2Vj"), 4);
        assertEquals(1, accountOnly.size());
        assertEquals("", accountOnly.get(0).get("task.symbols"));
        assertEquals("true", accountOnly.get(0).get("task.global"));
    }

    @Test
    void validateReportsCrossFieldErrorsOnTheRightKey() {
        List<ConfigValue> values = new KrakenSourceConnector().validate(props("channels", "executions,book")).configValues();
        assertTrue(errors(values, "kraken.api.key").get(0).contains("executions"));
        assertTrue(errors(values, "kraken.api.secret").get(0).contains("executions"));
        assertTrue(errors(values, "symbols").get(0).contains("book"));
        assertEquals(List.of(), errors(values, "channels"));
        List<ConfigValue> singleKey = new KrakenSourceConnector().validate(props("book.depth", "7")).configValues();
        assertEquals(1, errors(singleKey, "book.depth").size());
        List<ConfigValue> ok = new KrakenSourceConnector().validate(props("symbols", "BTC/USD")).configValues();
        assertTrue(ok.stream().allMatch(v -> v.errorMessages().isEmpty()));
    }

    @Test
    void validateRejectsASymbolTheExchangeDoesNotListAndNamesOnlyThatOne() {
        try (KrakenSimulator simulator = KrakenSimulator.builder().build().start()) {
            Map<String, String> props = props("symbols", "BTC/USD,NOTACOIN/USD");
            props.putAll(SimulatorConnectorConfig.endpoints(simulator));
            List<String> errors = errors(new KrakenSourceConnector().validate(props).configValues(), "symbols");
            assertEquals(1, errors.size(), errors.toString());
            assertTrue(errors.get(0).endsWith("[NOTACOIN/USD]"), errors.get(0));
            props.put("symbols", "BTC/USD,ETH/USD");
            assertTrue(new KrakenSourceConnector().validate(props).configValues().stream()
                    .allMatch(v -> v.errorMessages().isEmpty()));
        }
    }

    @Test
    void validatePassesWhenTheInstrumentListIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        List<ConfigValue> values = new KrakenSourceConnector().validate(props("symbols", "NOTACOIN/USD",
                "kraken.rest.url", "http://127.0.0.1:" + closedPort)).configValues();
        assertTrue(values.stream().allMatch(v -> v.errorMessages().isEmpty()), values.toString());
    }

    @Test
    void validateRejectsAMisspeltOwnKeyWithTheClosestKnownKey() {
        List<ConfigValue> values = new KrakenSourceConnector().validate(props("symbols", "BTC/USD",
                "kraken.api.secert", "c2Vj", "rest.poll.ledger.interval.ms", "1000", "topic.creation.default.partitions", "1",
                "kraken.completely.unrelated.key", "x")).configValues();
        List<String> all = values.stream().flatMap(v -> v.errorMessages().stream()).toList();
        assertEquals(3, all.size(), all.toString());
        assertTrue(all.contains("kraken.api.secert: unknown key of this connector; did you mean kraken.api.secret?"), all.toString());
        assertTrue(all.contains("rest.poll.ledger.interval.ms: unknown key of this connector; "
                + "did you mean rest.poll.ledgers.interval.ms?"), all.toString());
        assertTrue(all.contains("kraken.completely.unrelated.key: unknown key of this connector"), all.toString());
    }

    private static List<String> errors(List<ConfigValue> values, String key) {
        return values.stream().filter(v -> v.name().equals(key)).findFirst().orElseThrow().errorMessages();
    }

    @Test
    void exactlyOnceIsSupportedAndOnlyHistoryOffsetsCanBeAltered() {
        KrakenSourceConnector connector = new KrakenSourceConnector();
        assertEquals(ExactlyOnceSupport.SUPPORTED, connector.exactlyOnceSupport(props()));
        Map<Map<String, ?>, Map<String, ?>> offsets = new HashMap<>();
        offsets.put(HistoryPartition.forApiKey("Ledgers", "k").toMap(),
                HistoryCursor.at("L4UESK-KG3EQ-UFO4T5", new BigDecimal("1688464484.1787")).toMap("ledger_id"));
        offsets.put(HistoryPartition.forApiKey("TradesHistory", "k").toMap(),
                HistoryCursor.at("TCCCTY-WE4AB-2NJBFR", new BigDecimal("1688667796.8802")).toMap("txid"));
        offsets.put(HistoryPartition.forApiKey("ClosedOrders", "k").toMap(),
                Map.of("version", 1, "order_id", "OQCLML-BW3P3-BUCMWZ", "time", "1688666559.8974"));
        assertTrue(connector.alterOffsets(props(), offsets));
        offsets.put(HistoryPartition.forApiKey("Ledgers", "k").toMap(), null);
        assertTrue(connector.alterOffsets(props(), offsets));
        assertThrows(ConnectException.class, () -> connector.alterOffsets(props(), Map.of(
                HistoryPartition.forApiKey("TradesHistory", "k").toMap(), Map.of("version", 2, "ledger_id", "L", "time", "1"))));
        assertThrows(ConnectException.class, () -> connector.alterOffsets(props(),
                Map.of(Map.of("endpoint", "Balance", "account", "x"), Map.of("version", 2))));
        assertThrows(ConnectException.class, () -> connector.alterOffsets(props(),
                Map.of(Map.of("endpoint", "Ledgers", "account", "x"), Map.of("version", 9))));
        assertThrows(ConnectException.class, () -> connector.alterOffsets(props(),
                Map.of(Map.of("channel", "book"), Map.of("version", 1))));
    }

    @Test
    void pluginIsDiscoverableAndVersioned() {
        boolean found = ServiceLoader.load(SourceConnector.class).stream()
                .anyMatch(p -> p.type() == KrakenSourceConnector.class);
        assertTrue(found);
        assertEquals("0.1.0-SNAPSHOT", new KrakenSourceConnector().version());
        assertEquals(new KrakenSourceConnector().version(), new KrakenSourceTask().version());
    }
}
