package com.kafkaconnectkraken.source.mapping;

import com.kafkaconnectkraken.schema.DecimalTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Timestamp;

/**
 * What {@link StructMapper} does for each field of one struct schema, worked out once per schema
 * instead of per record: which fields are filled from JSON (not {@code received_at},
 * {@code extra_fields} or a timestamp's {@code <field>_text} sibling), how each value converts,
 * the field paths used in error messages, and the set of modelled names that decides what goes to
 * {@code extra_fields}. Immutable.
 *
 * @param schema   the struct schema records are written with (decimal mode applied)
 * @param prefix   path of this struct in error messages and extra-field keys ({@code ""} at the top, else {@code "a.b."})
 * @param required those of them that must have a value (not optional, no default), in schema order
 * @param byName   the fields filled from JSON, by their JSON ({@link FieldNaming wire}) name
 * @param modelled every field name of the schema, as spelled on the wire
 * @param naming   how the venue spells the schema's field names
 * @param receivedAt  the schema's {@code received_at} field, or null
 * @param extraFields the schema's {@code extra_fields} field, or null
 */
record StructPlan(Schema schema, String prefix, Map<String, FieldPlan> byName, List<FieldPlan> required,
                  Set<String> modelled, FieldNaming naming, Field receivedAt, Field extraFields) {

    static final String RECEIVED_AT = "received_at";
    static final String EXTRA_FIELDS = "extra_fields";
    static final String TEXT_SUFFIX = "_text";

    /** How a JSON value becomes a Connect value. */
    enum Kind { DECIMAL, STRING, INT64, INT32, BOOLEAN, STRUCT, ARRAY, MAP, UNSUPPORTED }

    /**
     * One field filled from JSON.
     *
     * @param field     the schema field
     * @param path      its path in error messages
     * @param timestamp whether it is a Connect {@code Timestamp} (RFC3339 text or unix seconds)
     * @param text      the timestamp's {@code <field>_text} sibling, or null
     * @param value     the conversion (null for timestamps)
     */
    record FieldPlan(Field field, String path, boolean timestamp, Field text, ValuePlan value) {
    }

    /**
     * The conversion of a value of one schema.
     *
     * @param kind    conversion kind
     * @param schema  the schema written (decimal mode applied)
     * @param precise the same position in the PRECISE schema (tells decimals apart in STRING/DOUBLE mode)
     * @param struct  the plan of a struct at a fixed path, null for other kinds and for structs under a map
     *                (their path contains the map key: planned per value)
     * @param element the plan of array elements or map values, else null
     * @param decimal the scale and precision of a {@link Kind#DECIMAL} written as Connect {@code Decimal}
     *                (PRECISE mode), read once from {@code schema}; else null
     */
    record ValuePlan(Kind kind, Schema schema, Schema precise, StructPlan struct, ValuePlan element,
                     DecimalTarget decimal) {

        /** A plan of a value that is not written as Connect {@code Decimal}. */
        ValuePlan(Kind kind, Schema schema, Schema precise, StructPlan struct, ValuePlan element) {
            this(kind, schema, precise, struct, element, null);
        }
    }

    /**
     * Plans a struct schema.
     *
     * @param schema  the struct schema (decimal mode applied)
     * @param precise the same schema in PRECISE mode
     * @param prefix  the struct's path prefix
     * @param naming  how the venue spells the field names
     */
    static StructPlan of(Schema schema, Schema precise, String prefix, FieldNaming naming) {
        Map<String, FieldPlan> byName = new HashMap<>();
        List<FieldPlan> required = new ArrayList<>();
        Set<String> modelled = new HashSet<>();
        for (Field field : schema.fields()) {
            String wire = naming.wireName(field.name());
            modelled.add(wire);
            if (field.name().equals(RECEIVED_AT) || field.name().equals(EXTRA_FIELDS) || isTextSibling(schema, field)) {
                continue;
            }
            String path = prefix + wire;
            FieldPlan plan = Timestamp.LOGICAL_NAME.equals(field.schema().name())
                    ? new FieldPlan(field, path, true, schema.field(field.name() + TEXT_SUFFIX), null)
                    : new FieldPlan(field, path, false, null, value(field.schema(), precise.field(field.name()).schema(), path, true, naming));
            byName.put(wire, plan);
            if (!field.schema().isOptional() && field.schema().defaultValue() == null) {
                required.add(plan);
            }
        }
        return new StructPlan(schema, prefix, Map.copyOf(byName), List.copyOf(required), Set.copyOf(modelled), naming,
                schema.field(RECEIVED_AT), schema.field(EXTRA_FIELDS));
    }

    private static ValuePlan value(Schema schema, Schema precise, String path, boolean fixedPath, FieldNaming naming) {
        if (Decimal.LOGICAL_NAME.equals(precise.name())) {
            return new ValuePlan(Kind.DECIMAL, schema, precise, null, null,
                    Decimal.LOGICAL_NAME.equals(schema.name()) ? DecimalTarget.of(schema) : null);
        }
        switch (schema.type()) {
            case STRING:
                return new ValuePlan(Kind.STRING, schema, precise, null, null);
            case INT64:
                return new ValuePlan(Kind.INT64, schema, precise, null, null);
            case INT32:
                return new ValuePlan(Kind.INT32, schema, precise, null, null);
            case BOOLEAN:
                return new ValuePlan(Kind.BOOLEAN, schema, precise, null, null);
            case STRUCT:
                return new ValuePlan(Kind.STRUCT, schema, precise, fixedPath ? of(schema, precise, path + ".", naming) : null, null);
            case ARRAY:
                return new ValuePlan(Kind.ARRAY, schema, precise, null,
                        value(schema.valueSchema(), precise.valueSchema(), path, fixedPath, naming));
            case MAP:
                return new ValuePlan(Kind.MAP, schema, precise, null,
                        value(schema.valueSchema(), precise.valueSchema(), path, false, naming));
            default:
                return new ValuePlan(Kind.UNSUPPORTED, schema, precise, null, null);
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
