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
import java.util.Set;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;

class HistoryOffsetTest {

    private static final BigDecimal T = new BigDecimal("1688464484.1780");

    @Test
    void cursorRoundTripsThroughItsMapKeepingTheExactTimeAndTheIdsAtThatTime() {
        HistoryCursor cursor = HistoryCursor.at("LB", T).advance("LA", new BigDecimal("1688464484.178"));
        Map<String, Object> map = cursor.toMap("ledger_id");
        assertEquals(Map.of("version", 2, "ledger_id", "LB", "time", "1688464484.1780", "ids_at_time", "LA,LB"), map);
        assertEquals(cursor, HistoryCursor.fromMap(map, "ledger_id"));
    }

    @Test
    void theCursorIsTheGreatestTimeThenTheGreatestIdWhateverTheOrderEntriesCameIn() {
        HistoryCursor cursor = HistoryCursor.at("TZ", T).advance("TA", T.add(new BigDecimal("0.0001"))).advance("TB", T.add(new BigDecimal("0.0001")));
        assertEquals("TB", cursor.id());
        assertEquals(new BigDecimal("1688464484.1781"), cursor.time());
        assertEquals(Set.of("TA", "TB"), cursor.idsAtTime());
        assertTrue(cursor.covers("TZ", T), "older entries are written");
        assertTrue(cursor.covers("TA", cursor.time()));
        assertFalse(cursor.covers("T0", cursor.time()), "an entry booked later at exactly the cursor's time is new");
        assertFalse(cursor.covers("T0", cursor.time().add(new BigDecimal("0.0001"))));
        assertEquals(cursor, cursor.advance("TY", T), "an older entry does not move the cursor");
    }

    @Test
    void version1LedgerCursorsMeanEveryEntryAtTheirTimeIsWritten() {
        Map<String, Object> stored = new HashMap<>(Map.of("version", 1L, "ledger_id", "LMKZCZ-Z3GVL-CXKK4H", "time", "1688444262.8888"));
        HistoryCursor cursor = HistoryCursor.fromMap(stored, "ledger_id");
        assertEquals("LMKZCZ-Z3GVL-CXKK4H", cursor.id());
        assertTrue(cursor.covers("L-SIBLING", new BigDecimal("1688444262.8888")));
        assertFalse(cursor.covers("L-NEXT", new BigDecimal("1688444262.8889")));
        assertNull(HistoryCursor.fromMap(null, "ledger_id"));
    }

    @Test
    void wrongVersionOrTypesAreRejectedWithAClearMessage() {
        ConnectException e = assertThrows(ConnectException.class,
                () -> HistoryCursor.fromMap(Map.of("version", 3, "txid", "T", "time", "1"), "txid"));
        assertTrue(e.getMessage().contains("version 3"));
        assertThrows(ConnectException.class, () -> HistoryCursor.fromMap(Map.of("txid", "T", "time", "1"), "txid"));
        assertThrows(ConnectException.class, () -> HistoryCursor.fromMap(Map.of("version", 2, "txid", 5, "time", "1"), "txid"));
        assertThrows(ConnectException.class, () -> HistoryCursor.fromMap(Map.of("version", 2, "txid", "T", "time", 1.5), "txid"));
        assertThrows(ConnectException.class, () -> HistoryCursor.fromMap(Map.of("version", 2, "txid", "T", "time", "x"), "txid"));
        assertThrows(ConnectException.class, () -> HistoryCursor.fromMap(Map.of("version", 2, "ledger_id", "T", "time", "1"), "txid"));
        assertThrows(ConnectException.class,
                () -> HistoryCursor.fromMap(Map.of("version", 2, "txid", "T", "time", "1", "ids_at_time", 7), "txid"));
    }

    @Test
    void partitionIdentifiesEndpointAndAccountWithoutRevealingTheKey() {
        HistoryPartition partition = HistoryPartition.forApiKey("Ledgers", "my-api-key");
        assertEquals("2e35b6583bdba19c", partition.account()); // sha256sum of "my-api-key", first 8 bytes
        assertFalse(partition.toMap().toString().contains("my-api-key"));
        assertEquals(partition, HistoryPartition.forApiKey("Ledgers", "my-api-key"));
        assertFalse(partition.equals(HistoryPartition.forApiKey("Ledgers", "other-key")));
        assertFalse(partition.equals(HistoryPartition.forApiKey("TradesHistory", "my-api-key")));
        assertEquals(Map.of("endpoint", "Ledgers", "account", partition.account()), partition.toMap());
        assertEquals(partition, HistoryPartition.fromMap(partition.toMap()));
        assertThrows(ConnectException.class, () -> HistoryPartition.fromMap(Map.of("endpoint", "Balance", "account", "x")));
        assertThrows(ConnectException.class, () -> HistoryPartition.fromMap(Map.of("endpoint", "Ledgers")));
    }

    @Test
    void partitionIsTheSameOffsetKeyInEveryJvmAndAfterConnectReadsItBack() {
        HistoryPartition partition = HistoryPartition.forApiKey("Ledgers", "my-api-key");
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
