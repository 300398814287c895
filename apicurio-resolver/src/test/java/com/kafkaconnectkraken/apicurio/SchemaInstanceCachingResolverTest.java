package com.kafkaconnectkraken.apicurio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.apicurio.registry.resolver.ParsedSchema;
import io.apicurio.registry.resolver.SchemaLookupResult;
import io.apicurio.registry.resolver.data.Record;
import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.rest.v2.beans.ArtifactMetaData;
import io.apicurio.registry.serde.SerdeConfig;
import io.apicurio.registry.serde.avro.AvroSchemaParser;
import io.apicurio.registry.serde.avro.DefaultAvroDatumProvider;
import io.apicurio.registry.serde.data.KafkaSerdeMetadata;
import io.apicurio.registry.serde.data.KafkaSerdeRecord;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class SchemaInstanceCachingResolverTest {

    private static final String SCHEMA_TEXT = SchemaBuilder.record("book").namespace("com.example")
            .fields().requiredString("symbol").requiredLong("checksum").endRecord().toString();

    /** Counts what the default resolver does per record: render the schema from the data. */
    private static final class CountingParser extends AvroSchemaParser<Object> {
        int schemasFromData;

        CountingParser() {
            super(new DefaultAvroDatumProvider<>());
        }

        @Override
        public ParsedSchema<Schema> getSchemaFromData(Record<Object> data) {
            schemasFromData++;
            return super.getSchemaFromData(data);
        }

        @Override
        public ParsedSchema<Schema> getSchemaFromData(Record<Object> data, boolean dereference) {
            schemasFromData++;
            return super.getSchemaFromData(data, dereference);
        }
    }

    private final List<String> registered = new ArrayList<>();
    /** While true the registry is unreachable: every call fails as the REST client fails on a refused connection. */
    private boolean registryDown;
    private final CountingParser parser = new CountingParser();

    /** A registry that answers createArtifact with content id 100 + n, global id 200 + n (n = call number). */
    private RegistryClient registry() {
        return (RegistryClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RegistryClient.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("createArtifact")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (registryDown) {
                        throw new UncheckedIOException(new ConnectException("Connection refused"));
                    }
                    registered.add((String) args[1]);
                    ArtifactMetaData metaData = new ArtifactMetaData();
                    metaData.setId((String) args[1]);
                    metaData.setVersion("1");
                    metaData.setContentId(100L + registered.size());
                    metaData.setGlobalId(200L + registered.size());
                    return metaData;
                });
    }

    private SchemaInstanceCachingResolver<Object> resolver(long checkPeriodMs) {
        SchemaInstanceCachingResolver<Object> resolver = new SchemaInstanceCachingResolver<>();
        resolver.setClient(registry());
        resolver.configure(Map.of(SerdeConfig.AUTO_REGISTER_ARTIFACT, "true",
                SerdeConfig.CHECK_PERIOD_MS, Long.toString(checkPeriodMs),
                "apicurio.registry.retry-backoff-ms", "1",
                SerdeConfig.ARTIFACT_RESOLVER_STRATEGY, SerdeConfig.ARTIFACT_RESOLVER_STRATEGY_DEFAULT,
                SerdeConfig.IS_KEY, false), parser);
        return resolver;
    }

    private static Record<Object> record(String topic, Schema schema) {
        GenericRecord value = new GenericData.Record(schema);
        value.put("symbol", "BTC/USD");
        value.put("checksum", 42L);
        return new KafkaSerdeRecord<>(new KafkaSerdeMetadata(topic, false, null), value);
    }

    @Test
    void sameSchemaInstanceIsRenderedAndRegisteredOnceWithTheDefaultResolversIds() {
        SchemaInstanceCachingResolver<Object> resolver = resolver(30_000);
        Schema schema = new Schema.Parser().parse(SCHEMA_TEXT);

        SchemaLookupResult<Schema> first = resolver.resolveSchema(record("kraken.book", schema));
        SchemaLookupResult<Schema> second = resolver.resolveSchema(record("kraken.book", schema));
        SchemaLookupResult<Schema> third = resolver.resolveSchema(record("kraken.book", schema));

        assertEquals(1, parser.schemasFromData);
        assertEquals(List.of("kraken.book-value"), registered);
        assertEquals(101L, first.getContentId());
        assertEquals(201L, first.getGlobalId());
        assertSame(first, second);
        assertSame(first, third);
    }

    @Test
    void equalSchemaInNewInstanceGoesThroughTheDefaultResolverAndGetsTheSameIds() {
        SchemaInstanceCachingResolver<Object> resolver = resolver(30_000);
        Schema one = new Schema.Parser().parse(SCHEMA_TEXT);
        Schema other = new Schema.Parser().parse(SCHEMA_TEXT);
        assertNotSame(one, other);

        SchemaLookupResult<Schema> first = resolver.resolveSchema(record("kraken.book", one));
        SchemaLookupResult<Schema> second = resolver.resolveSchema(record("kraken.book", other));

        assertEquals(2, parser.schemasFromData);
        assertEquals(1, registered.size());
        assertEquals(101L, second.getContentId());
        assertEquals(first.getGlobalId(), second.getGlobalId());
    }

    @Test
    void eachTopicIsResolvedUnderItsOwnArtifact() {
        SchemaInstanceCachingResolver<Object> resolver = resolver(30_000);
        Schema schema = new Schema.Parser().parse(SCHEMA_TEXT);

        resolver.resolveSchema(record("a.book", schema));
        resolver.resolveSchema(record("b.book", schema));
        resolver.resolveSchema(record("a.book", schema));
        resolver.resolveSchema(record("b.book", schema));

        assertEquals(2, parser.schemasFromData);
        // the default resolver's content cache answers b.book from a.book's registration (same text)
        assertEquals(List.of("a.book-value"), registered);
    }

    @Test
    void lookupsOlderThanTheCheckPeriodAreResolvedAgain() {
        SchemaInstanceCachingResolver<Object> resolver = resolver(0);
        Schema schema = new Schema.Parser().parse(SCHEMA_TEXT);

        resolver.resolveSchema(record("kraken.book", schema));
        resolver.resolveSchema(record("kraken.book", schema));

        assertEquals(2, parser.schemasFromData);
    }

    @Test
    void resetForgetsRememberedLookups() {
        SchemaInstanceCachingResolver<Object> resolver = resolver(30_000);
        Schema schema = new Schema.Parser().parse(SCHEMA_TEXT);

        resolver.resolveSchema(record("kraken.book", schema));
        resolver.reset();
        resolver.resolveSchema(record("kraken.book", schema));

        assertEquals(2, parser.schemasFromData);
        assertEquals(2, registered.size());
    }

    @Test
    void aKnownSchemaKeepsItsIdsWhileTheRegistryIsDownAndIsCheckedAgainAfterwards() {
        SchemaInstanceCachingResolver<Object> resolver = resolver(0);
        Schema schema = new Schema.Parser().parse(SCHEMA_TEXT);
        SchemaLookupResult<Schema> before = resolver.resolveSchema(record("kraken.book", schema));

        registryDown = true;
        SchemaLookupResult<Schema> during = resolver.resolveSchema(record("kraken.book", schema));
        assertEquals(before.getContentId(), during.getContentId());
        assertEquals(before.getGlobalId(), during.getGlobalId());

        registryDown = false;
        SchemaLookupResult<Schema> after = resolver.resolveSchema(record("kraken.book", schema));
        assertEquals(2, registered.size(), "checked with the registry again once it answers");
        assertEquals(102L, after.getContentId());
    }

    @Test
    void aSchemaNeverResolvedFailsWhileTheRegistryIsDown() {
        SchemaInstanceCachingResolver<Object> resolver = resolver(30_000);
        registryDown = true;
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> resolver.resolveSchema(record("kraken.book", new Schema.Parser().parse(SCHEMA_TEXT))));
        assertTrue(e instanceof UncheckedIOException || e.getCause() instanceof UncheckedIOException, e.toString());
    }

    @Test
    void anotherInstanceOfAKnownSchemaKeepsItsIdsWhileTheRegistryIsDown() {
        SchemaInstanceCachingResolver<Object> resolver = resolver(0);
        SchemaLookupResult<Schema> before = resolver.resolveSchema(record("kraken.ledger", new Schema.Parser().parse(SCHEMA_TEXT)));

        registryDown = true;
        SchemaLookupResult<Schema> during = resolver.resolveSchema(record("kraken.ledger", new Schema.Parser().parse(SCHEMA_TEXT)));
        assertEquals(before.getContentId(), during.getContentId());
    }
}
