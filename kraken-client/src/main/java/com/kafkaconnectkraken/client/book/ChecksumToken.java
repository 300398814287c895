package com.kafkaconnectkraken.client.book;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Formats one price or quantity for the Kraken book checksum
 * (https://docs.kraken.com/api/docs/guides/spot-ws-book-v2, PROTOCOL.md 3.1): the value is written
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
     * Returns the checksum token as US-ASCII bytes, ready for {@link java.util.zip.CRC32}.
     *
     * @param value     non-negative decimal
     * @param precision number of decimals, or {@code null} for the wire scale
     * @return the token bytes
     */
    public static byte[] bytes(BigDecimal value, Integer precision) {
        return of(value, precision).getBytes(StandardCharsets.US_ASCII);
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

    private static BigDecimal wireScale(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    }
}
