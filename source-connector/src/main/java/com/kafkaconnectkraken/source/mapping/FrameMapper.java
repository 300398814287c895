package com.kafkaconnectkraken.source.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import com.kafkaconnectkraken.source.config.RecordType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Maps WebSocket v2 data pushes of the stateless channels (ticker, trade, ohlc, instrument,
 * executions, balances; https://docs.kraken.com/api/docs/websocket-v2/ticker and siblings) to
 * records, one per element of {@code data}. Envelope values are added to each element under the
 * contract's names: {@code type} (snapshot/update; {@code frame_type} on balances, whose own
 * {@code type} is the ledger type), {@code sequence} (private channels), and for ohlc the
 * message {@code timestamp} while the candle's deprecated {@code timestamp} becomes
 * {@code candle_timestamp}. The elements are mapped in place, with the envelope values passed
 * alongside (no copy per element). Book and level3 go through the book keepers instead.
 */
public final class FrameMapper {

    /** The record type of each element of a stateless channel's frames. */
    private static final Map<SpotChannel, RecordType> ELEMENT_TYPES = new EnumMap<>(Map.of(
            SpotChannel.TICKER, RecordType.TICKER,
            SpotChannel.TRADE, RecordType.TRADE,
            SpotChannel.OHLC, RecordType.OHLC,
            SpotChannel.EXECUTIONS, RecordType.EXECUTION,
            SpotChannel.BALANCES, RecordType.BALANCE));

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
        SpotChannel channel = SpotChannel.find(message.channel()).orElse(null);
        if (channel == SpotChannel.INSTRUMENT) {
            return instrument(message);
        }
        RecordType type = ELEMENT_TYPES.get(channel);
        if (type == null) {
            throw new DataException("Unknown channel '" + message.channel() + "'");
        }
        return each(message, type, type == RecordType.BALANCE ? "frame_type" : "type");
    }

    /**
     * The envelope values of one data element, in the form {@link StructMapper#toStruct(RecordType, ObjectNode,
     * ObjectNode, java.time.Instant)} takes them: for ohlc the candle's own {@code timestamp} moves to
     * {@code candle_timestamp} and the message {@code timestamp} replaces it (a JSON null when the message has none).
     *
     * @param item the element; read on ohlc only
     */
    private static ObjectNode envelope(KrakenWsMessage message, ObjectNode item, String typeField) {
        ObjectNode envelope = KrakenJson.mapper().createObjectNode();
        if (isOhlc(message)) {
            JsonNode candleTime = item.get("timestamp");
            if (candleTime != null) {
                envelope.set("candle_timestamp", candleTime);
            }
            if (message.timestamp() != null) {
                envelope.put("timestamp", message.timestamp());
            } else {
                envelope.putNull("timestamp");
            }
        }
        if (message.type() != null) {
            envelope.put(typeField, message.type());
        }
        if (message.sequence() != null) {
            envelope.put("sequence", message.sequence());
        }
        return envelope;
    }

    /** @param shared the envelope of every element of the message, or null to build one per element (ohlc) */
    private SourceRecord record(KrakenWsMessage message, RecordType type, JsonNode item, String typeField,
                                ObjectNode shared) {
        ObjectNode element = object(message, item);
        ObjectNode envelope = shared != null ? shared : envelope(message, element, typeField);
        return records.record(type, element, envelope, message.receivedAt());
    }

    /**
     * The envelope values of the data elements of a book or level3 frame, to map an element without
     * copying it ({@link RecordFactory#record(RecordType, ObjectNode, ObjectNode, java.time.Instant)}):
     * {@code typeField} = the frame's {@code type}, and {@code sequence} when the frame has one.
     *
     * @param message   the frame (not ohlc, whose elements each need their own envelope)
     * @param typeField the contract's name for the frame type, e.g. {@code type}
     * @return a new, modifiable envelope (callers may add values such as {@code depth})
     */
    public static ObjectNode bookEnvelope(KrakenWsMessage message, String typeField) {
        return envelope(message, null, typeField);
    }

    /**
     * Checks that a data element is a JSON object.
     *
     * @return the element as an object
     * @throws DataException if it is not an object
     */
    public static ObjectNode object(KrakenWsMessage message, JsonNode item) {
        if (!item.isObject()) {
            throw new DataException("Channel " + message.channel() + ": data element is not an object");
        }
        return (ObjectNode) item;
    }

    /** The envelope all elements of a message share (every channel but ohlc), else null. */
    private static ObjectNode sharedEnvelope(KrakenWsMessage message, String typeField) {
        return isOhlc(message) ? null : envelope(message, null, typeField);
    }

    private static boolean isOhlc(KrakenWsMessage message) {
        return SpotChannel.OHLC.wireName().equals(message.channel());
    }

    private List<SourceRecord> each(KrakenWsMessage message, RecordType type, String typeField) {
        JsonNode data = message.data();
        if (data == null || !data.isArray()) {
            throw new DataException("Channel " + message.channel() + ": 'data' must be an array");
        }
        List<SourceRecord> result = new ArrayList<>(data.size());
        ObjectNode shared = sharedEnvelope(message, typeField);
        for (JsonNode item : data) {
            result.add(record(message, type, item, typeField, shared));
        }
        return result;
    }

    private List<SourceRecord> instrument(KrakenWsMessage message) {
        JsonNode data = message.data();
        if (data == null || !data.isObject()) {
            throw new DataException("Channel instrument: 'data' must be an object {assets, pairs}");
        }
        List<SourceRecord> result = new ArrayList<>();
        ObjectNode shared = sharedEnvelope(message, "type");
        for (JsonNode asset : data.path("assets")) {
            result.add(record(message, RecordType.INSTRUMENT_ASSET, asset, "type", shared));
        }
        for (JsonNode pair : data.path("pairs")) {
            result.add(record(message, RecordType.INSTRUMENT_PAIR, pair, "type", shared));
        }
        return result;
    }
}
