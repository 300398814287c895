package com.kafkaconnectkraken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Submits {@code config-examples/} to the running demo worker as a user would: for each connector kind the JSON
 * variant's POST body to {@code POST /connectors} (201), then the Apicurio Avro variant's PUT body to
 * {@code PUT /connectors/<name>/config} (200, an update of the same connector), each time until the connector and
 * its tasks are RUNNING on the new config, then {@code DELETE}. Names must not clash with the demo's connectors
 * (a clash answers 409).
 *
 * <p>Only what points at a place is changed, as a user adapts an example to a cluster: the venue URLs (Kraken's
 * production hosts, unreachable here) become the demo simulator's, the registry and broker placeholders the demo's,
 * the credential files of {@code ${file:...}} references files holding the demo accounts' credentials (read from
 * the demo sinks' configs), the Trader account ids the demo account (an account must be the login's own), and the
 * DLQ replication factor 1 (the demo has one broker). Confluent's AvroConverter
 * is not on Maven Central, so the {@code *-confluent-avro} variants are only validated (plugin-tests).
 */
final class ConfigExamplesOnDemo {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KINDS = List.of("source", "futures-source", "trader-source", "sink", "trader-sink");

    private final StackOptions options;
    private final Path examples = Path.of(System.getProperty("kraken.config.examples.dir"));
    private final HttpClient http = HttpClient.newHttpClient();
    private final ConnectRest rest;
    private final Map<String, String> files = new LinkedHashMap<>();
    private final String traderAccounts;

    private ConfigExamplesOnDemo(StackOptions options, Path workDir) throws IOException {
        this.options = options;
        this.rest = new ConnectRest("http://127.0.0.1:" + options.connectPort());
        JsonNode sink = get("/connectors/" + DemoConnectors.SINK + "/config");
        Path kraken = Files.writeString(workDir.resolve("kraken-credentials.properties"),
                "api.key=" + sink.path("kraken.api.key").asText() + "\napi.secret=" + sink.path("kraken.api.secret").asText() + "\n");
        JsonNode trader = get("/connectors/" + DemoConnectors.TRADER_SINK + "/config");
        Path login = Files.writeString(workDir.resolve("trader-credentials.properties"),
                "username=" + trader.path("trader.username").asText() + "\npassword=" + trader.path("trader.password").asText() + "\n");
        traderAccounts = get("/connectors/" + DemoConnectors.TRADER_SOURCE + "/config").path("trader.account.ids").asText();
        files.put("/etc/kafka-connect/kraken-credentials.properties", kraken.toString());
        files.put("/etc/kafka-connect/trader-credentials.properties", login.toString());
    }

    /** Runs every example kind through POST, PUT and DELETE on the demo worker of {@code options}. */
    static void submitEach(StackOptions options, Path workDir) {
        try {
            ConfigExamplesOnDemo run = new ConfigExamplesOnDemo(options, workDir);
            for (String kind : KINDS) {
                run.postPutDelete(kind);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void postPutDelete(String kind) throws IOException {
        JsonNode post = JSON.readTree(examples.resolve(kind + "-json.json").toFile());
        String name = post.path("name").asText();
        ((ObjectNode) post).set("config", adapted(kind, (ObjectNode) post.path("config")));
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/connectors")).POST(body(post)));
        assertEquals(201, created.statusCode(), kind + "-json.json: " + created.body());
        awaitRunning(name, "org.apache.kafka.connect.storage.StringConverter", "org.apache.kafka.connect.json.JsonConverter");

        ObjectNode put = adapted(kind, (ObjectNode) JSON.readTree(examples.resolve(kind + "-apicurio-avro.config.json").toFile()));
        HttpResponse<String> updated = send(HttpRequest.newBuilder(uri("/connectors/" + name + "/config")).PUT(body(put)));
        assertEquals(200, updated.statusCode(), kind + "-apicurio-avro.config.json: " + updated.body());
        awaitRunning(name, "io.apicurio.registry.utils.converter.AvroConverter");
        System.out.println("config example " + name + ": POST " + kind + "-json.json RUNNING, PUT " + kind
                + "-apicurio-avro.config.json RUNNING");
        assertTrue(rest.deleteConnector(name, Duration.ofSeconds(30)), name);
    }

    /** The example with its places pointed at the demo (see the class comment); every other setting kept. */
    private ObjectNode adapted(String kind, ObjectNode config) {
        ObjectNode out = config.deepCopy();
        String simulatorHost = "127.0.0.1:" + options.simulatorPort();
        switch (kind) {
            case "source" -> out.put("kraken.ws.public.url", "ws://" + simulatorHost + "/public/v2")
                    .put("kraken.rest.url", "http://" + simulatorHost);
            case "futures-source" -> out.put("futures.ws.url", "ws://" + simulatorHost + "/ws/v1")
                    .put("futures.rest.url", "http://" + simulatorHost);
            case "sink" -> out.put("kraken.ws.private.url", "ws://" + simulatorHost + "/auth/v2")
                    .put("kraken.rest.url", "http://" + simulatorHost);
            default -> out.put("trader.url", "ws://" + simulatorHost + "/api/v1/ws");
        }
        config.properties().forEach(e -> {
            String value = e.getValue().asText();
            if (e.getKey().endsWith("apicurio.registry.url")) {
                out.put(e.getKey(), "http://127.0.0.1:" + options.registryPort() + "/apis/registry/v2");
            } else if (e.getKey().equals("reply.bootstrap.servers")) {
                out.put(e.getKey(), options.bootstrapServers());
            } else if (e.getKey().equals("trader.account.ids")) {
                out.put(e.getKey(), traderAccounts);
            } else if (value.startsWith("${file:")) {
                files.forEach((example, local) -> out.put(e.getKey(), out.path(e.getKey()).asText().replace(example, local)));
            }
        });
        if (out.has("errors.deadletterqueue.topic.name")) {
            out.put("errors.deadletterqueue.topic.replication.factor", "1");
        }
        return out;
    }

    /** Waits until the tasks run with {@code converters} as value (and reply) converters and stay RUNNING 3 s. */
    private void awaitRunning(String name, String... converters) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        long runningSince = 0;
        while (System.nanoTime() < deadline) {
            JsonNode status = rest.status(name);
            boolean running = status != null && ConnectorDeployer.running(status) && onConfig(name, converters);
            assertTrue(status == null || !status.toString().contains("\"FAILED\""), name + " FAILED: " + status);
            runningSince = running ? (runningSince == 0 ? System.nanoTime() : runningSince) : 0;
            if (running && System.nanoTime() - runningSince > Duration.ofSeconds(3).toNanos()) {
                return;
            }
            Wait.sleep(300);
        }
        throw new AssertionError(name + " not RUNNING on " + List.of(converters) + " within 90 s: " + rest.status(name));
    }

    /** @return whether every task's config names {@code converters} (the worker restarted the tasks on the PUT) */
    private boolean onConfig(String name, String... converters) throws IOException {
        JsonNode tasks = JSON.readTree(send(HttpRequest.newBuilder(uri("/connectors/" + name + "/tasks")).GET()).body());
        for (JsonNode task : tasks) {
            String config = task.path("config").toString();
            for (String converter : converters) {
                if (!config.contains("\"" + converter + "\"")) {
                    return false;
                }
            }
        }
        return !tasks.isEmpty();
    }

    private JsonNode get(String path) throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + options.connectPort() + path);
    }

    private static HttpRequest.BodyPublisher body(JsonNode json) throws IOException {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.header("Content-Type", "application/json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
