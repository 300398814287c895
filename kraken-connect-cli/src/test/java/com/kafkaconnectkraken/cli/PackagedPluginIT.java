package com.kafkaconnectkraken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kafkaconnectkraken.registry.ConfluentAvro;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.testkit.ConnectStack;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the packaged plugins: the archives built by {@code distribution/} are installed into a plugin
 * directory exactly as the stack does it ({@link PluginInstaller}: unzip + Kafka's {@code ConnectPluginPath
 * sync-manifests}) and loaded by a real Connect worker through {@code plugin.path} with
 * {@code plugin.discovery=service_load}. The connector classes are not on this test's class path, so whatever runs
 * came from the archives. The source connector (the stack's own config, Avro through the Apicurio converter from
 * the converter archive) streams from the simulator until records arrive; the sink connector executes the stack's
 * sample order against the simulator's exchange and acknowledges it.
 */
class PackagedPluginIT {

    private static final String API_KEY = "it-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ConnectStack stack;
    private static KrakenSimulator simulator;
    private static String secret;

    @BeforeAll
    static void start() {
        Path stackHome = Path.of(System.getProperty("kraken.stack.home"));
        StackLayout layout = new StackLayout(stackHome, Path.of("target", "it-data").toAbsolutePath());
        layout.createDirectories();
        List<String> plugins = new PluginInstaller(layout).install();
        assertEquals(3, plugins.size(), "source, sink and converter archives installed: " + plugins);

        byte[] key = new byte[64];
        new SecureRandom().nextBytes(key);
        secret = Base64.getEncoder().encodeToString(key);
        simulator = KrakenSimulator.builder().symbols("ETH/USD", "SOL/USD").rate(200).seed(7)
                .account(API_KEY, secret).build().start();
        simulator.exchange().deposit(API_KEY, "USD", new BigDecimal("100000"));
        stack = ConnectStack.builder()
                .workerProperty("plugin.path", layout.plugins().toString())
                .workerProperty("plugin.discovery", "service_load")
                .start();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void connectorsComeFromThePluginPathNotTheClassPath() throws Exception {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.kafkaconnectkraken.source.KrakenSourceConnector"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.kafkaconnectkraken.sink.KrakenSinkConnector"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(stack.cluster().endpointForResource("connector-plugins"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode listed = JSON.readTree(response.body());
        Set<String> found = new java.util.HashSet<>();
        for (JsonNode plugin : listed) {
            String type = plugin.path("type").asText();
            found.add(plugin.path("class").asText() + " " + type);
            if (plugin.path("class").asText().startsWith("com.kafkaconnectkraken.")) {
                assertFalse(plugin.path("version").asText().isBlank(), "version() from the packaged jar: " + plugin);
            }
        }
        assertTrue(found.contains("com.kafkaconnectkraken.source.KrakenSourceConnector source"), found.toString());
        assertTrue(found.contains("com.kafkaconnectkraken.sink.KrakenSinkConnector sink"), found.toString());
    }

    @Test
    void packagedSourceStreamsTheSimulatorAsConfluentAvro() {
        DemoConnectors connectors = new DemoConnectors(stack.registry().registryV2Url());
        stack.deployConnector(DemoConnectors.SOURCE, connectors.generatedSource(simulator.publicWs().toString()));
        stack.awaitRunning(DemoConnectors.SOURCE, 1);

        ConfluentAvro avro = stack.avro();
        for (String type : List.of("ticker", "book", "trade")) {
            ConsumerRecord<byte[], byte[]> record = stack.consume("kraken." + type, 1, Duration.ofSeconds(90)).get(0);
            GenericRecord value = avro.decodeRecord(record.value());
            String symbol = value.get("symbol").toString();
            assertTrue(Set.of("ETH/USD", "SOL/USD").contains(symbol), type + " symbol " + symbol);
            assertEquals(symbol, new String(record.key(), StandardCharsets.UTF_8), "string key = symbol");
        }
    }

    @Test
    void packagedSinkExecutesTheSampleOrderOnTheSimulator() throws Exception {
        DemoConnectors connectors = new DemoConnectors(stack.registry().registryV2Url());
        stack.deployConnector(DemoConnectors.SINK, connectors.sink(simulator.privateWs().toString(),
                simulator.rest().toString(), API_KEY, secret, stack.bootstrapServers()));
        stack.awaitRunning(DemoConnectors.SINK, 1);

        stack.produce(DemoConnectors.COMMANDS_TOPIC, "demo-order".getBytes(StandardCharsets.UTF_8),
                SampleOrder.COMMAND.getBytes(StandardCharsets.UTF_8));
        JsonNode ack = JSON.readTree(stack.consume(DemoConnectors.ACKS_TOPIC, 1, Duration.ofSeconds(90)).get(0).value());
        assertEquals("ACCEPTED", ack.path("status").asText(), ack.toString());
        assertEquals("add_order", ack.path("method").asText());
        assertFalse(ack.path("order_id").asText().isBlank(), ack.toString());
        assertEquals(1, simulator.exchange().ordersPlaced(API_KEY), "one order reached the simulator's exchange");
    }
}
