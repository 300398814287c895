package com.kafkaconnectkraken.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The seven converter properties INFRA.md lists for the Confluent wire format plus the caching resolver, with both prefixes. */
class ApicurioConverterConfigTest {

    private static final String URL = "http://127.0.0.1:1234/apis/registry/v2";

    @Test
    void valueConverterHasTheConfluentWireFormatPropertiesAndTheCachingResolver() {
        assertEquals(Map.of(
                "value.converter", "io.apicurio.registry.utils.converter.AvroConverter",
                "value.converter.apicurio.registry.url", URL,
                "value.converter.apicurio.registry.auto-register", "true",
                "value.converter.apicurio.registry.find-latest", "true",
                "value.converter.apicurio.registry.as-confluent", "true",
                "value.converter.apicurio.registry.use-id", "contentId",
                "value.converter.apicurio.registry.headers.enabled", "false",
                "value.converter.apicurio.registry.schema-resolver",
                "com.kafkaconnectkraken.apicurio.SchemaInstanceCachingResolver"),
                ApicurioConverterConfig.valueConverter(URL));
    }

    @Test
    void keyConverterUsesKeyPrefix() {
        Map<String, String> props = ApicurioConverterConfig.keyConverter(URL);

        assertEquals(8, props.size());
        assertEquals("io.apicurio.registry.utils.converter.AvroConverter", props.get("key.converter"));
        assertEquals("true", props.get("key.converter.apicurio.registry.as-confluent"));
        assertEquals(URL, props.get("key.converter.apicurio.registry.url"));
    }

    @Test
    void converterPropertiesAreUnprefixed() {
        Map<String, String> props = ApicurioConverterConfig.converterProperties(URL);

        assertEquals(7, props.size());
        assertEquals("contentId", props.get("apicurio.registry.use-id"));
        assertEquals("false", props.get("apicurio.registry.headers.enabled"));
    }
}
