package com.kafkaconnectkraken.source.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Turns mapped values into {@link SourceRecord}s: topic per record type, string key from the type's
 * key field (symbol, asset, order id, ledger id...) so per-key order is kept on one partition, record
 * timestamp = exchange time when known, else receive time.
 */
public final class RecordFactory {

    private static final String[] EXCHANGE_TIME_FIELDS = {"timestamp", "time", "opentm", "ts"};

    private final StructMapper mapper;
    private final RecordTopics topics;
    private final Map<Schema, List<Field>> timeFields = new ConcurrentHashMap<>();

    /**
     * @param mapper value mapper (carries the decimal handling mode)
     * @param topics topic per record type
     */
    public RecordFactory(StructMapper mapper, RecordTopics topics) {
        this.mapper = mapper;
        this.topics = topics;
    }

    /** The value mapper. */
    public StructMapper mapper() {
        return mapper;
    }

    /**
     * Maps one Kraken object and wraps it in a record without source offset (streams that cannot be resumed).
     *
     * @throws org.apache.kafka.connect.errors.DataException if the object does not fit the contract
     */
    public SourceRecord record(RecordContract type, ObjectNode item, Instant receivedAt) {
        return record(type, mapper.toStruct(type, item, receivedAt), null, null);
    }

    /**
     * Maps one Kraken object plus envelope values (see {@link StructMapper#toStruct(RecordContract, ObjectNode,
     * ObjectNode, Instant)}) and wraps it in a record without source offset.
     *
     * @throws org.apache.kafka.connect.errors.DataException if the object does not fit the contract
     */
    public SourceRecord record(RecordContract type, ObjectNode item, ObjectNode envelope, Instant receivedAt) {
        return record(type, mapper.toStruct(type, item, envelope, receivedAt), null, null);
    }

    /**
     * Wraps a value in a record.
     *
     * @param partition source partition, or null
     * @param offset    source offset, or null
     */
    public SourceRecord record(RecordContract type, Struct value, Map<String, ?> partition, Map<String, ?> offset) {
        Object key = value.get(type.keyField());
        return new SourceRecord(partition, offset, topics.topic(type), null, Schema.STRING_SCHEMA,
                key == null ? null : key.toString(), value.schema(), value, timestamp(value));
    }

    private Long timestamp(Struct value) {
        for (Field field : timeFields.computeIfAbsent(value.schema(), RecordFactory::timeFields)) {
            if (value.get(field) instanceof Date time) {
                return time.getTime();
            }
        }
        return ((Date) value.get(StructMapper.RECEIVED_AT)).getTime();
    }

    /** The fields of {@link #EXCHANGE_TIME_FIELDS} a schema has, in that order. */
    private static List<Field> timeFields(Schema schema) {
        List<Field> fields = new ArrayList<>();
        for (String name : EXCHANGE_TIME_FIELDS) {
            if (schema.field(name) != null) {
                fields.add(schema.field(name));
            }
        }
        return List.copyOf(fields);
    }
}
