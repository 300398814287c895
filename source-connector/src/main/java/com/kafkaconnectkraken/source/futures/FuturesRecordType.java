package com.kafkaconnectkraken.source.futures;

import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import com.kafkaconnectkraken.source.mapping.RecordContract;

/**
 * Every record type the Kraken Futures source writes: its contract schema ({@code schemas/futures/<name>.avsc},
 * namespace {@code com.kafkaconnectkraken.avro.futures}; {@code book_reset} and {@code gap} are the plugin's
 * shared connector records), its key field and its topic {@code <topic.prefix>.futures.<name>}.
 */
public enum FuturesRecordType implements RecordContract {
    TICKER("ticker", "product_id", true),
    TICKER_LITE("ticker_lite", "product_id", true),
    BOOK("book", "product_id", true),
    TRADE("trade", "product_id", true),
    FILL("fill", "fill_id", true),
    OPEN_ORDER("open_order", "order_id", true),
    OPEN_POSITION("open_position", "instrument", true),
    BALANCE("balance", "account", true),
    ACCOUNT_LOG("account_log", "id", true),
    NOTIFICATION("notification", "id", true),
    BOOK_RESET("book_reset", "symbol", false),
    GAP("gap", "channel", false);

    private final String name;
    private final String keyField;
    private final boolean venueSchema;

    FuturesRecordType(String name, String keyField, boolean venueSchema) {
        this.name = name;
        this.keyField = keyField;
        this.venueSchema = venueSchema;
    }

    @Override
    public String schemaName() {
        return venueSchema ? "futures/" + name : name;
    }

    @Override
    public String keyField() {
        return keyField;
    }

    /** @return the topic suffix after {@code <topic.prefix>.}, e.g. {@code futures.fill} */
    public String topicSuffix() {
        return "futures." + name;
    }

    /**
     * @param feed a data feed
     * @return the record type its messages become
     * @throws IllegalArgumentException for {@code heartbeat}
     */
    public static FuturesRecordType of(FuturesFeed feed) {
        String schema = feed.recordSchema().orElseThrow(() -> new IllegalArgumentException("Feed " + feed + " has no records"));
        for (FuturesRecordType type : values()) {
            if (type.venueSchema && type.name.equals(schema)) {
                return type;
            }
        }
        throw new IllegalArgumentException("No record type for feed " + feed);
    }
}
