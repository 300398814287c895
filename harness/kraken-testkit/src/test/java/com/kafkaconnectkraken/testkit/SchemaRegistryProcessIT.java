package com.kafkaconnectkraken.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kafkaconnectkraken.registry.ConfluentAvro;
import com.kafkaconnectkraken.registry.RegistryDistribution;
import com.kafkaconnectkraken.registry.SchemaRegistryProcess;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Apicurio registry child process ({@link SchemaRegistryProcess} of module schema-registry, run here on the
 * distribution this module's build unpacks): readiness, the Confluent-compatible API, failure reporting, stop.
 */
class SchemaRegistryProcessIT {

    private static final String TRADE_SCHEMA = "{\"type\":\"record\",\"name\":\"Trade\",\"namespace\":\"it\",\"fields\":["
            + "{\"name\":\"symbol\",\"type\":\"string\"},{\"name\":\"qty\",\"type\":\"long\"}]}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void schemaRegisteredThroughCcompatDecodesConfluentFramedBytes() throws Exception {
        SchemaRegistryProcess registry = SchemaRegistryProcess.start(TestRegistryDistribution.locate(), dir.resolve("logs"));
        try {
            int id = register(registry, "trades-value", TRADE_SCHEMA);
            // Avro binary per the spec: "BTC/USD" = zig-zag length 14 (0x0E) + UTF-8; 42 = zig-zag 84 (0x54)
            byte[] datum = {0x0E, 'B', 'T', 'C', '/', 'U', 'S', 'D', 0x54};
            byte[] payload = ByteBuffer.allocate(5 + datum.length).put((byte) 0).putInt(id).put(datum).array();

            GenericRecord trade = new ConfluentAvro(registry.ccompatUrl()).decodeRecord(payload);

            assertEquals("it.Trade", trade.getSchema().getFullName());
            assertEquals("BTC/USD", trade.get("symbol").toString());
            assertEquals(42L, trade.get("qty"));
        } finally {
            registry.close();
        }
        assertFalse(registry.isAlive());
        HttpRequest probe = HttpRequest.newBuilder(URI.create(registry.ccompatUrl() + "/subjects")).build();
        assertThrows(IOException.class, () -> http.send(probe, HttpResponse.BodyHandlers.discarding()));
    }

    @Test
    void registryThatCannotStartReportsExitCodeAndLogFile() throws IOException {
        Path home = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(home.resolve("broken-runner.jar"), "not a jar");
        RegistryDistribution broken = RegistryDistribution.of(home, TestRegistryDistribution.locate().java());

        try (SchemaRegistryProcess registry = SchemaRegistryProcess.launch(broken, dir.resolve("logs"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> registry.awaitReady(Duration.ofSeconds(60)));

            assertTrue(e.getMessage().contains("exited with code"), e.getMessage());
            assertTrue(e.getMessage().contains(registry.logFile().toString()), e.getMessage());
            assertTrue(Files.size(registry.logFile()) > 0, "the java launcher's error is in the log");
        }
    }

    private int register(SchemaRegistryProcess registry, String subject, String schema) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("schema", schema);
        HttpRequest request = HttpRequest.newBuilder(URI.create(registry.ccompatUrl() + "/subjects/" + subject + "/versions"))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).path("id").asInt();
    }
}
