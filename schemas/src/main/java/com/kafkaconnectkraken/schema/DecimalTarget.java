package com.kafkaconnectkraken.schema;

import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;

/**
 * The scale and precision of one Connect {@code Decimal} field schema, read from its parameters
 * ({@code scale}, {@code connect.decimal.precision}) once, so that converting a value with
 * {@link DecimalHandlingMode#toConnectAt(java.math.BigDecimal, DecimalTarget)} does not parse them again.
 *
 * @param scale     fractional digits of the field ({@link KrakenDecimal#SCALE} in the contract)
 * @param precision maximum total digits ({@link KrakenDecimal#PRECISION} when the schema has no precision parameter)
 */
public record DecimalTarget(int scale, int precision) {

    /**
     * Reads the target of a Connect {@code Decimal} schema.
     *
     * @param schema a schema built by {@code Decimal.builder(scale)} (PRECISE mode)
     * @return its scale and precision
     * @throws DataException if the schema has no integer {@code scale} parameter or a non-integer precision
     */
    public static DecimalTarget of(Schema schema) {
        String scale = schema.parameters() == null ? null : schema.parameters().get(Decimal.SCALE_FIELD);
        if (scale == null) {
            throw new DataException("Schema " + schema.name() + " has no decimal '" + Decimal.SCALE_FIELD + "' parameter");
        }
        String precision = schema.parameters().get(AvroToConnect.DECIMAL_PRECISION_PARAM);
        try {
            return new DecimalTarget(Integer.parseInt(scale),
                    precision == null ? KrakenDecimal.PRECISION : Integer.parseInt(precision));
        } catch (NumberFormatException e) {
            throw new DataException("Schema " + schema.name() + " has a non-integer decimal scale or precision", e);
        }
    }
}
