package com.kafkaconnectkraken.source.stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.ws.KrakenWsEvent;
import com.kafkaconnectkraken.source.config.RecordType;
import com.kafkaconnectkraken.source.mapping.RecordContract;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.connect.source.SourceRecord;

/** Builds {@code gap} records: channel, symbols, from, to, duration, reason, whether data was recovered. */
public final class GapRecords {

    private final RecordFactory records;
    private final RecordContract type;

    /** Spot's {@code gap} records. */
    GapRecords(RecordFactory records) {
        this(records, RecordType.GAP);
    }

    /**
     * @param records record factory of the venue
     * @param type    the venue's gap record type (schema {@code gap})
     */
    public GapRecords(RecordFactory records, RecordContract type) {
        this.records = records;
        this.type = type;
    }

    /**
     * @param channel    the channel or feed the gap concerns
     * @param symbols    its symbols or product ids
     * @param gap        the session's gap event
     * @param backfilled whether the missed data was recovered
     * @param now        the record's receive time
     * @return the record
     */
    public SourceRecord gap(String channel, List<String> symbols, KrakenWsEvent.Gap gap, boolean backfilled, Instant now) {
        ObjectNode item = KrakenJson.mapper().createObjectNode();
        item.put("channel", channel);
        ArrayNode array = item.putArray("symbols");
        symbols.forEach(array::add);
        item.put("from", gap.from().toString());
        item.put("to", gap.to().toString());
        item.put("duration_ms", gap.duration().toMillis());
        item.put("reason", "disconnect");
        item.put("backfilled", backfilled);
        return records.record(type, item, now);
    }
}
