package com.kafkaconnectkraken.client.book;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChecksumTokenTest {

    @Test
    void precisionFormattingThenDotRemovedThenLeadingZerosStripped() {
        // values from the docs worked example (docs/protocol/kraken-spot.md §3.1): price_precision 1, qty_precision 8
        assertToken("452852", new BigDecimal("45285.2"), 1);
        assertToken("100000", new BigDecimal("0.001"), 8);
        assertToken("10000000", new BigDecimal("0.1"), 8);
        assertToken("1809715470000", new BigDecimal("18097.1547"), 8);
        assertToken("5660", new BigDecimal("0.566"), 4);
        assertToken("294310", new BigDecimal("29431"), 1);
    }

    @Test
    void withoutPrecisionTheWireScaleIsUsed() {
        assertToken("10000000", new BigDecimal("0.10000000"), null);
        assertToken("1", new BigDecimal("1e-08"), null);
        assertToken("1000", new BigDecimal("1E+3"), null);
        assertToken("4528350", new BigDecimal("45283.50"), null);
    }

    @Test
    void moreDecimalsThanPrecisionAreNotRoundedAway() {
        assertToken("123456", new BigDecimal("0.123456"), 2);
        assertToken("1230", new BigDecimal("0.12300"), 4);
    }

    @Test
    void zeroStripsToEmpty() {
        assertToken("", new BigDecimal("0.00000000"), 8);
    }

    @Test
    void valuesBeyondLongDigitsGiveTheSameTokens() {
        // 19+ digits after formatting: the BigDecimal path; expected digits written out by hand
        assertToken("1234567890123456789", new BigDecimal("123456789012345678.9"), 1);
        assertToken("9300000000000000000", new BigDecimal("9.3"), 18);
        assertToken("9200000000000000000", new BigDecimal("9.2"), 18);
        assertToken("1" + "0".repeat(29), new BigDecimal("0.1"), 30);
        assertToken("1" + "0".repeat(22), new BigDecimal("0.10000000000000000000000"), null);
        assertToken("10", new BigDecimal("0.10000000000000000000000"), 2);
        assertToken("1", new BigDecimal("1E-25"), 2);
        assertToken("12", new BigDecimal("0.12"), null);
    }

    @Test
    void bytesAreAscii() {
        assertArrayEquals("452852".getBytes(StandardCharsets.US_ASCII), ChecksumToken.bytes(new BigDecimal("45285.2"), 1));
    }

    /** Checks the token as text and as bytes. */
    private static void assertToken(String expected, BigDecimal value, Integer precision) {
        assertEquals(expected, ChecksumToken.of(value, precision));
        assertArrayEquals(expected.getBytes(StandardCharsets.US_ASCII), ChecksumToken.bytes(value, precision),
                () -> value.toPlainString() + " at precision " + precision);
    }
}
