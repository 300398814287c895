package com.kafkaconnectkraken.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.kafkaconnectkraken.registry.ConfluentAvro;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a record key or value as JSON, whatever the producer wrote: Avro in the Confluent wire format (magic byte
 * {@code 0}, 4-byte schema id, the writer schema fetched by id from the registry's Confluent-compatible API through
 * {@link ConfluentAvro}) rendered by {@link AvroJson} (decimals exact text); JSON as it is; anything else as a JSON
 * string of its UTF-8 text. The one decoder of the tool: {@code tail}, {@code order} and the stack's progress lines
 * use it. Thread-safe.
 */
final class RecordDecoder {

    /** Numbers kept as written: {@code 2000.10} stays {@code 2000.10}. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ConfluentAvro avro;

    /** @param avro the registry-backed reader of Confluent-framed Avro */
    RecordDecoder(ConfluentAvro avro) {
        this.avro = avro;
    }

    /**
     * @param bytes a key or value; null (no key, tombstone) gives JSON null
     * @return the decoded value
     * @throws IllegalArgumentException if the bytes are Confluent-framed but do not decode with their schema
     * @throws IllegalStateException    if the registry does not return the schema (see {@link ConfluentAvro#schema})
     */
    JsonNode decode(byte[] bytes) {
        if (bytes == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (bytes.length == 0) {
            return JsonNodeFactory.instance.textNode("");
        }
        if (bytes.length >= ConfluentAvro.HEADER_LENGTH && bytes[0] == ConfluentAvro.MAGIC_BYTE) {
            Object datum = avro.decode(bytes);
            return AvroJson.toJson(datum, avro.schema(ConfluentAvro.schemaId(bytes)));
        }
        try {
            return JSON.readTree(bytes);
        } catch (JsonProcessingException notJson) {
            return JsonNodeFactory.instance.textNode(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + bytes.length + " bytes", e);
        }
    }
}
