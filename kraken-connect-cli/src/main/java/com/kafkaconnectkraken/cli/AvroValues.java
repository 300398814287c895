package com.kafkaconnectkraken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;

/**
 * Decodes record values in the Confluent wire format as any Confluent consumer would, with plain Apache Avro:
 * magic byte {@code 0}, 4-byte big-endian schema id, Avro binary. Writer schemas come from the registry's
 * Confluent-compatible API ({@code GET <ccompat>/schemas/ids/{id}}) and are cached by id. Decimals (Avro
 * {@code bytes} with logical type decimal) are read with {@link #decimal}.
 */
final class AvroValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String ccompatUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<Integer, Schema> schemas = new HashMap<>();

    AvroValues(String ccompatUrl) {
        this.ccompatUrl = ccompatUrl;
    }

    /**
     * @param payload record value bytes
     * @return the decoded record
     * @throws IllegalArgumentException if the bytes are not Confluent-framed Avro of a record schema
     * @throws IOException              if the registry cannot be asked for the schema
     */
    GenericRecord decode(byte[] payload) throws IOException {
        if (payload == null || payload.length < 5 || payload[0] != 0) {
            throw new IllegalArgumentException("not Confluent-framed Avro (magic byte 0 + 4-byte schema id)");
        }
        Schema schema = schema(ByteBuffer.wrap(payload, 1, 4).getInt());
        Object datum = new GenericDatumReader<>(schema)
                .read(null, DecoderFactory.get().binaryDecoder(payload, 5, payload.length - 5, null));
        if (!(datum instanceof GenericRecord)) {
            throw new IllegalArgumentException("schema " + schema.getFullName() + " is not a record");
        }
        return (GenericRecord) datum;
    }

    /**
     * @return the decimal in an Avro decimal field (optional unions allowed), or null if absent
     */
    static BigDecimal decimal(GenericRecord record, String field) {
        Object value = record.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof CharSequence text) {
            return new BigDecimal(text.toString());
        }
        Schema schema = record.getSchema().getField(field).schema();
        if (schema.getType() == Schema.Type.UNION) {
            schema = schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst().orElseThrow();
        }
        ByteBuffer bytes = ((ByteBuffer) value).duplicate();
        byte[] unscaled = new byte[bytes.remaining()];
        bytes.get(unscaled);
        Object scale = schema.getObjectProp("scale");
        return new BigDecimal(new BigInteger(unscaled), scale instanceof Number n ? n.intValue() : 0);
    }

    private synchronized Schema schema(int id) throws IOException {
        Schema schema = schemas.get(id);
        if (schema == null) {
            URI uri = URI.create(ccompatUrl + "/schemas/ids/" + id);
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IOException("GET " + uri + " answered " + response.statusCode());
                }
                JsonNode body = JSON.readTree(response.body());
                schema = new Schema.Parser().parse(body.path("schema").asText());
                schemas.put(id, schema);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted during GET " + uri, e);
            }
        }
        return schema;
    }
}
