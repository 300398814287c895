package com.kafkaconnectkraken.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;

/**
 * Reads record bytes in the Confluent wire format the way a Confluent consumer does, with plain Apache Avro:
 * byte 0 is the magic byte {@code 0}, bytes 1-4 the big-endian schema id, the rest the Avro binary
 * encoding of one datum. The writer schema is fetched from the Confluent-compatible API at
 * {@code <ccompatUrl>/schemas/ids/{id}} and cached by id (a schema id never changes meaning).
 *
 * <p>Decoded values use Avro's generic representation: records are {@link GenericRecord}, strings
 * {@link org.apache.avro.util.Utf8}, decimals {@link ByteBuffer} (no logical-type conversion), as a
 * consumer with a {@link GenericDatumReader} sees them. Thread-safe.
 *
 * <p>Wire format: https://docs.confluent.io/platform/current/schema-registry/fundamentals/serdes-develop/index.html#wire-format;
 * schema lookup: https://docs.confluent.io/platform/current/schema-registry/develop/api.html#get--schemas-ids-int-%20id.
 */
public final class ConfluentAvro {

    /** The first byte of every Confluent-framed payload. */
    public static final byte MAGIC_BYTE = 0;
    /** Magic byte plus 4-byte schema id. */
    public static final int HEADER_LENGTH = 5;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String ccompatUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Integer, Schema> schemas = new ConcurrentHashMap<>();

    /**
     * @param ccompatUrl the registry's Confluent-compatible API, e.g. {@code http://127.0.0.1:8081/apis/ccompat/v7}
     *                   (see {@link SchemaRegistryProcess#ccompatUrl()})
     */
    public ConfluentAvro(String ccompatUrl) {
        this.ccompatUrl = ccompatUrl.endsWith("/") ? ccompatUrl.substring(0, ccompatUrl.length() - 1) : ccompatUrl;
    }

    /**
     * Checks the framing and returns the schema id.
     *
     * @param payload record key or value bytes
     * @return the 4-byte big-endian schema id
     * @throws IllegalArgumentException if the payload is null, shorter than 5 bytes or the magic byte is not 0
     */
    public static int schemaId(byte[] payload) {
        if (payload == null) {
            throw new IllegalArgumentException("Payload is null (tombstone?), not Confluent-framed Avro");
        }
        if (payload.length < HEADER_LENGTH) {
            throw new IllegalArgumentException("Payload has " + payload.length
                    + " bytes; Confluent-framed Avro needs at least " + HEADER_LENGTH);
        }
        if (payload[0] != MAGIC_BYTE) {
            throw new IllegalArgumentException("Magic byte is " + payload[0] + ", expected " + MAGIC_BYTE
                    + " (Confluent wire format)");
        }
        return ByteBuffer.wrap(payload, 1, 4).getInt();
    }

    /**
     * Decodes one payload with its writer schema.
     *
     * @param payload Confluent-framed Avro bytes
     * @return the datum in Avro's generic representation
     * @throws IllegalArgumentException if the framing is wrong, or the bytes do not decode with the schema
     *                                  or leave trailing bytes
     * @throws IllegalStateException    if the registry does not return the schema
     */
    public Object decode(byte[] payload) {
        Schema schema = schema(schemaId(payload));
        BinaryDecoder decoder = DecoderFactory.get()
                .binaryDecoder(payload, HEADER_LENGTH, payload.length - HEADER_LENGTH, null);
        try {
            Object datum = new GenericDatumReader<>(schema).read(null, decoder);
            if (decoder.isEnd()) {
                return datum;
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Bytes do not decode with schema id " + schemaId(payload)
                    + " (" + schema.getFullName() + ")", e);
        }
        throw new IllegalArgumentException("Trailing bytes after the Avro datum of schema id " + schemaId(payload)
                + " (" + schema.getFullName() + ")");
    }

    /**
     * Decodes a payload whose schema is an Avro record.
     *
     * @param payload Confluent-framed Avro bytes
     * @return the record
     * @throws IllegalArgumentException as {@link #decode}, or if the datum is not a record
     */
    public GenericRecord decodeRecord(byte[] payload) {
        Object datum = decode(payload);
        if (!(datum instanceof GenericRecord)) {
            throw new IllegalArgumentException("Datum is not an Avro record but " + datum);
        }
        return (GenericRecord) datum;
    }

    /**
     * The writer schema registered under an id, fetched once from {@code GET <ccompatUrl>/schemas/ids/{id}}.
     *
     * @param id schema id from the payload header
     * @return the parsed Avro schema
     * @throws IllegalStateException if the registry answers other than 200, or the schema is not Avro
     */
    public Schema schema(int id) {
        return schemas.computeIfAbsent(id, this::fetch);
    }

    private Schema fetch(int id) {
        URI uri = URI.create(ccompatUrl + "/schemas/ids/" + id);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            String type = body.path("schemaType").asText("AVRO");
            if (!"AVRO".equals(type)) {
                throw new IllegalStateException("Schema id " + id + " is " + type + ", not AVRO");
            }
            return new Schema.Parser().parse(body.path("schema").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET " + uri, e);
        }
    }
}
