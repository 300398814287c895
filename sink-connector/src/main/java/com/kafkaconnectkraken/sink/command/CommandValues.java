package com.kafkaconnectkraken.sink.command;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/**
 * Turns a command record value into a JSON tree, whatever converter produced it: a {@link Struct}
 * (Avro or JSON with schema), a {@link Map} (schemaless JSON), or JSON text as a {@link String} or
 * {@code byte[]} (String/ByteArray converters; decimals then stay exact from the text).
 */
final class CommandValues {

    private static final JsonNodeFactory NODES = ParamType.NODES;

    private CommandValues() {
    }

    static JsonNode toTree(Object value) {
        if (value instanceof String text) {
            return parse(text);
        }
        if (value instanceof byte[] bytes) {
            return parse(new String(bytes, StandardCharsets.UTF_8));
        }
        return node(value);
    }

    private static JsonNode parse(String text) {
        try {
            return KrakenJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            // the parser's own message quotes the offending text: name the place only, never the payload
            JsonLocation at = e.getLocation();
            throw new InvalidCommandException("value is not JSON" + (at == null ? ""
                : " (parse error at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (NumberFormatException e) {
            // e.g. 1e2147483648: an exponent no BigDecimal can hold
            throw new InvalidCommandException("value holds a number out of range (exponent too large)");
        }
    }

    private static JsonNode node(Object v) {
        if (v == null) {
            return NODES.nullNode();
        } else if (v instanceof Struct struct) {
            ObjectNode out = NODES.objectNode();
            for (Field f : struct.schema().fields()) {
                out.set(f.name(), node(struct.get(f)));
            }
            return out;
        } else if (v instanceof Map<?, ?> map) {
            ObjectNode out = NODES.objectNode();
            map.forEach((k, x) -> out.set(String.valueOf(k), node(x)));
            return out;
        } else if (v instanceof Collection<?> list) {
            ArrayNode out = NODES.arrayNode();
            list.forEach(x -> out.add(node(x)));
            return out;
        }
        return scalar(v);
    }

    private static JsonNode scalar(Object v) {
        if (v instanceof String s) {
            return NODES.textNode(s);
        } else if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return NODES.numberNode(((Number) v).intValue());
        } else if (v instanceof Long l) {
            return NODES.numberNode(l);
        } else if (v instanceof BigDecimal d) {
            return NODES.numberNode(d);
        } else if (v instanceof BigInteger i) {
            return NODES.numberNode(i);
        } else if (v instanceof Double || v instanceof Float) {
            return NODES.numberNode(((Number) v).doubleValue());
        }
        throw new InvalidCommandException("unsupported value type " + v.getClass().getSimpleName());
    }
}
