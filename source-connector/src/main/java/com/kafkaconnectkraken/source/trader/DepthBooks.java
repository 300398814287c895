package com.kafkaconnectkraken.source.trader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.math.BigDecimal;
import org.apache.kafka.connect.errors.DataException;

/**
 * Verifies one {@code depthEvent} payload {@code {symbol, bids: [[price, size]...], asks: [[price, size]...], ts}}
 * (docs/protocol/trader-api.md §4): every event is the whole book to depth N, so it is checked on its own, never
 * applied to a previous one. A book is verified when its bids are strictly descending, its asks strictly ascending and
 * the best bid is below the best ask; levels are {@code [price, size]} pairs of JSON numbers. Stateless.
 */
final class DepthBooks {

    /** A depth event whose sides are unsorted or crossed: it is counted and skipped, never published. */
    static final class UnverifiedBook extends DataException {
        private static final long serialVersionUID = 1L;

        UnverifiedBook(String message) {
            super(message);
        }
    }

    private DepthBooks() {
    }

    /**
     * @param payload a depthEvent payload
     * @return the envelope for the mapper: {@code bids} and {@code asks} as arrays of {@code {price, size}} objects
     * @throws UnverifiedBook when a side is unsorted or the book is crossed
     * @throws DataException when a side is not an array of {@code [price, size]} number pairs
     */
    static ObjectNode verifiedLevels(JsonNode payload) {
        ObjectNode envelope = KrakenJson.mapper().createObjectNode();
        BigDecimal bestBid = side(payload, "bids", -1, envelope.putArray("bids"));
        BigDecimal bestAsk = side(payload, "asks", 1, envelope.putArray("asks"));
        if (bestBid != null && bestAsk != null && bestBid.compareTo(bestAsk) >= 0) {
            throw new UnverifiedBook("crossed book: best bid " + bestBid.toPlainString() + " >= best ask " + bestAsk.toPlainString());
        }
        return envelope;
    }

    /**
     * @param direction {@code -1}: each price below the previous (bids); {@code 1}: above (asks)
     * @return the best (first) price, or null for an empty side
     */
    private static BigDecimal side(JsonNode payload, String name, int direction, ArrayNode out) {
        JsonNode levels = payload.get(name);
        if (levels == null || !levels.isArray()) {
            throw new DataException("Field '" + name + "' must be an array of [price, size] pairs");
        }
        BigDecimal previous = null;
        for (JsonNode level : levels) {
            if (!level.isArray() || level.size() != 2 || !level.get(0).isNumber() || !level.get(1).isNumber()) {
                throw new DataException("Field '" + name + "[]' must be a [price, size] pair of numbers, was " + level);
            }
            BigDecimal price = level.get(0).decimalValue();
            if (previous != null && price.compareTo(previous) * direction <= 0) {
                throw new UnverifiedBook(name + " not sorted " + (direction < 0 ? "descending" : "ascending") + ": "
                        + price.toPlainString() + " after " + previous.toPlainString());
            }
            previous = price;
            ObjectNode pair = out.addObject();
            pair.set("price", level.get(0));
            pair.set("size", level.get(1));
        }
        return levels.isEmpty() ? null : levels.get(0).get(0).decimalValue();
    }
}
