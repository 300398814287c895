package com.kafkaconnectkraken.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Opens the built plugin archives and checks what a Connect worker and a Confluent Hub client rely on:
 * one base directory with {@code lib/}, {@code manifest.json}, {@code doc/}, {@code etc/}; the connector jar
 * and its runtime dependencies in {@code lib/} but no Kafka or SLF4J classes (the worker provides them and a
 * second copy breaks class identity); the connector's {@code META-INF/services} entry (needed by
 * {@code plugin.discovery=service_load}); the manifest fields of the Confluent Hub component format.
 */
class PluginArchiveTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({
        "kafka-connect-kraken-source, source, org.apache.kafka.connect.source.SourceConnector, com.kafkaconnectkraken.source.KrakenSourceConnector|com.kafkaconnectkraken.source.futures.KrakenFuturesSourceConnector|com.kafkaconnectkraken.source.trader.TraderSourceConnector, config.md, ticker.avsc",
        "kafka-connect-kraken-sink, sink, org.apache.kafka.connect.sink.SinkConnector, com.kafkaconnectkraken.sink.KrakenSinkConnector|com.kafkaconnectkraken.sink.trader.TraderSinkConnector, config.md, order_command.avsc"
    })
    void connectorArchiveHasPluginLayout(String name, String kind, String serviceType, String connectorClasses,
            String configReference, String schema) {
        List<String> connectors = List.of(connectorClasses.split("\\|"));
        PluginArchive archive = PluginArchive.open(name);
        String version = PluginArchive.version();
        assertEquals(name + "-" + version + "/", archive.baseDirectory());

        List<String> lib = archive.namesIn("lib");
        String connectorJar = name + "-" + version + ".jar";
        assertTrue(lib.contains(connectorJar), "connector jar in lib/: " + lib);
        for (String dependency : List.of("kraken-client-" + version + ".jar", "kraken-schemas-" + version + ".jar",
                "jackson-databind-", "avro-")) {
            assertTrue(lib.stream().anyMatch(jar -> jar.startsWith(dependency)), dependency + " in lib/: " + lib);
        }
        assertTrue(lib.stream().allMatch(jar -> jar.endsWith(".jar")), "only jars in lib/: " + lib);

        String services = archive.jarText("lib/" + connectorJar, "META-INF/services/" + serviceType);
        assertEquals(connectors, services.lines().map(String::trim).filter(l -> !l.isEmpty()).toList());
        for (String connectorClass : connectors) {
            assertTrue(archive.jarEntries("lib/" + connectorJar).contains(connectorClass.replace('.', '/') + ".class"));
            assertTrue(archive.text("doc/README.md").contains(connectorClass), "the connector's README: " + connectorClass);
        }
        assertTrue(archive.text("doc/" + configReference).contains("`kraken.api.key`"), "generated config reference");
        assertTrue(archive.text("doc/INSTALL.md").contains("plugin.path"), "installation notes");
        assertTrue(archive.text("doc/LICENSE").contains("Apache License"), "licence");
        List<String> schemas = archive.namesIn("doc/schemas");
        assertTrue(schemas.stream().noneMatch(n -> n.startsWith("target")), "no build output in doc/schemas: " + schemas);
        assertTrue(schemas.contains(schema), "Avro contract in doc/schemas: " + schemas);
        assertEquals("sink".equals(kind), schemas.contains("order_ack.avsc"), "only the sink ships the order schemas: " + schemas);
        assertEquals("sink".equals(kind), schemas.contains("trader/order_command.avsc"),
                "the Trader command schema ships with the sink only: " + schemas);
        List<String> etc = archive.namesIn("etc");
        for (String variant : List.of("confluent-avro", "apicurio-avro", "json")) {
            assertTrue(etc.contains(kind + "-" + variant + ".properties"), "standalone example " + variant + ": " + etc);
            assertTrue(etc.contains(kind + "-" + variant + ".json"), "distributed example " + variant + ": " + etc);
        }
        assertTrue(etc.stream().allMatch(f -> f.startsWith(kind + "-") || f.startsWith("futures-" + kind + "-")
                        || f.startsWith("trader-" + kind + "-") || f.equals("README.md")),
                "only this connector's examples: " + etc);
    }

    @ParameterizedTest
    @CsvSource({
        "kafka-connect-kraken-source, source",
        "kafka-connect-kraken-sink, sink",
        "kafka-connect-kraken-apicurio-converter, converter"
    })
    void noArchiveShipsKafkaOrSlf4jClasses(String name, String kind) {
        PluginArchive archive = PluginArchive.open(name);
        for (String jar : archive.namesIn("lib")) {
            assertTrue(!jar.startsWith("kafka-clients") && !jar.startsWith("connect-") && !jar.startsWith("kafka_")
                    && !jar.startsWith("slf4j-"), kind + " archive ships a worker jar: " + jar);
            for (String entry : archive.jarEntries("lib/" + jar)) {
                assertTrue(!entry.startsWith("org/apache/kafka/") && !entry.startsWith("org/slf4j/"),
                        jar + " in " + name + " contains worker class " + entry);
            }
        }
    }

    /**
     * A plugin that ships part of Jackson gets the rest from the worker's class path: two copies of one library
     * in two class loaders (seen as {@code VerifyError: ObjectMapper is not assignable to ObjectCodec}).
     */
    @ParameterizedTest
    @CsvSource({
        "kafka-connect-kraken-source, source",
        "kafka-connect-kraken-sink, sink",
        "kafka-connect-kraken-apicurio-converter, converter"
    })
    void jacksonIsShippedWholeOrNotAtAll(String name, String kind) {
        List<String> lib = PluginArchive.open(name).namesIn("lib");
        for (String part : List.of("jackson-core-", "jackson-databind-", "jackson-annotations-")) {
            assertTrue(lib.stream().anyMatch(jar -> jar.startsWith(part)), kind + " archive lacks " + part + ": " + lib);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "kafka-connect-kraken-source, source",
        "kafka-connect-kraken-sink, sink"
    })
    void manifestFollowsConfluentHubFormat(String name, String componentType) throws IOException {
        JsonNode manifest = JSON.readTree(PluginArchive.open(name).text("manifest.json"));
        assertEquals(name, manifest.path("name").asText());
        assertEquals(PluginArchive.version(), manifest.path("version").asText());
        assertEquals(List.of(componentType), List.of(manifest.path("component_types").get(0).asText()));
        assertEquals(1, manifest.path("component_types").size());
        assertTrue(manifest.path("title").asText().contains("Kraken"));
        assertTrue(manifest.path("description").asText().length() > 40);
        assertTrue(manifest.path("owner").path("username").isTextual());
        assertTrue(manifest.path("owner").path("name").isTextual());
        assertEquals("Apache License, Version 2.0", manifest.path("license").get(0).path("name").asText());
        assertTrue(manifest.path("license").get(0).path("url").asText().startsWith("https://"));
        assertTrue(manifest.path("features").path("kafka_connect_api").asBoolean());
        assertTrue(manifest.path("features").path("single_message_transforms").asBoolean());
        assertTrue(manifest.path("support").path("summary").isTextual());
        assertTrue(manifest.path("tags").isArray() && manifest.path("tags").size() > 0);
        assertTrue(manifest.path("release_date").asText().matches("\\d{4}-\\d{2}-\\d{2}"),
                "release_date yyyy-MM-dd: " + manifest.path("release_date"));
    }

    @Test
    void converterArchiveHoldsApicurioConverterAndItsDependencies() {
        PluginArchive archive = PluginArchive.open("kafka-connect-kraken-apicurio-converter");
        List<String> lib = archive.namesIn("lib");
        for (String jar : List.of("apicurio-registry-utils-converter-2.6.13.Final.jar",
                "apicurio-registry-serdes-avro-serde-2.6.13.Final.jar", "avro-")) {
            assertTrue(lib.stream().anyMatch(j -> j.startsWith(jar)), jar + " in lib/: " + lib);
        }
        assertTrue(archive.jarEntries("lib/apicurio-registry-utils-converter-2.6.13.Final.jar")
                .contains("io/apicurio/registry/utils/converter/AvroConverter.class"));
        String resolver = lib.stream().filter(j -> j.startsWith("kafka-connect-kraken-apicurio-resolver-"))
                .findFirst().orElseThrow(() -> new AssertionError("the caching resolver in lib/: " + lib));
        assertTrue(archive.jarEntries("lib/" + resolver)
                .contains("com/kafkaconnectkraken/apicurio/SchemaInstanceCachingResolver.class"));
    }
}
