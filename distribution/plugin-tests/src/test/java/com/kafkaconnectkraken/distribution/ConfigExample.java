package com.kafkaconnectkraken.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One example of {@code config-examples/}: {@code <kind>-<variant>.properties} (standalone),
 * {@code <kind>-<variant>.json} (distributed: the body of {@code POST /connectors}, {@code {"name": ..., "config": {...}}})
 * and {@code <kind>-<variant>.config.json} (the body of {@code PUT /connectors/<name>/config}: the config alone).
 *
 * @param kind    {@code source}, {@code futures-source}, {@code trader-source}, {@code sink} or {@code trader-sink}
 * @param variant {@code confluent-avro}, {@code apicurio-avro} or {@code json}
 */
record ConfigExample(String kind, String variant) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Path dir() {
        return Path.of(System.getProperty("kraken.config.examples.dir"));
    }

    /** @return every example found in the directory, by its .properties file */
    static Stream<ConfigExample> all() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties")).sorted()
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .map(ConfigExample::parse)
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The connector kinds, longest first so {@code futures-source} is not read as kind {@code futures}. */
    static final List<String> KINDS = List.of("futures-source", "trader-source", "trader-sink", "source", "sink");

    private static ConfigExample parse(String baseName) {
        for (String kind : KINDS) {
            if (baseName.startsWith(kind + "-")) {
                return new ConfigExample(kind, baseName.substring(kind.length() + 1));
            }
        }
        throw new AssertionError("config-examples/" + baseName + ": not <kind>-<variant> with a kind of " + KINDS);
    }

    /** @return whether the example configures a sink connector */
    boolean sink() {
        return kind.endsWith("sink");
    }

    String baseName() {
        return kind + "-" + variant;
    }

    /** @return the standalone file's settings, sorted by key */
    Map<String, String> properties() {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(dir().resolve(baseName() + ".properties"), StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> sorted = new TreeMap<>();
        props.stringPropertyNames().forEach(k -> sorted.put(k, props.getProperty(k)));
        return sorted;
    }

    /** @return the REST body's {@code name} plus its {@code config} entries, sorted by key */
    Map<String, String> restBody() {
        try {
            JsonNode body = JSON.readTree(dir().resolve(baseName() + ".json").toFile());
            Map<String, String> settings = strings(body.path("config"), ".json");
            settings.put("name", body.path("name").asText());
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the PUT body's entries ({@code <kind>-<variant>.config.json}), sorted by key */
    Map<String, String> putBody() {
        try {
            return strings(JSON.readTree(dir().resolve(baseName() + ".config.json").toFile()), ".config.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the settings without worker-level converter overrides ({@code key.converter*}, {@code value.converter*}) */
    Map<String, String> connectorSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        properties().forEach((k, v) -> {
            if (!k.startsWith("key.converter") && !k.startsWith("value.converter")) {
                settings.put(k, v);
            }
        });
        return settings;
    }

    /** @return the settings under {@code prefix.}, prefix removed (what a converter's configure() receives) */
    Map<String, String> under(String prefix) {
        Map<String, String> settings = new LinkedHashMap<>();
        properties().forEach((k, v) -> {
            if (k.startsWith(prefix + ".")) {
                settings.put(k.substring(prefix.length() + 1), v);
            }
        });
        return settings;
    }

    private Map<String, String> strings(JsonNode config, String suffix) {
        Map<String, String> settings = new TreeMap<>();
        config.properties().forEach(e -> {
            if (!e.getValue().isTextual()) {
                throw new AssertionError(baseName() + suffix + ": " + e.getKey() + " must be a JSON string, is " + e.getValue());
            }
            settings.put(e.getKey(), e.getValue().textValue());
        });
        return settings;
    }

    @Override
    public String toString() {
        return baseName();
    }
}
