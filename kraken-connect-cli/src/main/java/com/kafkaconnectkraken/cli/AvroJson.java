package com.kafkaconnectkraken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.GenericRecord;

/**
 * Turns an Avro datum in Avro's generic representation (as {@link com.kafkaconnectkraken.registry.ConfluentAvro}
 * decodes it) into plain JSON, the way a person reads it rather than Avro's own JSON encoding: records become
 * objects, a union becomes the value of its branch (no {@code {"string": ...}} wrapper), enums and strings text,
 * and every {@code bytes}/{@code fixed} with logical type {@code decimal} the exact decimal as text
 * ({@link BigDecimal#toPlainString()} at the schema's scale, e.g. {@code "2000.10"}), never a binary floating-point
 * number. Other bytes are base64 text. Avro spec: https://avro.apache.org/docs/1.12.0/specification/#decimal.
 */
final class AvroJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AvroJson() {
    }

    /**
     * @param datum  the value in Avro's generic representation (may be null for a null branch)
     * @param schema its writer schema
     * @return the JSON value
     * @throws IllegalArgumentException if the datum does not match the schema
     */
    static JsonNode toJson(Object datum, Schema schema) {
        return switch (schema.getType()) {
            case RECORD -> record((GenericRecord) datum);
            case UNION -> toJson(datum, schema.getTypes().get(GenericData.get().resolveUnion(schema, datum)));
            case ARRAY -> array((Iterable<?>) datum, schema.getElementType());
            case MAP -> map((Map<?, ?>) datum, schema.getValueType());
            case BYTES, FIXED -> bytes(datum, schema);
            case STRING, ENUM -> NODES.textNode(datum.toString());
            case INT -> NODES.numberNode((Integer) datum);
            case LONG -> NODES.numberNode((Long) datum);
            case FLOAT -> NODES.numberNode((Float) datum);
            case DOUBLE -> NODES.numberNode((Double) datum);
            case BOOLEAN -> NODES.booleanNode((Boolean) datum);
            case NULL -> NODES.nullNode();
        };
    }

    /**
     * @param value  a {@code bytes} value ({@link ByteBuffer}) or {@code fixed} value
     * @param schema its schema (a union is resolved to the branch of the value)
     * @return the decimal, if the schema is a decimal (the Avro logical type, or a {@code decimal} logicalType whose
     *         precision Avro did not accept, read from its {@code scale} property); null if the value is null
     * @throws IllegalArgumentException if the schema is not a decimal
     */
    static BigDecimal decimal(Object value, Schema schema) {
        if (value == null) {
            return null;
        }
        Schema branch = schema.getType() == Schema.Type.UNION
                ? schema.getTypes().get(GenericData.get().resolveUnion(schema, value)) : schema;
        Integer scale = decimalScale(branch);
        if (scale == null) {
            throw new IllegalArgumentException("Schema " + branch + " is not a decimal");
        }
        return new BigDecimal(new BigInteger(unscaled(value)), scale);
    }

    private static Integer decimalScale(Schema schema) {
        LogicalType logical = schema.getLogicalType();
        if (logical instanceof LogicalTypes.Decimal d) {
            return d.getScale();
        }
        if ("decimal".equals(schema.getProp(LogicalType.LOGICAL_TYPE_PROP))) {
            Object scale = schema.getObjectProp("scale");
            return scale instanceof Number n ? n.intValue() : 0;
        }
        return null;
    }

    private static byte[] unscaled(Object value) {
        if (value instanceof GenericFixed fixed) {
            return fixed.bytes();
        }
        ByteBuffer buffer = ((ByteBuffer) value).duplicate();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static JsonNode bytes(Object datum, Schema schema) {
        if (decimalScale(schema) != null) {
            return NODES.textNode(decimal(datum, schema).toPlainString());
        }
        return NODES.textNode(Base64.getEncoder().encodeToString(unscaled(datum)));
    }

    private static ObjectNode record(GenericRecord record) {
        ObjectNode node = NODES.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            node.set(field.name(), toJson(record.get(field.pos()), field.schema()));
        }
        return node;
    }

    private static ArrayNode array(Iterable<?> items, Schema element) {
        ArrayNode node = NODES.arrayNode();
        items.forEach(item -> node.add(toJson(item, element)));
        return node;
    }

    private static ObjectNode map(Map<?, ?> entries, Schema value) {
        ObjectNode node = NODES.objectNode();
        entries.forEach((k, v) -> node.set(k.toString(), toJson(v, value)));
        return node;
    }
}
