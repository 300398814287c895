package com.kafkaconnectkraken.source.trader;

import com.kafkaconnectkraken.source.mapping.FieldNaming;
import com.kafkaconnectkraken.source.mapping.RecordContract;

/**
 * Every record type the Trader source writes: its contract schema ({@code schemas/trader/<name>.avsc}, namespace
 * {@code com.kafkaconnectkraken.avro.trader}; {@code gap} is the plugin's shared connector record), its key field
 * and its topic {@code <topic.prefix>.<suffix>}, e.g. {@code kraken.trader.quotes}.
 */
public enum TraderRecordType implements RecordContract {
    QUOTE("quote", "symbol", "trader.quotes", true),
    DEPTH("depth", "symbol", "trader.depth", true),
    EXECUTION("execution", "order_id", "trader.executions", true),
    PORTFOLIO("portfolio", "account_id", "trader.portfolio", true),
    METRICS("metrics", "account_id", "trader.metrics", true),
    GAP("gap", "channel", "trader.gap", false);

    private final String name;
    private final String keyField;
    private final String topicSuffix;
    private final boolean venueSchema;

    TraderRecordType(String name, String keyField, String topicSuffix, boolean venueSchema) {
        this.name = name;
        this.keyField = keyField;
        this.topicSuffix = topicSuffix;
        this.venueSchema = venueSchema;
    }

    @Override
    public String schemaName() {
        return venueSchema ? "trader/" + name : name;
    }

    @Override
    public String keyField() {
        return keyField;
    }

    /** @return camelCase for the Trader payloads (the API's names), as is for the shared {@code gap} record */
    @Override
    public FieldNaming naming() {
        return venueSchema ? FieldNaming.CAMEL_CASE : FieldNaming.AS_IS;
    }

    /** @return the topic suffix after {@code <topic.prefix>.}, e.g. {@code trader.executions} */
    public String topicSuffix() {
        return topicSuffix;
    }
}
