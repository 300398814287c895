package com.kafkaconnectkraken.schema;

import java.math.BigDecimal;
import java.util.Locale;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * How decimal fields of the contract appear in Connect records, like Debezium's
 * {@code decimal.handling.mode}.
 *
 * <ul>
 *   <li>{@link #PRECISE} (default): Connect {@code Decimal} with scale {@link KrakenDecimal#SCALE}
 *       (Avro {@code bytes}/{@code decimal(38,18)}), exact.</li>
 *   <li>{@link #STRING}: Kraken's decimal text unchanged (plain notation), exact, keeps the wire scale.</li>
 *   <li>{@link #DOUBLE}: IEEE double; lossy, for consumers that cannot read decimals.</li>
 * </ul>
 */
public enum DecimalHandlingMode {
    PRECISE,
    STRING,
    DOUBLE;

    /**
     * Parses a config value ({@code precise}, {@code string}, {@code double}; case-insensitive).
     *
     * @throws ConfigException for any other value
     */
    public static DecimalHandlingMode parse(String value) {
        if (value != null) {
            for (DecimalHandlingMode mode : values()) {
                if (mode.configValue().equalsIgnoreCase(value.trim())) {
                    return mode;
                }
            }
        }
        throw new ConfigException("decimal.handling.mode", value, "must be one of precise, string, double");
    }

    /** The lower-case name used in configuration. */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A schema builder for a decimal field of this mode.
     *
     * @param scale     the Avro decimal scale from the .avsc
     * @param precision the Avro decimal precision from the .avsc
     */
    SchemaBuilder schemaBuilder(int scale, int precision) {
        switch (this) {
            case STRING:
                return SchemaBuilder.string();
            case DOUBLE:
                return SchemaBuilder.float64();
            default:
                return Decimal.builder(scale).parameter(AvroToConnect.DECIMAL_PRECISION_PARAM, Integer.toString(precision));
        }
    }

    /**
     * Converts an exact wire decimal to the Connect value of this mode. Reads the schema's scale and
     * precision on every call; per-field callers should read them once with {@link DecimalTarget#of(Schema)}
     * and use {@link #toConnectAt(BigDecimal, DecimalTarget)}.
     *
     * @param value  the decimal parsed from Kraken's text (any scale), or null
     * @param schema the field's Connect schema (its scale is used in {@link #PRECISE} mode)
     * @return BigDecimal with the schema's scale, the plain string, or a Double; null for null
     * @throws org.apache.kafka.connect.errors.DataException if PRECISE and the value is not exact at the scale
     */
    public Object toConnect(BigDecimal value, Schema schema) {
        return toConnectAt(value, value == null || this != PRECISE ? null : DecimalTarget.of(schema));
    }

    /**
     * Converts an exact wire decimal to the Connect value of this mode.
     *
     * @param value  the decimal parsed from Kraken's text (any scale), or null
     * @param target the field's scale and precision; used, and required, in {@link #PRECISE} mode only
     * @return BigDecimal with the target scale, the plain string, or a Double; null for null
     * @throws org.apache.kafka.connect.errors.DataException if PRECISE and the value is not exact at the scale
     */
    public Object toConnectAt(BigDecimal value, DecimalTarget target) {
        if (value == null) {
            return null;
        }
        switch (this) {
            case STRING:
                return value.toPlainString();
            case DOUBLE:
                return value.doubleValue();
            default:
                return KrakenDecimal.rescale(value, target.scale(), target.precision());
        }
    }
}
