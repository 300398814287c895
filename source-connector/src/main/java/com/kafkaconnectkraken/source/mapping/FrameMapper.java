package com.kafkaconnectkraken.source.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import com.kafkaconnectkraken.source.config.RecordType;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Maps WebSocket v2 data pushes of the stateless channels (ticker, trade, ohlc, instrument,
 * executions, balances; https://docs.kraken.com/api/docs/websocket-v2/ticker and siblings) to
 * records, one per element of {@code data}. Envelope values are added to each element under the
 * contract's names: {@code type} (snapshot/update; {@code frame_type} on balances, whose own
 * {@code type} is the ledger type), {@code sequence} (private channels), and for ohlc the
 * message {@code timestamp} while the candle's deprecated {@code timestamp} becomes
 * {@code candle_timestamp}. Book and level3 go through the book keepers instead.
 */
public final class FrameMapper {

    private final RecordFactory records;

    /** @param records record factory */
    public FrameMapper(RecordFactory records) {
        this.records = records;
    }

    /**
     * Maps a data push.
     *
     * @return the records, in wire order
     * @throws DataException if the frame or one element does not fit the contract (no record of the frame is kept)
     */
    public List<SourceRecord> map(KrakenWsMessage message) {
        switch (message.channel()) {
            case "ticker":
                return each(message, RecordType.TICKER, "type");
            case "trade":
                return each(message, RecordType.TRADE, "type");
            case "ohlc":
                return each(message, RecordType.OHLC, "type");
            case "executions":
                return each(message, RecordType.EXECUTION, "type");
            case "balances":
                return each(message, RecordType.BALANCE, "frame_type");
            case "instrument":
                return instrument(message);
            default:
                throw new DataException("Unknown channel '" + message.channel() + "'");
        }
    }

    /**
     * Copies one data element and adds the envelope values ({@code type} or {@code frame_type},
     * {@code sequence}, ohlc timestamps).
     */
    public static ObjectNode element(KrakenWsMessage message, JsonNode item, String typeField) {
        if (!item.isObject()) {
            throw new DataException("Channel " + message.channel() + ": data element is not an object");
        }
        ObjectNode copy = ((ObjectNode) item).deepCopy();
        if ("ohlc".equals(message.channel())) {
            JsonNode candleTime = copy.remove("timestamp");
            if (candleTime != null) {
                copy.set("candle_timestamp", candleTime);
            }
            if (message.timestamp() != null) {
                copy.put("timestamp", message.timestamp());
            }
        }
        if (message.type() != null) {
            copy.put(typeField, message.type());
        }
        if (message.sequence() != null) {
            copy.put("sequence", message.sequence());
        }
        return copy;
    }

    private List<SourceRecord> each(KrakenWsMessage message, RecordType type, String typeField) {
        JsonNode data = message.data();
        if (data == null || !data.isArray()) {
            throw new DataException("Channel " + message.channel() + ": 'data' must be an array");
        }
        List<SourceRecord> result = new ArrayList<>(data.size());
        for (JsonNode item : data) {
            result.add(records.record(type, element(message, item, typeField), message.receivedAt()));
        }
        return result;
    }

    private List<SourceRecord> instrument(KrakenWsMessage message) {
        JsonNode data = message.data();
        if (data == null || !data.isObject()) {
            throw new DataException("Channel instrument: 'data' must be an object {assets, pairs}");
        }
        List<SourceRecord> result = new ArrayList<>();
        for (JsonNode asset : data.path("assets")) {
            result.add(records.record(RecordType.INSTRUMENT_ASSET, element(message, asset, "type"), message.receivedAt()));
        }
        for (JsonNode pair : data.path("pairs")) {
            result.add(records.record(RecordType.INSTRUMENT_PAIR, element(message, pair, "type"), message.receivedAt()));
        }
        return result;
    }
}
