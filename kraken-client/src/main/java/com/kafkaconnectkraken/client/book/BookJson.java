package com.kafkaconnectkraken.client.book;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.json.KrakenTimestamp;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code bids}/{@code asks} arrays of Kraken {@code book} and {@code level3} frames
 * (https://docs.kraken.com/api/docs/websocket-v2/book,
 * https://docs.kraken.com/api/docs/websocket-v2/level3) into book inputs. Numbers may be JSON
 * numbers (as on the wire; parse with {@link com.kafkaconnectkraken.client.json.KrakenJson} to
 * keep their scale) or decimal strings.
 *
 * <p>Every method throws {@link IllegalArgumentException} naming the field and position when the
 * input is malformed, so a bad frame is reported instead of silently corrupting a book.
 */
public final class BookJson {

    private BookJson() {
    }

    /**
     * Reads L2 levels: {@code [{"price":..,"qty":..}, ...]}.
     *
     * @param array the {@code bids} or {@code asks} node; {@code null}/missing means no levels
     * @return the levels in wire order
     * @throws IllegalArgumentException if the node is not an array or a level is malformed
     */
    public static List<BookLevel> levels(JsonNode array) {
        List<BookLevel> out = new ArrayList<>(size(array));
        for (int i = 0; i < size(array); i++) {
            JsonNode level = array.get(i);
            out.add(new BookLevel(decimal(level, "price", i), decimal(level, "qty", i)));
        }
        return out;
    }

    /**
     * Reads level3 snapshot orders: {@code [{"order_id","limit_price","order_qty","timestamp"}, ...]}.
     *
     * @param array the {@code bids} or {@code asks} node of a snapshot; {@code null} means none
     * @return the orders in wire (queue) order
     * @throws IllegalArgumentException if the node is not an array or an order is malformed
     */
    public static List<L3Order> orders(JsonNode array) {
        List<L3Order> out = new ArrayList<>(size(array));
        for (int i = 0; i < size(array); i++) {
            out.add(order(array.get(i), i));
        }
        return out;
    }

    /**
     * Reads level3 update events: {@code [{"event":"add|modify|delete","order_id",..}, ...]}.
     *
     * @param array the {@code bids} or {@code asks} node of an update; {@code null} means none
     * @return the events in wire order
     * @throws IllegalArgumentException if the node is not an array or an event is malformed
     */
    public static List<L3Event> events(JsonNode array) {
        List<L3Event> out = new ArrayList<>(size(array));
        for (int i = 0; i < size(array); i++) {
            JsonNode node = array.get(i);
            JsonNode event = node.get("event");
            L3Event.Action action = L3Event.Action.fromWire(event == null ? null : event.asText());
            out.add(new L3Event(action, order(node, i)));
        }
        return out;
    }

    private static L3Order order(JsonNode node, int index) {
        JsonNode id = node.get("order_id");
        if (id == null || !id.isTextual()) {
            throw new IllegalArgumentException("Missing or non-string 'order_id' at index " + index + ": " + node);
        }
        JsonNode ts = node.get("timestamp");
        Instant timestamp = ts == null || ts.isNull() ? null : KrakenTimestamp.parseInstant(ts.asText());
        return new L3Order(id.asText(), decimal(node, "limit_price", index), decimal(node, "order_qty", index),
                timestamp);
    }

    private static BigDecimal decimal(JsonNode node, String field, int index) {
        JsonNode value = node == null ? null : node.get(field);
        if (value != null && value.isNumber()) {
            return value.decimalValue();
        }
        if (value != null && value.isTextual()) {
            try {
                return new BigDecimal(value.asText());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Field '" + field + "' at index " + index
                        + " is not a decimal: " + KrakenJson.quote(value), e);
            }
        }
        throw new IllegalArgumentException("Missing or non-numeric '" + field + "' at index " + index + ": " + node);
    }

    private static int size(JsonNode array) {
        if (array == null || array.isNull() || array.isMissingNode()) {
            return 0;
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("Expected a JSON array of book entries but got: " + array);
        }
        return array.size();
    }
}
