package com.kafkaconnectkraken.source.config;

/**
 * Every record type the source connector writes: its contract schema ({@code schemas/<schema>.avsc}),
 * its default topic suffix ({@code <topic.prefix>.<suffix>}) and the field used as record key.
 */
public enum RecordType {
    TICKER("ticker", "symbol"),
    BOOK("book", "symbol"),
    BOOK_RESET("book_reset", "symbol"),
    TRADE("trade", "symbol"),
    OHLC("ohlc", "symbol"),
    INSTRUMENT_ASSET("instrument_asset", "id"),
    INSTRUMENT_PAIR("instrument_pair", "symbol"),
    LEVEL3("level3", "symbol"),
    EXECUTION("execution", "order_id"),
    BALANCE("balance", "asset"),
    LEDGER("ledger", "ledger_id"),
    GAP("gap", "channel"),
    BALANCE_EX("balance_ex", "asset"),
    TRADE_BALANCE("trade_balance", "asset"),
    ORDER("order", "order_id"),
    TRADE_HISTORY("trade_history", "txid"),
    OPEN_POSITION("open_position", "position_id"),
    TRADE_VOLUME("trade_volume", "currency");

    private final String schemaName;
    private final String keyField;

    RecordType(String schemaName, String keyField) {
        this.schemaName = schemaName;
        this.keyField = keyField;
    }

    /** Base name of the .avsc file, also the default topic suffix. */
    public String schemaName() {
        return schemaName;
    }

    /** Name of the value field that is the record key. */
    public String keyField() {
        return keyField;
    }

    /**
     * Looks a type up by its schema name.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static RecordType fromSchemaName(String name) {
        for (RecordType type : values()) {
            if (type.schemaName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown record type '" + name + "'");
    }
}
