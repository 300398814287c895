package com.kafkaconnectkraken.client.spot.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
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

    @Test
    void derivedIdsAreStableNameBasedUuidsPerRecordAndBatchEntry() {
        String id = ClOrdIds.derive("orders", 3, 42L);
        assertEquals(id, ClOrdIds.derive("orders", 3, 42L), "a redelivered record maps to the same order");
        assertNotEquals(id, ClOrdIds.derive("orders", 3, 43L));
        assertNotEquals(id, ClOrdIds.derive("orders", 4, 42L));
        assertNotEquals(id, ClOrdIds.derive("orders", 3, 42L, 0), "batch entries differ from the record's own id");
        assertNotEquals(ClOrdIds.derive("orders", 3, 42L, 0), ClOrdIds.derive("orders", 3, 42L, 1));
        UUID uuid = UUID.fromString(id);
        assertEquals(3, uuid.version(), "name-based (MD5)");
        assertEquals(36, id.length());
        assertTrue(ClOrdIds.isValid(id));
        assertEquals(id, id.toLowerCase(java.util.Locale.ROOT));
    }
}
