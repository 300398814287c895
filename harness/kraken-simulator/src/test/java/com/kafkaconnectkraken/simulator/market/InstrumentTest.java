package com.kafkaconnectkraken.simulator.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InstrumentTest {

    @Test
    void btcUsdMatchesTheInstrumentDocsExample() {
        Instrument btc = Instrument.forSymbol("BTC/USD");   // docs: price_precision 1, qty_precision 8, qty_min 0.0001, cost_min 0.5
        assertEquals(1, btc.pricePrecision());
        assertEquals(8, btc.qtyPrecision());
        assertEquals(0, new BigDecimal("0.0001").compareTo(btc.qtyMin()));
        assertEquals(0, new BigDecimal("0.5").compareTo(btc.costMin()));
        assertEquals("BTC", btc.base());
        assertEquals("0.10000000", btc.qty(10_000_000).toPlainString());
        assertEquals("29430.2", btc.price(294_302).toPlainString());
    }

    @Test
    void unknownWellFormedSymbolGetsGenericPrecisionsAndBadOnesAreRejected() {
        Instrument ada = Instrument.forSymbol("ADA/USD");
        assertEquals("ADA", ada.base());
        assertEquals(2, ada.pricePrecision());
        assertThrows(IllegalArgumentException.class, () -> Instrument.forSymbol("btc/usd"));
        assertThrows(IllegalArgumentException.class, () -> Instrument.forSymbol("BTCUSD"));
    }
}
