package com.kafkaconnectkraken.sink.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Optional command authentication: a record is executed only when its header carries
 * {@code hex(HMAC-SHA256(key, "<record timestamp ms>." + canonical JSON of the command))}.
 *
 * <p>Canonical JSON: the command value as JSON with object keys sorted, null fields omitted, no
 * whitespace, decimals as given (strings stay strings). Including the record timestamp (set it
 * explicitly, CreateTime) bounds replays of a captured record to {@code command.max.age.ms}. The
 * key never appears in logs or {@link #toString()}.
 */
public final class CommandAuthenticator {

    private final SecretKeySpec key;
    private final String header;

    /**
     * @param key    shared secret (UTF-8 bytes are the HMAC key)
     * @param header record header carrying the hex signature
     */
    public CommandAuthenticator(String key, String header) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.header = header;
    }

    /**
     * @param record  the command record
     * @param command the record value as a JSON tree
     * @return the reason the record is not authentic, or empty when the signature matches
     */
    public Optional<String> verify(SinkRecord record, JsonNode command) {
        Header h = record.headers().lastWithName(header);
        if (h == null || h.value() == null) {
            return Optional.of("missing command signature header '" + header + "'");
        }
        Object v = h.value();
        String given = v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : v.toString();
        byte[] expected = sign(record.timestamp(), command);
        byte[] actual;
        try {
            actual = HexFormat.of().parseHex(given.trim().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.of("command signature is not hex");
        }
        return MessageDigest.isEqual(expected, actual) ? Optional.empty() : Optional.of("command signature does not match");
    }

    /** @return the HMAC-SHA256 bytes for a record timestamp (null = no timestamp, signed as "") and a command. */
    public byte[] sign(Long timestamp, JsonNode command) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            String message = (timestamp == null ? "" : timestamp.toString()) + "." + canonical(command);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** @return the canonical JSON text of a command (sorted keys, nulls omitted, no whitespace). */
    public static String canonical(JsonNode command) {
        try {
            return KrakenJson.mapper().writeValueAsString(sorted(command));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            node.properties().forEach(e -> {
                if (!e.getValue().isNull()) {
                    fields.put(e.getKey(), sorted(e.getValue()));
                }
            });
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            fields.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(x -> out.add(sorted(x)));
            return out;
        }
        return node;
    }

    @Override
    public String toString() {
        return "CommandAuthenticator{header=" + header + "}";
    }
}
