package com.kafkaconnectkraken.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

class KrakenDecimalTest {

    @Test
    void rescaleKeepsTheExactValueAtScale18() {
        BigDecimal scaled = KrakenDecimal.rescale(new BigDecimal("0.10000000"));
        assertEquals(18, scaled.scale());
        assertEquals("0.100000000000000000", scaled.toPlainString());
        assertEquals("-24.500000000000000000", KrakenDecimal.rescale(new BigDecimal("-24.5000")).toPlainString());
        assertEquals("0.000000010000000000", KrakenDecimal.rescale(new BigDecimal("1e-08")).toPlainString());
    }

    @Test
    void rescaleRejectsValuesThatWouldNeedRounding() {
        DataException e = assertThrows(DataException.class,
                () -> KrakenDecimal.rescale(new BigDecimal("0.0000000000000000001")));
        assertEquals(true, e.getMessage().contains("decimal.handling.mode=string"));
        assertThrows(DataException.class, () -> KrakenDecimal.rescale(new BigDecimal("123456789012345678901")));
    }

    @Test
    void precisionLimitIsTheRescaledValuesPrecision() {
        String[] values = {"0", "0.000", "-0.5", "1E+5", "1.50", "12345678901234567890.123456789012345678",
            "123456789012345678901.123456789012345678", "99999999999999999999.000000000000000000", "0.00000001"};
        for (String text : values) {
            BigDecimal value = new BigDecimal(text);
            for (int precision = 18; precision <= 40; precision++) {
                int limit = precision;
                if (value.setScale(18).precision() > limit) {
                    assertThrows(DataException.class, () -> KrakenDecimal.rescale(value, 18, limit), text + " at " + limit);
                } else {
                    assertEquals(value.setScale(18), KrakenDecimal.rescale(value, 18, limit), text + " at " + limit);
                }
            }
        }
    }

    @Test
    void modesConvertWireDecimals() {
        BigDecimal wire = new BigDecimal("30010.00000");
        assertEquals("30010.00000", DecimalHandlingMode.STRING.toConnect(wire, null));
        assertEquals(30010.0d, DecimalHandlingMode.DOUBLE.toConnect(wire, null));
        Object precise = DecimalHandlingMode.PRECISE.toConnect(wire,
                KrakenSchemas.connect("trade_history").field("price").schema());
        assertEquals(new BigDecimal("30010.000000000000000000"), precise);
        assertEquals(null, DecimalHandlingMode.PRECISE.toConnect(null, null));
    }

    @Test
    void decimalTargetIsReadOnceFromTheSchemaParameters() {
        // trade_history.avsc: price is bytes/decimal(38,18)
        DecimalTarget target = DecimalTarget.of(KrakenSchemas.connect("trade_history").field("price").schema());
        assertEquals(new DecimalTarget(18, 38), target);
        assertEquals(new BigDecimal("30010.000000000000000000"),
                DecimalHandlingMode.PRECISE.toConnectAt(new BigDecimal("30010.00000"), target));
        assertEquals(new BigDecimal("1.50"), DecimalHandlingMode.PRECISE.toConnectAt(new BigDecimal("1.5"),
                DecimalTarget.of(Decimal.schema(2))));
        assertEquals("30010.00000", DecimalHandlingMode.STRING.toConnectAt(new BigDecimal("30010.00000"), null));
        assertThrows(DataException.class, () -> DecimalTarget.of(Schema.STRING_SCHEMA));
        assertThrows(DataException.class, () -> DecimalHandlingMode.PRECISE.toConnectAt(new BigDecimal("1.234"),
                new DecimalTarget(2, 38)));
    }

    @Test
    void modeParsesConfigValues() {
        assertEquals(DecimalHandlingMode.PRECISE, DecimalHandlingMode.parse("precise"));
        assertEquals(DecimalHandlingMode.STRING, DecimalHandlingMode.parse(" String "));
        assertEquals(DecimalHandlingMode.DOUBLE, DecimalHandlingMode.parse("DOUBLE"));
        assertEquals("double", DecimalHandlingMode.DOUBLE.configValue());
        assertThrows(ConfigException.class, () -> DecimalHandlingMode.parse("float"));
        assertThrows(ConfigException.class, () -> DecimalHandlingMode.parse(null));
    }
}
