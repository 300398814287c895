package com.kafkaconnectkraken.source.offset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;

class LedgerOffsetTest {

    @Test
    void cursorRoundTripsThroughItsMapKeepingTheExactTime() {
        LedgerCursor cursor = new LedgerCursor("L4UESK-KG3EQ-UFO4T5", new BigDecimal("1688464484.1780"));
        Map<String, Object> map = cursor.toMap();
        assertEquals(Map.of("version", 1, "ledger_id", "L4UESK-KG3EQ-UFO4T5", "time", "1688464484.1780"), map);
        assertEquals(cursor, LedgerCursor.fromMap(map));
    }

    @Test
    void restoredMapsMayCarryLongVersionsAsConnectsJsonConverterDoes() {
        Map<String, Object> stored = new HashMap<>(Map.of("version", 1L, "ledger_id", "LMKZCZ-Z3GVL-CXKK4H", "time", "1688444262.8888"));
        assertEquals("LMKZCZ-Z3GVL-CXKK4H", LedgerCursor.fromMap(stored).ledgerId());
        assertNull(LedgerCursor.fromMap(null));
    }

    @Test
    void wrongVersionOrTypesAreRejectedWithAClearMessage() {
        ConnectException e = assertThrows(ConnectException.class,
                () -> LedgerCursor.fromMap(Map.of("version", 2, "ledger_id", "L", "time", "1")));
        assertTrue(e.getMessage().contains("version 2"));
        assertThrows(ConnectException.class, () -> LedgerCursor.fromMap(Map.of("ledger_id", "L", "time", "1")));
        assertThrows(ConnectException.class, () -> LedgerCursor.fromMap(Map.of("version", 1, "ledger_id", 5, "time", "1")));
        assertThrows(ConnectException.class, () -> LedgerCursor.fromMap(Map.of("version", 1, "ledger_id", "L", "time", 1.5)));
        assertThrows(ConnectException.class, () -> LedgerCursor.fromMap(Map.of("version", 1, "ledger_id", "L", "time", "x")));
    }

    @Test
    void partitionIdentifiesTheAccountWithoutRevealingTheKey() {
        LedgerPartition partition = LedgerPartition.forApiKey("my-api-key");
        assertEquals("2e35b6583bdba19c", partition.account()); // sha256sum of "my-api-key", first 8 bytes
        assertFalse(partition.toMap().toString().contains("my-api-key"));
        assertEquals(partition, LedgerPartition.forApiKey("my-api-key"));
        assertFalse(partition.equals(LedgerPartition.forApiKey("other-key")));
        assertEquals(Map.of("endpoint", "Ledgers", "account", partition.account()), partition.toMap());
    }

    @Test
    void partitionIsTheSameOffsetKeyInEveryJvmAndAfterConnectReadsItBack() {
        LedgerPartition partition = LedgerPartition.forApiKey("my-api-key");
        JsonConverter converter = new JsonConverter(); // as Connect's internal offset key converter
        converter.configure(Map.of("schemas.enable", "false"), true);
        byte[] written = converter.fromConnectData("", null, List.of("conn", partition.toMap()));
        assertEquals("[\"conn\",{\"endpoint\":\"Ledgers\",\"account\":\"2e35b6583bdba19c\"}]",
                new String(written, StandardCharsets.UTF_8), "the documented key order, not a per-JVM hash order");
        // GET/PATCH /connectors/{name}/offsets look the key up from a map Connect deserialised itself
        Object readBack = converter.toConnectData("", written).value();
        assertArrayEquals(written, converter.fromConnectData("", null, readBack));
    }
}
