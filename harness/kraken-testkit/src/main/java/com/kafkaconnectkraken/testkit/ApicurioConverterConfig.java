package com.kafkaconnectkraken.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Configuration of Apicurio's {@code io.apicurio.registry.utils.converter.AvroConverter} so that it writes
 * the Confluent wire format: magic byte {@code 0}, a 4-byte big-endian schema id (the registry's content id,
 * resolvable at {@code /apis/ccompat/v7/schemas/ids/{id}}), then the Avro binary encoding; no id in headers.
 *
 * <p>With the converter's defaults it writes an 8-byte id or puts the id in record headers, which
 * Confluent deserializers cannot read. The seven wire-format properties come from the project's INFRA.md
 * ("Avro in the Confluent wire format"). The eighth, {@link #SCHEMA_RESOLVER_KEY}, selects the project's
 * {@code SchemaInstanceCachingResolver}: same ids and bytes, without Apicurio 2.6's per-record schema-text lookup.
 */
public final class ApicurioConverterConfig {

    /** The converter class name, for {@code key.converter} / {@code value.converter}. */
    public static final String CONVERTER_CLASS = "io.apicurio.registry.utils.converter.AvroConverter";

    /** The converter key selecting the schema resolver (Apicurio's {@code SerdeConfig.SCHEMA_RESOLVER}). */
    public static final String SCHEMA_RESOLVER_KEY = "apicurio.registry.schema-resolver";

    /** The project's resolver: Apicurio's default one, cached per Avro schema instance. */
    public static final String SCHEMA_RESOLVER = "com.kafkaconnectkraken.apicurio.SchemaInstanceCachingResolver";

    private ApicurioConverterConfig() {
    }

    /**
     * Properties for {@code Converter.configure(map, isKey)} when a test drives the converter itself.
     *
     * @param registryV2Url Apicurio's v2 API URL, see {@link com.kafkaconnectkraken.registry.SchemaRegistryProcess#registryV2Url()}
     * @return the seven {@code apicurio.registry.*} properties (no converter class)
     */
    public static Map<String, String> converterProperties(String registryV2Url) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("apicurio.registry.url", registryV2Url);
        props.put("apicurio.registry.auto-register", "true");
        props.put("apicurio.registry.find-latest", "true");
        props.put("apicurio.registry.as-confluent", "true");
        props.put("apicurio.registry.use-id", "contentId");
        props.put("apicurio.registry.headers.enabled", "false");
        props.put(SCHEMA_RESOLVER_KEY, SCHEMA_RESOLVER);
        return props;
    }

    /**
     * Worker or connector properties selecting the converter for record values.
     *
     * @param registryV2Url Apicurio's v2 API URL
     * @return {@code value.converter} and its seven {@code value.converter.apicurio.registry.*} properties
     */
    public static Map<String, String> valueConverter(String registryV2Url) {
        return prefixed("value.converter", registryV2Url);
    }

    /**
     * Worker or connector properties selecting the converter for record keys.
     *
     * @param registryV2Url Apicurio's v2 API URL
     * @return {@code key.converter} and its seven {@code key.converter.apicurio.registry.*} properties
     */
    public static Map<String, String> keyConverter(String registryV2Url) {
        return prefixed("key.converter", registryV2Url);
    }

    private static Map<String, String> prefixed(String prefix, String registryV2Url) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put(prefix, CONVERTER_CLASS);
        converterProperties(registryV2Url).forEach((key, value) -> props.put(prefix + "." + key, value));
        return props;
    }
}
