package com.kafkaconnectkraken.client.book;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChecksumTokenTest {

    @Test
    void precisionFormattingThenDotRemovedThenLeadingZerosStripped() {
        // values from the docs worked example (PROTOCOL.md 3.1): price_precision 1, qty_precision 8
        assertEquals("452852", ChecksumToken.of(new BigDecimal("45285.2"), 1));
        assertEquals("100000", ChecksumToken.of(new BigDecimal("0.001"), 8));
        assertEquals("10000000", ChecksumToken.of(new BigDecimal("0.1"), 8));
        assertEquals("1809715470000", ChecksumToken.of(new BigDecimal("18097.1547"), 8));
        assertEquals("5660", ChecksumToken.of(new BigDecimal("0.566"), 4));
        assertEquals("294310", ChecksumToken.of(new BigDecimal("29431"), 1));
    }

    @Test
    void withoutPrecisionTheWireScaleIsUsed() {
        assertEquals("10000000", ChecksumToken.of(new BigDecimal("0.10000000"), null));
        assertEquals("1", ChecksumToken.of(new BigDecimal("1e-08"), null));
        assertEquals("1000", ChecksumToken.of(new BigDecimal("1E+3"), null));
        assertEquals("4528350", ChecksumToken.of(new BigDecimal("45283.50"), null));
    }

    @Test
    void moreDecimalsThanPrecisionAreNotRoundedAway() {
        assertEquals("123456", ChecksumToken.of(new BigDecimal("0.123456"), 2));
        assertEquals("1230", ChecksumToken.of(new BigDecimal("0.12300"), 4));
    }

    @Test
    void zeroStripsToEmpty() {
        assertEquals("", ChecksumToken.of(new BigDecimal("0.00000000"), 8));
    }

    @Test
    void bytesAreAscii() {
        assertArrayEquals("452852".getBytes(StandardCharsets.US_ASCII), ChecksumToken.bytes(new BigDecimal("45285.2"), 1));
    }
}
