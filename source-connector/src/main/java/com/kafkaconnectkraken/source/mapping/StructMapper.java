package com.kafkaconnectkraken.source.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.schema.KrakenSchemas;
import com.kafkaconnectkraken.source.config.RecordType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/**
 * Builds a Connect {@link Struct} of a contract record type from a Kraken JSON object, driven by the
 * schema (no per-channel field code): each schema field takes the JSON field of the same name.
 * Decimals are read exactly from the wire text and shaped by the {@link DecimalHandlingMode};
 * JSON names are the schema's as the record type's venue spells them ({@link RecordContract#naming()}); timestamp fields accept RFC3339 text or a number of the venue's {@link NumericTime} (Spot REST: unix
 * seconds, e.g. {@code 1688464484.1787}; Futures: epoch ms), where {@code 0} means unset, and fill the sibling {@code <field>_text} with the exact wire text.
 * JSON fields the schema does not model go to {@code extra_fields} as raw JSON keyed by path, so
 * nothing is lost. The schemas and what to do per field ({@link StructPlan}) are worked out once per
 * record type when the mapper is built. Each value is converted to the Java type its field's schema takes (the plan
 * says which) and put without Connect's per-put validation ({@link ConnectStructs}; map values, which may be null,
 * still go through {@link Struct#put(Field, Object)}); required fields are checked once the struct is filled. Thread-safe.
 */
public final class StructMapper {

    /** Name of the receive-time field every record carries. */
    public static final String RECEIVED_AT = StructPlan.RECEIVED_AT;
    static final String EXTRA_FIELDS = StructPlan.EXTRA_FIELDS;

    private final DecimalHandlingMode mode;
    private final NumericTime numericTime;
    private final Map<RecordContract, StructPlan> plans = new HashMap<>();

    /**
     * @param mode how decimal fields are written
     * @throws IllegalArgumentException if a record type's schema is missing or unsupported
     */
    public StructMapper(DecimalHandlingMode mode) {
        this(mode, List.of(RecordType.values()), NumericTime.EPOCH_SECONDS);
    }

    /**
     * @param mode        how decimal fields are written
     * @param types       the record types of the venue
     * @param numericTime what a JSON number in a timestamp field counts
     * @throws IllegalArgumentException if a record type's schema is missing or unsupported
     */
    public StructMapper(DecimalHandlingMode mode, Collection<? extends RecordContract> types, NumericTime numericTime) {
        this.mode = mode;
        this.numericTime = numericTime;
        for (RecordContract type : types) {
            plans.put(type, StructPlan.of(KrakenSchemas.connect(type.schemaName(), mode),
                    KrakenSchemas.connect(type.schemaName()), "", type.naming()));
        }
    }

    /** The value schema records of {@code type} are written with. */
    public Schema schema(RecordContract type) {
        return plans.get(type).schema();
    }

    /**
     * Maps one Kraken object to a record value.
     *
     * @param type       the record type
     * @param item       the Kraken object, with envelope values the caller added (e.g. {@code type}, map keys)
     * @param receivedAt when the frame or response was received
     * @return the value, valid against {@link #schema(RecordContract)}
     * @throws DataException naming the field when a value does not fit the contract
     */
    public Struct toStruct(RecordContract type, ObjectNode item, Instant receivedAt) {
        return toStruct(type, item, null, receivedAt);
    }

    /**
     * Maps one Kraken object plus envelope values to a record value, without copying the object.
     *
     * @param type       the record type
     * @param item       the Kraken object as received (not modified)
     * @param envelope   top-level values that replace the item's values of the same name (a JSON
     *                   null removes the item's value), or null for none
     * @param receivedAt when the frame or response was received
     * @return the value, valid against {@link #schema(RecordContract)}
     * @throws DataException naming the field when a value does not fit the contract
     */
    public Struct toStruct(RecordContract type, ObjectNode item, ObjectNode envelope, Instant receivedAt) {
        Extras extras = new Extras();
        StructPlan plan = plans.get(type);
        return finish(struct(item, envelope, plan, extras), plan, extras, receivedAt);
    }

    /**
     * Maps one Kraken object plus values the caller already has in their Connect form (e.g. book levels kept
     * as structs of {@link #schema(RecordContract)}'s level schema) to a record value.
     *
     * @param type       the record type
     * @param item       the Kraken object (not modified); fields also in {@code values} are ignored
     * @param values     Connect values by field name, each validated against its field's schema as it is put (a list
     *                   of structs of the field's element schema with every required field set, e.g. book levels,
     *                   is taken as it is: a struct's values were validated when they were put); the item's fields
     *                   of these names are not read
     * @param receivedAt when the frame or response was received
     * @return the value, valid against {@link #schema(RecordContract)}
     * @throws DataException naming the field when a JSON value does not fit the contract, a required field is
     *                       missing or a name in {@code values} is not a field of the schema
     */
    public Struct toStructWith(RecordContract type, ObjectNode item, Map<String, ?> values, Instant receivedAt) {
        StructPlan plan = plans.get(type);
        Extras extras = new Extras();
        Struct struct = new Struct(plan.schema());
        fill(struct, item, values::containsKey, null, plan, extras);
        values.forEach((name, value) -> ConnectStructs.putConnectValue(struct, field(plan, name), value));
        checkRequired(struct, plan);
        return finish(struct, plan, extras, receivedAt);
    }

    private static Field field(StructPlan plan, String name) {
        Field field = plan.schema().field(name);
        if (field == null) {
            throw new DataException("Field '" + plan.prefix() + name + "' is not in schema " + plan.schema().name());
        }
        return field;
    }

    /** The decimal mode values are written in. */
    public DecimalHandlingMode mode() {
        return mode;
    }

    private static Struct finish(Struct struct, StructPlan plan, Extras extras, Instant receivedAt) {
        ConnectStructs.put(struct, plan.receivedAt(), Date.from(receivedAt));
        if (extras.map != null && plan.extraFields() != null) {
            ConnectStructs.put(struct, plan.extraFields(), extras.map);
        }
        return struct;
    }

    /**
     * Fills a struct from the fields the JSON object has (not from every field the schema has: a
     * Kraken object carries a fraction of its record type's fields), then checks the required ones.
     */
    private Struct struct(JsonNode node, ObjectNode envelope, StructPlan plan, Extras extras) {
        Struct struct = new Struct(plan.schema());
        fill(struct, node, envelope == null ? null : envelope::has, envelope, plan, extras);
        checkRequired(struct, plan);
        return struct;
    }

    /** @param replaced the names whose item value is not read (given by the envelope or the caller), or null for none */
    private void fill(Struct struct, JsonNode node, Predicate<String> replaced, ObjectNode envelope, StructPlan plan,
                      Extras extras) {
        if (!node.isObject()) {
            throw new DataException("Field '" + plan.prefix() + "' must be a JSON object, was " + node.getNodeType());
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (replaced == null || !replaced.test(entry.getKey())) {
                put(struct, entry.getKey(), entry.getValue(), plan, extras);
            }
        }
        if (envelope != null) {
            for (Map.Entry<String, JsonNode> entry : envelope.properties()) {
                put(struct, entry.getKey(), entry.getValue(), plan, extras);
            }
        }
    }

    private static void checkRequired(Struct struct, StructPlan plan) {
        for (StructPlan.FieldPlan required : plan.required()) {
            if (struct.get(required.field()) == null) {
                throw new DataException("Required field '" + required.path() + "' is missing");
            }
        }
    }

    /** Puts one JSON value into its field; a name the schema does not model goes to the extras (a JSON null nowhere). */
    private void put(Struct struct, String name, JsonNode value, StructPlan plan, Extras extras) {
        StructPlan.FieldPlan field = plan.byName().get(name);
        if (field == null) {
            if (!value.isNull() && !plan.modelled().contains(name)) {
                extras.put(plan.prefix() + name, value.toString());
            }
        } else if (field.timestamp()) {
            putTimestamp(struct, field, value);
        } else {
            putChecked(struct, field.field(), value.isNull() ? null : convert(value, field.value(), field.path(), extras, plan.naming()),
                    field.path());
        }
    }

    private Object convert(JsonNode value, StructPlan.ValuePlan plan, String path, Extras extras, FieldNaming naming) {
        switch (plan.kind()) {
            case DECIMAL:
                return mode.toConnectAt(JsonValues.decimal(value, path), plan.decimal());
            case STRING:
                return JsonValues.text(value, path);
            case INT64:
                return JsonValues.longValue(value, path);
            case INT32:
                return Math.toIntExact(JsonValues.longValue(value, path));
            case BOOLEAN:
                return JsonValues.bool(value, path);
            case STRUCT:
                return struct(value, null, plan.struct() != null ? plan.struct()
                        : StructPlan.of(plan.schema(), plan.precise(), path + ".", naming), extras);
            case ARRAY:
                return array(value, plan, path, extras, naming);
            case MAP:
                return map(value, plan, path, extras, naming);
            default:
                throw new DataException("Unsupported schema type " + plan.schema().type() + " at '" + path + "'");
        }
    }

    private List<Object> array(JsonNode value, StructPlan.ValuePlan plan, String path, Extras extras, FieldNaming naming) {
        if (!value.isArray()) {
            throw new DataException("Field '" + path + "' must be a JSON array, was " + value.getNodeType());
        }
        List<Object> result = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            result.add(convert(element, plan.element(), path, extras, naming));
        }
        return result;
    }

    private Map<String, Object> map(JsonNode value, StructPlan.ValuePlan plan, String path, Extras extras, FieldNaming naming) {
        if (!value.isObject()) {
            throw new DataException("Field '" + path + "' must be a JSON object, was " + value.getNodeType());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        value.properties().forEach(entry -> result.put(entry.getKey(), entry.getValue().isNull() ? null
                : convert(entry.getValue(), plan.element(), path + "." + entry.getKey(), extras, naming)));
        return result;
    }

    private void putTimestamp(Struct struct, StructPlan.FieldPlan field, JsonNode value) {
        JsonValues.WireTime time = value == null || value.isNull() ? null : JsonValues.time(value, field.path(), numericTime);
        putChecked(struct, field.field(), time == null || time.instant() == null ? null : Date.from(time.instant()),
                field.path());
        if (field.text() != null && time != null) {
            ConnectStructs.put(struct, field.text(), time.text());
        } else if (field.text() != null) {
            struct.put(field.text(), null);
        }
    }

    private static void putChecked(Struct struct, Field field, Object value, String path) {
        if (value == null && !field.schema().isOptional() && field.schema().defaultValue() == null) {
            throw new DataException("Required field '" + path + "' is missing");
        }
        if (value instanceof Map) {
            struct.put(field, value);
        } else if (value != null) {
            ConnectStructs.put(struct, field, value);
        }
    }

    /** The unmodelled fields met while mapping one record, raw JSON by path; the map is made on the first one. */
    private static final class Extras {
        private Map<String, String> map;

        void put(String path, String rawJson) {
            if (map == null) {
                map = new TreeMap<>();
            }
            map.put(path, rawJson);
        }
    }
}
