package com.kafkaconnectkraken.source.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Date;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class SnapshotChangesTest {

    private static final Schema SCHEMA = SchemaBuilder.struct().name("t.Balance").field("asset", Schema.STRING_SCHEMA)
            .field("balance", Schema.STRING_SCHEMA).field("received_at", Schema.INT64_SCHEMA).build();

    private static SourceRecord record(String asset, String balance, long receivedAt) {
        Struct value = new Struct(SCHEMA).put("asset", asset).put("balance", balance).put("received_at", receivedAt);
        return new SourceRecord(null, null, "kraken.balance_ex", null, Schema.STRING_SCHEMA, asset, SCHEMA, value, receivedAt);
    }

    private static List<String> keys(List<SourceRecord> records) {
        return records.stream().map(r -> (String) r.key()).toList();
    }

    @Test
    void onlyKeysWhoseContentChangedPassAndTheReceiveTimeDoesNotCount() {
        SnapshotChanges changes = new SnapshotChanges(true);
        assertEquals(List.of("ZUSD", "XXBT"), keys(changes.changed(List.of(record("ZUSD", "10.00", 1), record("XXBT", "1.0", 1)), false)));
        assertEquals(List.of(), changes.changed(List.of(record("ZUSD", "10.00", 2), record("XXBT", "1.0", 2)), false));
        assertEquals(List.of("XXBT"), keys(changes.changed(List.of(record("ZUSD", "10.00", 3), record("XXBT", "1.5", 3)), false)));
        assertEquals(List.of("ZUSD", "XXBT"), keys(changes.changed(List.of(record("ZUSD", "10.00", 4), record("XXBT", "1.5", 4)), true)),
                "a heartbeat writes everything");
    }

    @Test
    void aKeyThatDisappearsGetsATombstone() {
        SnapshotChanges changes = new SnapshotChanges(true);
        changes.changed(List.of(record("OA", "open", 1), record("OB", "open", 1)), false);
        List<SourceRecord> out = changes.changed(List.of(record("OB", "open", 2)), false);
        assertEquals(List.of("OA"), keys(out));
        assertNull(out.get(0).value());
        assertEquals("kraken.balance_ex", out.get(0).topic());
        assertEquals(new Date(2).getTime(), out.get(0).timestamp());
        assertEquals(List.of(), changes.changed(List.of(record("OB", "open", 3)), false), "the tombstone is written once");
    }

    @Test
    void withoutTombstonesAKeyThatDisappearsIsForgottenAndWrittenAgainWhenItReturns() {
        SnapshotChanges changes = new SnapshotChanges(false);
        changes.changed(List.of(record("OA", "open", 1), record("OB", "open", 1)), false);
        assertEquals(List.of(), changes.changed(List.of(record("OB", "open", 2)), false), "no tombstone for OA");
        assertEquals(List.of("OA"), keys(changes.changed(List.of(record("OA", "open", 3), record("OB", "open", 3)), false)));
    }
}
