package com.kafkaconnectkraken.schema;

import java.util.List;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Timestamp;

/**
 * Converts an Avro schema from the contract into the equivalent Kafka Connect schema, following the
 * conventions of Confluent's (and Apicurio's) {@code AvroData}, so that an Avro converter turns a
 * record built with the result back into the original .avsc (names, docs, defaults, logical types).
 *
 * <p>Mapping: record → struct named by the full Avro name, version from the {@code connect.version}
 * property, record and field docs as the {@code io.confluent.connect.avro.record.doc} /
 * {@code io.confluent.connect.avro.field.doc.<field>} parameters; {@code ["null", T]} with default null →
 * optional T; string/int/long/boolean/double/bytes → STRING/INT32/INT64/BOOLEAN/FLOAT64/BYTES;
 * {@code bytes}+{@code decimal(p,s)} → per {@link DecimalHandlingMode} ({@code Decimal} with scale s and
 * parameter {@code connect.decimal.precision}=p by default); {@code long}+{@code timestamp-millis} →
 * {@link Timestamp}; array → ARRAY; map → MAP with STRING keys; enum → STRING with the
 * {@code io.confluent.connect.avro.Enum} parameters; a non-null field default → Connect default plus
 * the {@code io.confluent.connect.avro.field.default} flag. Anything else (other unions, fixed, other
 * logical types) is rejected with {@link IllegalArgumentException} so contract drift is caught.
 */
final class AvroToConnect {

    static final String DECIMAL_PRECISION_PARAM = "connect.decimal.precision";
    static final String VERSION_PROP = "connect.version";
    static final String ENUM_PARAM = "io.confluent.connect.avro.Enum";
    static final String RECORD_DOC_PARAM = "io.confluent.connect.avro.record.doc";
    static final String FIELD_DOC_PARAM_PREFIX = "io.confluent.connect.avro.field.doc.";
    static final String FIELD_DEFAULT_PARAM = "io.confluent.connect.avro.field.default";
    static final String ENUM_DOC_PARAM = "io.confluent.connect.avro.enum.doc.";

    private final DecimalHandlingMode mode;

    AvroToConnect(DecimalHandlingMode mode) {
        this.mode = mode;
    }

    /**
     * Converts a top-level schema (normally a record).
     *
     * @throws IllegalArgumentException for Avro constructs outside the supported mapping
     */
    Schema convert(org.apache.avro.Schema avro) {
        return convert(avro, null);
    }

    private Schema convert(org.apache.avro.Schema avro, Object defaultValue) {
        boolean optional = avro.getType() == org.apache.avro.Schema.Type.UNION;
        SchemaBuilder builder = builderFor(optional ? nonNullBranch(avro) : avro);
        if (optional) {
            builder.optional();
        }
        if (defaultValue != null) {
            builder.defaultValue(defaultValue);
            builder.parameter(FIELD_DEFAULT_PARAM, "true");
        }
        return builder.build();
    }

    private SchemaBuilder builderFor(org.apache.avro.Schema avro) {
        LogicalType logical = avro.getLogicalType();
        switch (avro.getType()) {
            case RECORD:
                return record(avro);
            case ENUM:
                return enumeration(avro);
            case ARRAY:
                return SchemaBuilder.array(convert(avro.getElementType()));
            case MAP:
                return SchemaBuilder.map(Schema.STRING_SCHEMA, convert(avro.getValueType()));
            case LONG:
                if (logical instanceof LogicalTypes.TimestampMillis) {
                    return Timestamp.builder();
                }
                return primitive(avro, logical, SchemaBuilder.int64());
            case BYTES:
                if (logical instanceof LogicalTypes.Decimal) {
                    LogicalTypes.Decimal decimal = (LogicalTypes.Decimal) logical;
                    return mode.schemaBuilder(decimal.getScale(), decimal.getPrecision());
                }
                return primitive(avro, logical, SchemaBuilder.bytes());
            case STRING:
                return primitive(avro, logical, SchemaBuilder.string());
            case INT:
                return primitive(avro, logical, SchemaBuilder.int32());
            case BOOLEAN:
                return primitive(avro, logical, SchemaBuilder.bool());
            case DOUBLE:
                return primitive(avro, logical, SchemaBuilder.float64());
            default:
                throw new IllegalArgumentException("Unsupported Avro type " + avro.getType() + " in " + avro);
        }
    }

    private SchemaBuilder record(org.apache.avro.Schema avro) {
        SchemaBuilder builder = SchemaBuilder.struct().name(avro.getFullName());
        Object version = avro.getObjectProp(VERSION_PROP);
        if (version instanceof Number) {
            builder.version(((Number) version).intValue());
        }
        if (avro.getDoc() != null) {
            builder.parameter(RECORD_DOC_PARAM, avro.getDoc());
        }
        for (org.apache.avro.Schema.Field field : avro.getFields()) {
            if (field.doc() != null) {
                builder.parameter(FIELD_DOC_PARAM_PREFIX + field.name(), field.doc());
            }
            builder.field(field.name(), convert(field.schema(), connectDefault(field)));
        }
        return builder;
    }

    private static SchemaBuilder enumeration(org.apache.avro.Schema avro) {
        SchemaBuilder builder = SchemaBuilder.string().name(avro.getFullName()).parameter(ENUM_PARAM, avro.getFullName());
        if (avro.getDoc() != null) {
            builder.parameter(ENUM_DOC_PARAM + avro.getFullName(), avro.getDoc());
        }
        for (String symbol : avro.getEnumSymbols()) {
            builder.parameter(ENUM_PARAM + "." + symbol, symbol);
        }
        return builder;
    }

    private static SchemaBuilder primitive(org.apache.avro.Schema avro, LogicalType logical, SchemaBuilder builder) {
        if (logical != null) {
            throw new IllegalArgumentException("Unsupported logical type " + logical.getName() + " on " + avro);
        }
        return builder;
    }

    private static Object connectDefault(org.apache.avro.Schema.Field field) {
        if (!field.hasDefaultValue() || field.defaultVal() == JsonProperties.NULL_VALUE) {
            return null;
        }
        Object value = field.defaultVal();
        switch (field.schema().getType()) {
            case STRING:
            case BOOLEAN:
            case DOUBLE:
                return value;
            case INT:
                return ((Number) value).intValue();
            case LONG:
                return ((Number) value).longValue();
            case ENUM:
                return value.toString();
            case ARRAY:
                if (value instanceof List && ((List<?>) value).isEmpty()) {
                    return new java.util.ArrayList<>();
                }
                throw new IllegalArgumentException("Only empty array defaults are supported, field " + field.name());
            default:
                throw new IllegalArgumentException("Unsupported non-null default on field " + field.name());
        }
    }

    private static org.apache.avro.Schema nonNullBranch(org.apache.avro.Schema union) {
        List<org.apache.avro.Schema> types = union.getTypes();
        if (types.size() == 2 && types.get(0).getType() == org.apache.avro.Schema.Type.NULL) {
            return types.get(1);
        }
        if (types.size() == 2 && types.get(1).getType() == org.apache.avro.Schema.Type.NULL) {
            return types.get(0);
        }
        throw new IllegalArgumentException("Only [null, T] unions are supported, got " + union);
    }
}
