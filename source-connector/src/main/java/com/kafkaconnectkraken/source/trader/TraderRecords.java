package com.kafkaconnectkraken.source.trader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.ws.TraderMessage;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.source.mapping.NumericTime;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.mapping.StructMapper;
import com.kafkaconnectkraken.source.stream.SeenIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Turns Trader API data events into records, one per event (docs/protocol/trader-api.md §4, §7): {@code quoteEvent},
 * {@code depthEvent} (verified by {@link DepthBooks}, levels as {@code {price, size}}), {@code executionEvent},
 * {@code portfolioEvent}, {@code metricsEvent}; and the orders of an {@code orderHistory} answer into execution
 * records with {@code source=order_history}. Every order state ({@code orderId}, {@code status},
 * {@code filledQuantity}) is published once, live or backfilled ({@link SeenIds}). The schema-driven mapper reads the
 * payload's camelCase names for the contract's snake_case fields, numbers from their token text, ISO times into
 * {@code ts} + {@code ts_text}, and keeps fields the schema does not know in {@code extra_fields}.
 */
public final class TraderRecords {

    /** {@code source} of an execution record recovered from {@code orderHistory}. */
    static final String ORDER_HISTORY = "order_history";
    private static final String LIVE = "ws";
    private static final int SEEN_ORDER_STATES = 100_000;

    private final RecordFactory records;
    private final SeenIds seen = new SeenIds(SEEN_ORDER_STATES);
    private final AtomicLong duplicates = new AtomicLong();
    private final DepthBooks depthBooks;

    /** @param records the venue's record factory ({@link #factory}) */
    public TraderRecords(RecordFactory records) {
        this.records = records;
        this.depthBooks = new DepthBooks(records.mapper());
    }

    /**
     * @param mode        how decimals are written
     * @param topicPrefix the connector's {@code topic.prefix}
     * @return the record factory of the Trader record types ({@code <prefix>.trader.*} topics, camelCase wire names of the Trader types)
     */
    public static RecordFactory factory(DecimalHandlingMode mode, String topicPrefix) {
        return new RecordFactory(new StructMapper(mode, List.of(TraderRecordType.values()), NumericTime.EPOCH_MILLIS),
                new TraderTopics(topicPrefix));
    }

    /**
     * @param message a data event
     * @return its records: one, or none for an order state already published or a message that is not a data event
     * @throws DepthBooks.UnverifiedBook for a depth event whose sides are unsorted or crossed
     * @throws DataException if the payload does not fit the contract (the caller skips it and counts it)
     */
    public List<SourceRecord> map(TraderMessage message) {
        ObjectNode payload = object(message.payload(), "payload");
        Instant at = message.receivedAt();
        return switch (message.type()) {
            case QUOTE_EVENT -> List.of(records.record(TraderRecordType.QUOTE, payload, at));
            case DEPTH_EVENT -> List.of(records.record(TraderRecordType.DEPTH,
                    records.mapper().toStructWith(TraderRecordType.DEPTH, payload, depthBooks.verifiedLevels(payload), at),
                    null, null));
            case EXECUTION_EVENT -> execution(payload, LIVE, at);
            case PORTFOLIO_EVENT -> List.of(records.record(TraderRecordType.PORTFOLIO, payload, at));
            case METRICS_EVENT -> List.of(records.record(TraderRecordType.METRICS, payload, at));
            default -> List.of();
        };
    }

    /**
     * @param answer  an {@code orderHistory} answer {@code {accountId, orders: [...]}}, each order an executionEvent
     *                payload of its latest state plus {@code createdAt}
     * @param symbols the symbols whose orders this task publishes
     * @return execution records of the order states not published yet
     * @throws DataException if the answer or an order does not fit the contract
     */
    public List<SourceRecord> backfilled(TraderMessage answer, Predicate<String> symbols) {
        JsonNode orders = answer.payload().get("orders");
        if (orders == null || !orders.isArray()) {
            throw new DataException("Field 'orders' of the orderHistory answer must be an array");
        }
        List<SourceRecord> out = new ArrayList<>();
        for (JsonNode order : orders) {
            ObjectNode item = object(order, "orders[]");
            if (symbols.test(item.path("symbol").asText())) {
                out.addAll(execution(item, ORDER_HISTORY, answer.receivedAt()));
            }
        }
        return out;
    }

    /** @return how many order states were skipped as already published */
    public long duplicateExecutions() {
        return duplicates.get();
    }

    private List<SourceRecord> execution(ObjectNode payload, String source, Instant at) {
        ObjectNode envelope = KrakenJson.mapper().createObjectNode().put("source", source);
        SourceRecord record = records.record(TraderRecordType.EXECUTION, payload, envelope, at);
        if (seen.firstTime(stateKey(payload))) {
            return List.of(record);
        }
        duplicates.incrementAndGet();
        return List.of();
    }

    /** @return {@code orderId|status|filledQuantity}, the quantity without trailing zeros ({@code 10000} and {@code 10000.0} are one state) */
    static String stateKey(JsonNode order) {
        JsonNode filled = order.path("filledQuantity");
        String quantity = filled.isNumber() ? filled.decimalValue().stripTrailingZeros().toPlainString() : filled.asText();
        return order.path("orderId").asText() + "|" + order.path("status").asText() + "|" + quantity;
    }

    private static ObjectNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new DataException("Field '" + path + "' must be a JSON object");
        }
        return (ObjectNode) node;
    }
}
