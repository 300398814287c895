package com.kafkaconnectkraken.source.stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.ws.KrakenWsEvent;
import com.kafkaconnectkraken.source.config.RecordType;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.connect.source.SourceRecord;

/** Builds {@code gap} records: channel, symbols, from, to, duration, reason, whether data was recovered. */
final class GapRecords {

    private final RecordFactory records;

    GapRecords(RecordFactory records) {
        this.records = records;
    }

    SourceRecord gap(String channel, List<String> symbols, KrakenWsEvent.Gap gap, boolean backfilled, Instant now) {
        ObjectNode item = KrakenJson.mapper().createObjectNode();
        item.put("channel", channel);
        ArrayNode array = item.putArray("symbols");
        symbols.forEach(array::add);
        item.put("from", gap.from().toString());
        item.put("to", gap.to().toString());
        item.put("duration_ms", gap.duration().toMillis());
        item.put("reason", "disconnect");
        item.put("backfilled", backfilled);
        return records.record(RecordType.GAP, item, now);
    }
}
