package com.kafkaconnectkraken.source.rest;

import com.kafkaconnectkraken.source.mapping.StructMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Keeps what the last records of one snapshot endpoint said, per record key, and lets through only
 * what changed: a key whose content (every field but {@code received_at}) differs from the last
 * record written, and a tombstone (null value) for a key that is gone, so a compacted topic holds the
 * current state. Tombstones can be turned off for a topic another endpoint also writes (OpenOrders next
 * to ClosedOrders: the closed order is the later state, which a tombstone would delete). Not thread-safe.
 */
final class SnapshotChanges {

    private record Written(String topic, Schema valueSchema, List<Object> content) {
    }

    private final Map<String, Written> last = new HashMap<>();
    private final boolean tombstones;

    /** @param tombstones whether a key that disappears gets a tombstone (else it is only forgotten) */
    SnapshotChanges(boolean tombstones) {
        this.tombstones = tombstones;
    }

    /**
     * @param current every record of the latest response
     * @param all     {@code true} to let every current record through (heartbeat)
     * @return the changed records, then tombstones of the keys that disappeared (when enabled)
     */
    List<SourceRecord> changed(List<SourceRecord> current, boolean all) {
        List<SourceRecord> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SourceRecord record : current) {
            String key = Objects.toString(record.key());
            seen.add(key);
            Written now = new Written(record.topic(), record.valueSchema(), content((Struct) record.value()));
            Written before = last.put(key, now);
            if (all || before == null || !before.content().equals(now.content())) {
                out.add(record);
            }
        }
        Long timestamp = current.isEmpty() ? null : current.get(0).timestamp();
        last.entrySet().removeIf(entry -> {
            if (seen.contains(entry.getKey())) {
                return false;
            }
            if (tombstones) {
                out.add(new SourceRecord(null, null, entry.getValue().topic(), null, Schema.STRING_SCHEMA, entry.getKey(),
                        entry.getValue().valueSchema(), null, timestamp));
            }
            return true;
        });
        return out;
    }

    private static List<Object> content(Struct value) {
        List<Object> content = new ArrayList<>();
        for (Field field : value.schema().fields()) {
            if (!StructMapper.RECEIVED_AT.equals(field.name())) {
                content.add(value.get(field));
            }
        }
        return content;
    }
}
