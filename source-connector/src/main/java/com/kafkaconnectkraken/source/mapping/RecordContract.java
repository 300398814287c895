package com.kafkaconnectkraken.source.mapping;

/**
 * A record type of the Avro contract a source connector writes: each venue's record-type enum implements it
 * (Kraken Spot: {@code config.RecordType}; Kraken Futures: {@code futures.FuturesRecordType}).
 */
public interface RecordContract {

    /** @return the schema's name for {@code KrakenSchemas}, e.g. {@code ticker} or {@code futures/ticker} */
    String schemaName();

    /** @return the value field used as the record key, e.g. {@code symbol} or {@code fill_id} */
    String keyField();

    /** @return how the JSON the record is read from spells the schema's field names; as they are unless overridden */
    default FieldNaming naming() {
        return FieldNaming.AS_IS;
    }
}
