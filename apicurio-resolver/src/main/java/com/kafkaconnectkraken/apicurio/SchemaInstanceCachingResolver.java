package com.kafkaconnectkraken.apicurio;

import static io.apicurio.registry.resolver.SchemaResolverConfig.FAULT_TOLERANT_REFRESH;

import io.apicurio.registry.resolver.DefaultSchemaResolver;
import io.apicurio.registry.resolver.SchemaLookupResult;
import io.apicurio.registry.resolver.SchemaParser;
import io.apicurio.registry.resolver.data.Record;
import io.apicurio.registry.serde.data.KafkaSerdeMetadata;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apicurio schema resolver for serializers that remembers the lookup result per Avro {@link Schema} instance,
 * so that a record whose schema object was already resolved costs one map lookup.
 *
 * <p>Apicurio 2.6's {@link DefaultSchemaResolver} with {@code apicurio.registry.auto-register=true} finds the
 * schema id of every record by the schema's text: it renders the record's schema with {@code Schema.toString}
 * and looks that string up in its content cache, for every record
 * (<a href="https://github.com/Apicurio/apicurio-registry/issues/2483">Apicurio/apicurio-registry#2483</a>).
 * Kafka Connect's Apicurio {@code AvroConverter} converts every value whose Connect schema it has seen to the
 * same Avro {@code Schema} instance (its {@code AvroData} cache), so the instance identifies the content.
 * The first record of each (topic, key/value, schema instance) is resolved by {@link DefaultSchemaResolver}
 * exactly as before (registration, content id, global id); later ones reuse its result until
 * {@code apicurio.registry.check-period-ms} (default 30 000 ms) has passed, then resolve it again as the default
 * resolver's own cache would. Wire format, ids and registry artifacts are the same as with the default resolver.
 *
 * <p>Registry outages: when that periodic resolution fails (the registry is down or answers an error) for a schema
 * instance resolved before, the remembered result is kept for another check period and used (one WARN line per
 * failed check), so a running task keeps writing with the ids it has, like Apicurio's
 * {@code apicurio.registry.fault-tolerant-refresh=true} but without paying the registry call for every record.
 * The resolver also sets Apicurio's {@code apicurio.registry.fault-tolerant-refresh} to {@code true} unless it is
 * configured, so an equal schema content in another instance keeps its ids as well.
 * A schema never resolved before still needs the registry: its failure is thrown as before (the converter fails;
 * what Kafka Connect then does depends on {@code errors.tolerance}, see the README).
 *
 * <p>Enabled per converter with {@code value.converter.apicurio.registry.schema-resolver=}this class name; the
 * class must be on the converter's plugin path (the {@code kafka-connect-kraken-apicurio-converter} plugin
 * archive ships it). Payloads that are not Avro containers, and records whose metadata is not Kafka's, go to
 * the default resolver unchanged. At most {@value #MAX_SCHEMAS_PER_TOPIC} schema instances are remembered per
 * topic and key/value; when more arrive, that topic's entries are dropped and rebuilt. Thread-safe.
 *
 * @param <T> the serializer's payload type (Avro {@link GenericContainer}s are cached)
 */
public class SchemaInstanceCachingResolver<T> extends DefaultSchemaResolver<Schema, T> {

    private static final Logger log = LoggerFactory.getLogger(SchemaInstanceCachingResolver.class);

    /** Upper bound of remembered schema instances per topic and key/value. */
    static final int MAX_SCHEMAS_PER_TOPIC = 1000;

    private final Map<String, Map<Schema, Resolved>> byTopic = new HashMap<>();
    private long lifetimeNanos;

    /** One remembered lookup and when it must be resolved again ({@link System#nanoTime()} scale). */
    private record Resolved(SchemaLookupResult<Schema> result, long expiresAt) {
    }

    /** Creates the resolver; Apicurio's serializer configures it. */
    public SchemaInstanceCachingResolver() {
        super();
    }

    /**
     * Configures the default resolver and reads its check period.
     *
     * @param configs      the serializer's {@code apicurio.registry.*} configuration
     * @param schemaParser the serde's schema parser
     */
    @Override
    public void configure(Map<String, ?> configs, SchemaParser<Schema, T> schemaParser) {
        Map<String, Object> withDefaults = new HashMap<>(configs);
        // a schema content resolved before keeps its ids when a later check fails (registry down): also for another
        // schema instance of that content, which this class's own cache does not know
        withDefaults.putIfAbsent(FAULT_TOLERANT_REFRESH, "true");
        super.configure(withDefaults, schemaParser);
        lifetimeNanos = config.getCheckPeriod().toNanos();
    }

    /**
     * Resolves the record's schema, from the per-instance cache when its schema object was resolved within
     * the check period.
     *
     * @param data the record to serialize (payload and Kafka metadata)
     * @return the lookup result (ids, coordinates, parsed schema), as {@link DefaultSchemaResolver} returns it
     * @throws RuntimeException whatever the default resolver throws for a registry failure, for a schema instance
     *                          not resolved before (a remembered one is kept instead)
     */
    @Override
    public SchemaLookupResult<Schema> resolveSchema(Record<T> data) {
        if (!(data.payload() instanceof GenericContainer container)
                || !(data.metadata() instanceof KafkaSerdeMetadata metadata)
                || metadata.artifactReference() != null) {
            return super.resolveSchema(data);
        }
        String topicKey = (metadata.isKey() ? "k:" : "v:") + metadata.getTopic();
        Schema schema = container.getSchema();
        long now = System.nanoTime();
        Resolved known = lookup(topicKey, schema);
        if (known != null && now - known.expiresAt() < 0) {
            return known.result();
        }
        SchemaLookupResult<Schema> result;
        try {
            result = super.resolveSchema(data);
        } catch (RuntimeException e) {
            if (known == null) {
                throw e;
            }
            log.warn("Schema registry check failed for {} (content id {}); keeping the known ids for another {} ms: {}",
                    topicKey, known.result().getContentId(), lifetimeNanos / 1_000_000, e.toString());
            remember(topicKey, schema, new Resolved(known.result(), now + lifetimeNanos));
            return known.result();
        }
        remember(topicKey, schema, new Resolved(result, now + lifetimeNanos));
        return result;
    }

    private synchronized Resolved lookup(String topicKey, Schema schema) {
        Map<Schema, Resolved> schemas = byTopic.get(topicKey);
        return schemas == null ? null : schemas.get(schema);
    }

    private synchronized void remember(String topicKey, Schema schema, Resolved resolved) {
        Map<Schema, Resolved> schemas = byTopic.computeIfAbsent(topicKey, k -> new IdentityHashMap<>());
        if (schemas.size() >= MAX_SCHEMAS_PER_TOPIC && !schemas.containsKey(schema)) {
            schemas.clear();
        }
        schemas.put(schema, resolved);
    }

    /** Forgets every remembered lookup, then resets the default resolver's caches. */
    @Override
    public void reset() {
        synchronized (this) {
            byTopic.clear();
        }
        super.reset();
    }
}
