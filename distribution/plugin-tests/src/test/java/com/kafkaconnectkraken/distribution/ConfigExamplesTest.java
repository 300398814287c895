package com.kafkaconnectkraken.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.sink.KrakenSinkConnector;
import com.kafkaconnectkraken.sink.trader.TraderSinkConnector;
import com.kafkaconnectkraken.source.KrakenSourceConnector;
import com.kafkaconnectkraken.source.futures.KrakenFuturesSourceConnector;
import com.kafkaconnectkraken.source.trader.TraderSourceConnector;
import io.apicurio.registry.utils.converter.AvroConverter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.StringConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of {@code config-examples/} is a config the connector accepts: its connector settings pass the
 * connector's own {@code validate()} with no error (after {@code ${file:...}} references are resolved, as the worker
 * does before validating); its converter settings (worker-level overrides the
 * connector does not know) are present, name the converter of the example's variant and configure a real
 * converter; the standalone {@code .properties}, the distributed {@code .json} (POST body) and {@code .config.json}
 * (PUT body) hold the same settings.
 *
 * <p>Confluent's converter is not on Maven Central, so {@code io.confluent.*} classes cannot be loaded here: for
 * the sink's {@code reply.value.converter} (a class-typed connector key) the only error allowed is exactly that
 * class not being found, and the converter's settings are checked by shape (registry URL).
 */
class ConfigExamplesTest {

    private static final String CONFLUENT_AVRO = "io.confluent.connect.avro.AvroConverter";
    private static final String APICURIO_AVRO = "io.apicurio.registry.utils.converter.AvroConverter";

    static Stream<ConfigExample> examples() {
        return ConfigExample.all();
    }

    @Test
    void everyConnectorHasEveryVariant() {
        Set<String> found = examples().map(ConfigExample::baseName).collect(Collectors.toSet());
        for (String kind : ConfigExample.KINDS) {
            for (String variant : List.of("confluent-avro", "apicurio-avro", "json")) {
                assertTrue(found.contains(kind + "-" + variant), kind + "-" + variant + " missing in " + found);
            }
        }
        assertEquals(3 * ConfigExample.KINDS.size(), found.size(), "unexpected examples: " + found);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void propertiesPostBodyAndPutBodyHoldTheSameSettings(ConfigExample example) {
        assertEquals(new TreeMap<>(example.properties()), example.restBody());
        Map<String, String> withoutName = new TreeMap<>(example.restBody());
        withoutName.remove("name");
        assertEquals(withoutName, example.putBody(), "the PUT body is the POST body's config");
    }

    @Test
    void eachConnectorKindHasOneNameAcrossItsVariantsThatIsNotTheDemos() {
        Map<String, Set<String>> names = examples().collect(Collectors.groupingBy(ConfigExample::kind,
                Collectors.mapping(e -> e.restBody().get("name"), Collectors.toSet())));
        names.forEach((kind, set) -> {
            assertEquals(1, set.size(), kind + ": one connector name, so PUT of another variant updates it: " + set);
            // ./kraken-connect run deploys kraken-source, kraken-sink, trader-source, ...: examples end in -example
            assertTrue(set.iterator().next().endsWith("-example"), kind + ": " + set);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void connectorSettingsPassValidate(ConfigExample example) {
        Map<String, String> settings = WorkerConfigResolution.resolve(example.connectorSettings());
        Connector connector = switch (example.kind()) {
            case "source" -> new KrakenSourceConnector();
            case "futures-source" -> new KrakenFuturesSourceConnector();
            case "trader-source" -> new TraderSourceConnector();
            case "trader-sink" -> new TraderSinkConnector();
            default -> new KrakenSinkConnector();
        };
        assertEquals(connector.getClass().getName(), settings.get("connector.class"));
        Map<String, List<String>> errors = new TreeMap<>();
        for (ConfigValue value : connector.validate(settings).configValues()) {
            if (!value.errorMessages().isEmpty()) {
                errors.put(value.name(), value.errorMessages());
            }
        }
        errors.entrySet().removeIf(e -> unloadableConfluentClass(settings.get(e.getKey()), e.getValue()));
        assertEquals(Map.of(), errors, example + " fails validate()");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void converterSettingsArePresentAndConfigureTheConverter(ConfigExample example) {
        Map<String, String> all = example.properties();
        assertEquals(StringConverter.class.getName(), all.get("key.converter"), "Kraken keys are strings (symbols)");
        List<String> converters = example.sink()
                ? List.of("value.converter", "reply.value.converter") : List.of("value.converter");
        for (String prefix : converters) {
            String converterClass = all.get(prefix);
            assertNotNull(converterClass, prefix + " missing in " + example);
            Map<String, String> settings = example.under(prefix);
            switch (example.variant()) {
                case "confluent-avro" -> {
                    assertEquals(CONFLUENT_AVRO, converterClass);
                    assertEquals(Set.of("schema.registry.url"), settings.keySet());
                    assertHttpUrl(settings.get("schema.registry.url"));
                }
                case "apicurio-avro" -> {
                    assertEquals(APICURIO_AVRO, converterClass);
                    assertEquals(Map.of("apicurio.registry.auto-register", "true",
                            "apicurio.registry.find-latest", "true",
                            "apicurio.registry.as-confluent", "true",
                            "apicurio.registry.use-id", "contentId",
                            "apicurio.registry.headers.enabled", "false",
                            "apicurio.registry.schema-resolver",
                            "com.kafkaconnectkraken.apicurio.SchemaInstanceCachingResolver"),
                            without(settings, "apicurio.registry.url"),
                            "INFRA.md's Confluent wire-format settings and the caching resolver");
                    assertHttpUrl(settings.get("apicurio.registry.url"));
                    assertTrue(settings.get("apicurio.registry.url").endsWith("/apis/registry/v2"));
                    configure(new AvroConverter<>(), settings);
                }
                case "json" -> {
                    if (example.sink() && "value.converter".equals(prefix)) {
                        // JSON commands as text: the sink parses them, so bytes that are not JSON reach it (INVALID)
                        assertEquals(StringConverter.class.getName(), converterClass);
                        assertEquals(Map.of(), settings);
                        continue;
                    }
                    assertEquals(JsonConverter.class.getName(), converterClass);
                    assertTrue(Set.of("true", "false").contains(settings.get("schemas.enable")));
                    configure(new JsonConverter(), settings);
                }
                default -> throw new AssertionError("unknown variant " + example.variant());
            }
        }
    }

    private static void configure(Converter converter, Map<String, String> settings) {
        converter.configure(settings, false);
    }

    private static Map<String, String> without(Map<String, String> settings, String key) {
        Map<String, String> copy = new TreeMap<>(settings);
        copy.remove(key);
        return copy;
    }

    private static void assertHttpUrl(String url) {
        assertNotNull(url, "registry URL");
        URI uri = URI.create(url);
        assertTrue(Set.of("http", "https").contains(uri.getScheme()) && uri.getHost() != null, "registry URL " + url);
    }

    /** Confluent's classes are not resolvable from this build's repository; that one error is expected. */
    private static boolean unloadableConfluentClass(String value, List<String> messages) {
        if (value == null || !value.startsWith("io.confluent.")) {
            return false;
        }
        try {
            Class.forName(value);
            return false;
        } catch (ClassNotFoundException e) {
            return messages.size() == 1 && messages.get(0).contains(value) && messages.get(0).contains("not be found");
        }
    }

    @Test
    void sinkExamplesNeverCarryLiteralCredentials() {
        examples().filter(ConfigExample::sink).forEach(e -> {
            Map<String, String> settings = e.properties();
            List<String> secrets = "sink".equals(e.kind()) ? List.of("kraken.api.key", "kraken.api.secret")
                    : List.of("trader.username", "trader.password");
            for (String key : secrets) {
                assertTrue(settings.get(key).startsWith("${file:"), e + ": " + key + " comes from a ConfigProvider");
            }
        });
        assertFalse(examples().anyMatch(e -> "source".equals(e.kind()) && e.properties().containsKey("kraken.api.secret")),
                "source examples stream public data only");
    }
}
