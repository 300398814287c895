package com.kafkaconnectkraken.source.config;

import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.source.mapping.RecordContract;

/**
 * Every record type the source connector writes: its contract schema ({@code schemas/<schema>.avsc}),
 * its default topic suffix ({@code <topic.prefix>.<suffix>}) and the field used as record key. A channel's
 * own record type takes its schema name from the channel descriptor ({@link SpotChannel#recordSchemas()}).
 */
public enum RecordType implements RecordContract {
    TICKER(SpotChannel.TICKER, "symbol"),
    BOOK(SpotChannel.BOOK, "symbol"),
    BOOK_RESET("book_reset", "symbol"),
    TRADE(SpotChannel.TRADE, "symbol"),
    OHLC(SpotChannel.OHLC, "symbol"),
    INSTRUMENT_ASSET("instrument_asset", "id"),
    INSTRUMENT_PAIR("instrument_pair", "symbol"),
    LEVEL3(SpotChannel.LEVEL3, "symbol"),
    EXECUTION(SpotChannel.EXECUTIONS, "order_id"),
    BALANCE(SpotChannel.BALANCES, "asset"),
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

    /** The first record schema of the channel: the one its data frames become. */
    RecordType(SpotChannel channel, String keyField) {
        this(channel.recordSchemas().get(0), keyField);
    }

    /** Base name of the .avsc file, also the default topic suffix. */
    @Override
    public String schemaName() {
        return schemaName;
    }

    /** Name of the value field that is the record key. */
    @Override
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
