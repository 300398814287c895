package com.kafkaconnectkraken.source.futures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.ws.FuturesMessage;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.source.mapping.NumericTime;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.mapping.StructMapper;
import com.kafkaconnectkraken.source.stream.SeenIds;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Turns the messages of every feed except {@code book} into records, one per Kraken object
 * (docs/protocol/kraken-futures.md; https://docs.kraken.com/api/docs/futures-api/websocket/fills and siblings):
 * ticker, ticker_lite and balances messages are one record each; snapshot arrays ({@code trades},
 * {@code fills}, {@code orders}, {@code positions}, {@code logs}, {@code notifications}) one record per element,
 * with the message's {@code account}/{@code seq}/{@code timestamp} and a {@code snapshot} flag added. A fill
 * whose {@code fill_id} was already published is skipped ({@link SeenIds}). The schema-driven mapper reads
 * numbers from their token text and keeps fields the schema does not know in {@code extra_fields}.
 */
public final class FuturesRecords {

    private static final int SEEN_FILLS = 100_000;

    private final RecordFactory records;
    private final SeenIds seenFills = new SeenIds(SEEN_FILLS);
    private long duplicateFills;

    /** @param records the venue's record factory ({@link #factory}) */
    public FuturesRecords(RecordFactory records) {
        this.records = records;
    }

    /**
     * @param mode        how decimals are written
     * @param topicPrefix the connector's {@code topic.prefix}
     * @return the record factory of the Kraken Futures record types (epoch-ms times, {@code <prefix>.futures.*} topics)
     */
    public static RecordFactory factory(DecimalHandlingMode mode, String topicPrefix) {
        return new RecordFactory(new StructMapper(mode, List.of(FuturesRecordType.values()), NumericTime.EPOCH_MILLIS),
                new FuturesTopics(topicPrefix));
    }

    /**
     * @return the records of one message, possibly none (a snapshot of fills already published)
     * @throws DataException if the message does not fit the contract (the caller skips it and counts it)
     */
    public List<SourceRecord> map(FuturesMessage message) {
        JsonNode frame = message.frame();
        FuturesRecordType type = FuturesRecordType.of(message.feed());
        return switch (message.feed()) {
            case TICKER, TICKER_LITE -> List.of(one(type, frame, withoutFeed(), message));
            case BALANCES -> List.of(one(type, frame, withoutFeed().put("snapshot", message.snapshot()), message));
            case TRADE -> trades(message);
            case FILLS -> fills(message);
            case OPEN_ORDERS, OPEN_ORDERS_VERBOSE -> openOrders(message);
            case OPEN_POSITIONS -> each(type, message, "positions", copied(frame, snapshotless(), "account", "seq", "timestamp"));
            case ACCOUNT_LOG -> message.snapshot() ? each(type, message, "logs", snapshotFlag(true))
                    : List.of(one(type, frame.get("new_entry"), snapshotFlag(false), message));
            case NOTIFICATIONS_AUTH -> each(type, message, "notifications", snapshotless());
            case BOOK, HEARTBEAT -> throw new IllegalArgumentException("Feed " + message.feed() + " is not mapped here");
        };
    }

    /** @return how many fills were skipped as already published */
    public long duplicateFills() {
        return duplicateFills;
    }

    private List<SourceRecord> trades(FuturesMessage message) {
        if (!message.snapshot()) {
            return List.of(one(FuturesRecordType.TRADE, message.frame(), withoutFeed().put("snapshot", false), message));
        }
        return each(FuturesRecordType.TRADE, message, "trades", copied(message.frame(), snapshotFlag(true), "product_id"));
    }

    private List<SourceRecord> fills(FuturesMessage message) {
        JsonNode frame = message.frame();
        ObjectNode envelope = copied(frame, snapshotFlag(message.snapshot()), "account", "username");
        List<SourceRecord> out = new ArrayList<>();
        for (JsonNode fill : array(frame, "fills")) {
            String id = fill.path("fill_id").asText("");
            if (id.isEmpty()) {
                throw new DataException("Field 'fills[].fill_id' is missing");
            }
            if (seenFills.firstTime(id)) {
                out.add(one(FuturesRecordType.FILL, fill, envelope, message));
            } else {
                duplicateFills++;
            }
        }
        return out;
    }

    private List<SourceRecord> openOrders(FuturesMessage message) {
        JsonNode frame = message.frame();
        if (message.snapshot()) {
            return each(FuturesRecordType.OPEN_ORDER, message, "orders", copied(frame, snapshotFlag(true), "account"));
        }
        JsonNode order = frame.get("order");
        if (order != null && order.isObject()) {
            ObjectNode envelope = copied(frame, snapshotFlag(false), "is_cancel", "reason", "account");
            return List.of(one(FuturesRecordType.OPEN_ORDER, order, envelope, message));
        }
        return List.of(one(FuturesRecordType.OPEN_ORDER, frame, withoutFeed().put("snapshot", false), message));
    }

    private List<SourceRecord> each(FuturesRecordType type, FuturesMessage message, String field, ObjectNode envelope) {
        List<SourceRecord> out = new ArrayList<>();
        for (JsonNode item : array(message.frame(), field)) {
            out.add(records.record(type, object(item, field + "[]"), envelope, message.receivedAt()));
        }
        return out;
    }

    private SourceRecord one(FuturesRecordType type, JsonNode item, ObjectNode envelope, FuturesMessage message) {
        return records.record(type, object(item, type.schemaName()), envelope, message.receivedAt());
    }

    /** @return an envelope removing the message's {@code feed} (it names the topic, not a field) */
    private static ObjectNode withoutFeed() {
        ObjectNode envelope = KrakenJson.mapper().createObjectNode();
        envelope.set("feed", NullNode.getInstance());
        return envelope;
    }

    private static ObjectNode snapshotFlag(boolean snapshot) {
        return KrakenJson.mapper().createObjectNode().put("snapshot", snapshot);
    }

    private static ObjectNode snapshotless() {
        return KrakenJson.mapper().createObjectNode();
    }

    /** @return {@code to} with the message-level {@code fields} of {@code from} that are present and not null */
    private static ObjectNode copied(JsonNode from, ObjectNode to, String... fields) {
        for (String field : fields) {
            JsonNode value = from.get(field);
            if (value != null && !value.isNull()) {
                to.set(field, value);
            }
        }
        return to;
    }

    private static JsonNode array(JsonNode frame, String field) {
        JsonNode array = frame.get(field);
        if (array == null || !array.isArray()) {
            throw new DataException("Field '" + field + "' must be an array");
        }
        return array;
    }

    private static ObjectNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new DataException("Field '" + path + "' must be a JSON object");
        }
        return (ObjectNode) node;
    }
}
