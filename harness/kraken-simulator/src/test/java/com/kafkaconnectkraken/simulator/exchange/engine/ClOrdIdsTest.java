package com.kafkaconnectkraken.simulator.exchange.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** cl_ord_id formats from https://docs.kraken.com/api/docs/guides/spot-clordid. */
class ClOrdIdsTest {

    @Test
    void acceptsLongUuidShortUuidAndShortAsciiText() {
        assertTrue(ClOrdIds.isValid("0835958d-c526-4ad8-aea8-af54836de47e"));
        assertTrue(ClOrdIds.isValid("0835958dc5264ad8aea8af54836de47e"));
        assertTrue(ClOrdIds.isValid("abcdefghijklmnopqr"));
        assertTrue(ClOrdIds.isValid("a"));
    }

    @Test
    void rejectsLongTextNonAsciiEmptyAndMalformedUuids() {
        assertFalse(ClOrdIds.isValid("abcdefghijklmnopqrs"));
        assertFalse(ClOrdIds.isValid("ordre-\u00e9t\u00e9"));
        assertFalse(ClOrdIds.isValid(""));
        assertFalse(ClOrdIds.isValid(null));
        assertFalse(ClOrdIds.isValid("0835958d-c526-4ad8-aea8-af54836de47z"));
        assertFalse(ClOrdIds.isValid("0835958dc5264ad8aea8af54836de47e0"));
    }

    @Test
    void longAndShortFormsOfOneUuidAreTheSameId() {
        assertEquals(ClOrdIds.key("0835958D-C526-4AD8-AEA8-AF54836DE47E"), ClOrdIds.key("0835958dc5264ad8aea8af54836de47e"));
        assertEquals("Order-1", ClOrdIds.key("Order-1"));
    }
}
