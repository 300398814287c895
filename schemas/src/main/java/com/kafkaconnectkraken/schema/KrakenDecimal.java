package com.kafkaconnectkraken.schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.kafka.connect.errors.DataException;

/**
 * The project's exact-decimal policy for prices, quantities and amounts.
 *
 * <p>Kraken sends decimals whose scale varies per pair and asset (price precision 1 for BTC/USD,
 * 4 for MATIC/USD, asset precision up to 10, REST amounts with 4-10 places). A Connect
 * {@code Decimal} and an Avro {@code decimal} have one fixed scale per field, so every decimal field
 * in the contract uses {@link #SCALE} = 18 and {@link #PRECISION} = 38 (20 integer digits). Rescaling
 * a Kraken value to scale 18 only appends zeros, so the number is exact; a value that would need
 * rounding (more than 18 significant fractional digits) or more than 20 integer digits is rejected
 * with a {@link DataException}, never rounded. The wire scale (trailing zeros) is not part of the
 * value; consumers that need it read the pair's precision from the instrument records, or run the
 * connector with {@code decimal.handling.mode=string}, which keeps Kraken's text unchanged.
 */
public final class KrakenDecimal {

    /** Fractional digits of every decimal field in the contract. */
    public static final int SCALE = 18;
    /** Total digits of every decimal field in the contract. */
    public static final int PRECISION = 38;

    private KrakenDecimal() {
    }

    /**
     * Returns {@code value} with scale {@link #SCALE}, numerically equal.
     *
     * @param value a decimal as parsed from Kraken's wire text
     * @return the same number with scale 18
     * @throws DataException if the value cannot be represented exactly at scale 18 / precision 38
     */
    public static BigDecimal rescale(BigDecimal value) {
        return rescale(value, SCALE, PRECISION);
    }

    /**
     * Returns {@code value} with the given scale, numerically equal.
     *
     * @param value     a decimal as parsed from Kraken's wire text
     * @param scale     target scale (fractional digits)
     * @param precision maximum total digits
     * @return the same number with the given scale
     * @throws DataException if the value cannot be represented exactly
     */
    public static BigDecimal rescale(BigDecimal value, int scale, int precision) {
        BigDecimal scaled;
        try {
            scaled = value.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new DataException("Decimal " + value.toPlainString() + " has more than " + scale
                    + " fractional digits and cannot be stored exactly; use decimal.handling.mode=string", e);
        }
        if (digits(value, scale) > precision) {
            throw new DataException("Decimal " + value.toPlainString() + " exceeds precision " + precision
                    + "; use decimal.handling.mode=string");
        }
        return scaled;
    }

    /**
     * The precision {@code value} has at {@code scale}, from its own (cheap while its unscaled value fits a long):
     * a rescale that is exact adds or removes exactly that many trailing digits; zero has precision 1 at any scale.
     */
    private static int digits(BigDecimal value, int scale) {
        return value.signum() == 0 ? 1 : value.precision() - value.scale() + scale;
    }
}
