package com.kafkaconnectkraken.source.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.schema.KrakenSchemas;
import com.kafkaconnectkraken.source.config.RecordType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;

/**
 * Builds a Connect {@link Struct} of a contract record type from a Kraken JSON object, driven by the
 * schema (no per-channel field code): each schema field takes the JSON field of the same name.
 * Decimals are read exactly from the wire text and shaped by the {@link DecimalHandlingMode};
 * timestamp fields accept RFC3339 text or unix seconds (REST, e.g. {@code 1688464484.1787}, where
 * {@code 0} means unset) and fill the sibling {@code <field>_text} with the exact wire text.
 * JSON fields the schema does not model go to {@code extra_fields} as raw JSON keyed by path, so
 * nothing is lost. Thread-safe.
 */
public final class StructMapper {

    static final String RECEIVED_AT = "received_at";
    static final String EXTRA_FIELDS = "extra_fields";
    private static final String TEXT_SUFFIX = "_text";

    private final DecimalHandlingMode mode;

    /** @param mode how decimal fields are written */
    public StructMapper(DecimalHandlingMode mode) {
        this.mode = mode;
    }

    /** The value schema records of {@code type} are written with. */
    public Schema schema(RecordType type) {
        return KrakenSchemas.connect(type.schemaName(), mode);
    }

    /**
     * Maps one Kraken object to a record value.
     *
     * @param type       the record type
     * @param item       the Kraken object, with envelope values the caller added (e.g. {@code type}, map keys)
     * @param receivedAt when the frame or response was received
     * @return the value, valid against {@link #schema(RecordType)}
     * @throws DataException naming the field when a value does not fit the contract
     */
    public Struct toStruct(RecordType type, ObjectNode item, Instant receivedAt) {
        Map<String, String> extras = new TreeMap<>();
        Struct struct = struct(item, schema(type), KrakenSchemas.connect(type.schemaName()), "", extras);
        struct.put(RECEIVED_AT, Date.from(receivedAt));
        if (!extras.isEmpty() && struct.schema().field(EXTRA_FIELDS) != null) {
            struct.put(EXTRA_FIELDS, extras);
        }
        struct.validate();
        return struct;
    }

    private Struct struct(JsonNode node, Schema schema, Schema precise, String path, Map<String, String> extras) {
        if (!node.isObject()) {
            throw new DataException("Field '" + path + "' must be a JSON object, was " + node.getNodeType());
        }
        Struct struct = new Struct(schema);
        Set<String> modelled = new HashSet<>();
        for (Field field : schema.fields()) {
            modelled.add(field.name());
            if (field.name().equals(RECEIVED_AT) || field.name().equals(EXTRA_FIELDS) || isTextSibling(schema, field)) {
                continue;
            }
            JsonNode value = node.get(field.name());
            Schema preciseField = precise.field(field.name()).schema();
            String fieldPath = path + field.name();
            if (Timestamp.LOGICAL_NAME.equals(field.schema().name())) {
                putTimestamp(struct, field, value, fieldPath);
            } else {
                Object converted = value == null || value.isNull() ? null
                        : convert(value, field.schema(), preciseField, fieldPath, extras);
                putChecked(struct, field, converted, fieldPath);
            }
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!modelled.contains(entry.getKey())) {
                extras.put(path + entry.getKey(), entry.getValue().toString());
            }
        }
        return struct;
    }

    private Object convert(JsonNode value, Schema schema, Schema precise, String path, Map<String, String> extras) {
        if (Decimal.LOGICAL_NAME.equals(precise.name())) {
            return mode.toConnect(JsonValues.decimal(value, path), schema);
        }
        switch (schema.type()) {
            case STRING:
                return JsonValues.text(value, path);
            case INT64:
                return JsonValues.longValue(value, path);
            case INT32:
                return Math.toIntExact(JsonValues.longValue(value, path));
            case BOOLEAN:
                return JsonValues.bool(value, path);
            case STRUCT:
                return struct(value, schema, precise, path + ".", extras);
            case ARRAY:
                return array(value, schema, precise, path, extras);
            case MAP:
                return map(value, schema, precise, path, extras);
            default:
                throw new DataException("Unsupported schema type " + schema.type() + " at '" + path + "'");
        }
    }

    private List<Object> array(JsonNode value, Schema schema, Schema precise, String path, Map<String, String> extras) {
        if (!value.isArray()) {
            throw new DataException("Field '" + path + "' must be a JSON array, was " + value.getNodeType());
        }
        List<Object> result = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            result.add(convert(element, schema.valueSchema(), precise.valueSchema(), path, extras));
        }
        return result;
    }

    private Map<String, Object> map(JsonNode value, Schema schema, Schema precise, String path, Map<String, String> extras) {
        if (!value.isObject()) {
            throw new DataException("Field '" + path + "' must be a JSON object, was " + value.getNodeType());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        value.properties().forEach(entry -> result.put(entry.getKey(), entry.getValue().isNull() ? null
                : convert(entry.getValue(), schema.valueSchema(), precise.valueSchema(), path + "." + entry.getKey(), extras)));
        return result;
    }

    private static void putTimestamp(Struct struct, Field field, JsonNode value, String path) {
        JsonValues.WireTime time = value == null || value.isNull() ? null : JsonValues.time(value, path);
        putChecked(struct, field, time == null || time.instant() == null ? null : Date.from(time.instant()), path);
        Field text = struct.schema().field(field.name() + TEXT_SUFFIX);
        if (text != null) {
            struct.put(text, time == null ? null : time.text());
        }
    }

    private static void putChecked(Struct struct, Field field, Object value, String path) {
        if (value == null && !field.schema().isOptional() && field.schema().defaultValue() == null) {
            throw new DataException("Required field '" + path + "' is missing");
        }
        if (value != null) {
            struct.put(field, value);
        }
    }

    private static boolean isTextSibling(Schema schema, Field field) {
        if (!field.name().endsWith(TEXT_SUFFIX)) {
            return false;
        }
        Field base = schema.field(field.name().substring(0, field.name().length() - TEXT_SUFFIX.length()));
        return base != null && Timestamp.LOGICAL_NAME.equals(base.schema().name());
    }

}
