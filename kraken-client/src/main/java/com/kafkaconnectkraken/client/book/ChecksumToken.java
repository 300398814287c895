package com.kafkaconnectkraken.client.book;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Formats one price or quantity for the Kraken book checksum
 * (https://docs.kraken.com/api/docs/guides/spot-ws-book-v2, docs/protocol/kraken-spot.md §3.1): the value is written
 * with {@code precision} decimals, the dot is removed and leading zeros are stripped. For example
 * {@code 0.001} with precision 8 becomes {@code 100000}, and {@code 45285.2} with precision 1
 * becomes {@code 452852}.
 *
 * <p>When {@code precision} is {@code null} the wire scale is used as-is (correct when the server
 * sends full precision, e.g. {@code 0.10000000}). When a value carries more non-zero decimals than
 * {@code precision} it is not rounded: its own scale is used, so the checksum mismatch is reported
 * by the book instead of being hidden.
 */
public final class ChecksumToken {

    /** Decimal digits that always fit a {@code long}. */
    private static final int LONG_DIGITS = 18;
    private static final long[] POWERS_OF_TEN = powersOfTen();

    private ChecksumToken() {
    }

    /**
     * Returns the checksum token of a value.
     *
     * @param value     non-negative decimal
     * @param precision number of decimals from the instrument channel, or {@code null} for the wire scale
     * @return the ASCII digits of the token; empty for zero (all leading zeros stripped)
     */
    public static String of(BigDecimal value, Integer precision) {
        BigDecimal scaled = scale(value, precision);
        return scaled.signum() == 0 ? "" : scaled.unscaledValue().toString();
    }

    /**
     * Returns the checksum token as US-ASCII bytes, ready for {@link java.util.zip.CRC32}. Same digits
     * as {@link #of(BigDecimal, Integer)}; values of up to 18 digits are formatted with {@code long}
     * arithmetic straight into the array (no intermediate {@code BigDecimal}, {@code BigInteger} or
     * {@code String}).
     *
     * @param value     non-negative decimal
     * @param precision number of decimals, or {@code null} for the wire scale
     * @return the token bytes
     */
    public static byte[] bytes(BigDecimal value, Integer precision) {
        if (value.precision() <= LONG_DIGITS) {
            long token = longToken(value.scaleByPowerOfTen(value.scale()).longValueExact(), value.scale(),
                    precision == null ? Math.max(value.scale(), 0) : precision);
            if (token >= 0) {
                return digits(token);
            }
        }
        return of(value, precision).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The token of {@code unscaled * 10^-scale} written with {@code target} decimals, following
     * {@link #scale(BigDecimal, Integer)}: padded with zeros, or stripped of trailing zeros, or the
     * wire scale when that would drop non-zero digits; -1 when it does not fit a {@code long}.
     */
    private static long longToken(long unscaled, int scale, int target) {
        if (target >= scale) {
            int zeros = target - scale;
            if (zeros >= POWERS_OF_TEN.length || unscaled > Long.MAX_VALUE / POWERS_OF_TEN[zeros]) {
                return -1;
            }
            return unscaled * POWERS_OF_TEN[zeros];
        }
        int dropped = scale - target;
        if (dropped >= POWERS_OF_TEN.length) {
            return unscaled; // below 10^18: not a multiple of 10^dropped unless zero, and zero stays zero
        }
        long divisor = POWERS_OF_TEN[dropped];
        return unscaled % divisor == 0 ? unscaled / divisor : unscaled;
    }

    /** The decimal digits of a non-negative value, no leading zeros; empty for zero. */
    private static byte[] digits(long value) {
        int length = 0;
        for (long rest = value; rest != 0; rest /= 10) {
            length++;
        }
        byte[] out = new byte[length];
        long rest = value;
        for (int i = length - 1; i >= 0; i--) {
            out[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return out;
    }

    private static BigDecimal scale(BigDecimal value, Integer precision) {
        if (precision != null && value.scale() != precision) {
            try {
                return value.setScale(precision, RoundingMode.UNNECESSARY);
            } catch (ArithmeticException moreDecimalsThanPrecision) {
                return wireScale(value);
            }
        }
        return wireScale(value);
    }

    private static long[] powersOfTen() {
        long[] powers = new long[LONG_DIGITS + 1];
        powers[0] = 1;
        for (int i = 1; i < powers.length; i++) {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }

    private static BigDecimal wireScale(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    }
}
