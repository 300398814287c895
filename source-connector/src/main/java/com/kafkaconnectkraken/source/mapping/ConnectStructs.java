package com.kafkaconnectkraken.source.mapping;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * Puts values into a Connect {@link Struct} that are valid for their field by construction, without
 * {@link Struct#put(Field, Object)}'s validation: Kafka 4.3.1 validates every put with
 * {@code ConnectSchema.validateValue}, which builds its error-path text on each call and, for a struct or a list
 * of structs, validates every nested field again, though the mapper built those from the same schema one step
 * before. Used only where the value's Java type follows from the field's planned conversion ({@link StructPlan}):
 * a {@code BigDecimal} at the schema's scale for a Connect {@code Decimal}, {@code String}, {@code Long},
 * {@code Integer}, {@code Boolean}, {@code Date} for a {@code Timestamp}, a list or map of such values, a
 * {@code Struct} of the field's own schema. The result is the struct {@code put} would have built
 * ({@code StructMapperTest} validates every mapped record with {@link Struct#validate()}).
 *
 * <p>When the Connect runtime's {@code Struct} does not have the private {@code values} array this class writes
 * (a Kafka version that changed it), every put falls back to {@link Struct#put(Field, Object)}. Stateless,
 * thread-safe.
 */
public final class ConnectStructs {

    private static final VarHandle VALUES = values();

    private ConnectStructs() {
    }

    /**
     * Sets one field of a struct.
     *
     * @param struct a struct whose schema has {@code field}
     * @param field  a field of {@code struct.schema()} (by identity)
     * @param value  a value valid for the field's schema, or null for an optional field
     * @return {@code struct}
     */
    public static Struct put(Struct struct, Field field, Object value) {
        if (VALUES == null) {
            return struct.put(field, value);
        }
        ((Object[]) VALUES.get(struct))[field.index()] = value;
        return struct;
    }

    /**
     * Sets one field to a value the caller has in Connect form, validated as {@link Struct#put(Field, Object)} does,
     * except that a list of structs of the field's element schema (the same instance) with every required field set
     * is put without validating each element's fields again: a struct's values were validated when they were put.
     *
     * @throws org.apache.kafka.connect.errors.DataException if the value does not fit the field's schema
     */
    public static void putConnectValue(Struct struct, Field field, Object value) {
        Schema schema = field.schema();
        if (value instanceof List<?> list && schema.type() == Schema.Type.ARRAY
                && schema.valueSchema().type() == Schema.Type.STRUCT && complete(list, schema.valueSchema())) {
            put(struct, field, value);
        } else {
            struct.put(field, value);
        }
    }

    private static boolean complete(List<?> structs, Schema schema) {
        for (Object element : structs) {
            if (!(element instanceof Struct struct) || struct.schema() != schema) {
                return false;
            }
            for (Field field : schema.fields()) {
                if (struct.get(field) == null && !field.schema().isOptional()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return whether puts bypass validation (false: the fallback to {@link Struct#put(Field, Object)} is in use) */
    static boolean direct() {
        return VALUES != null;
    }

    private static VarHandle values() {
        try {
            return MethodHandles.privateLookupIn(Struct.class, MethodHandles.lookup())
                    .findVarHandle(Struct.class, "values", Object[].class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
