package com.kafkaconnectkraken.source.trader;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.schema.DecimalTarget;
import com.kafkaconnectkraken.schema.KrakenSchemas;
import com.kafkaconnectkraken.source.mapping.ConnectStructs;
import com.kafkaconnectkraken.source.mapping.StructMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/**
 * Verifies one {@code depthEvent} payload {@code {symbol, bids: [[price, size]...], asks: [[price, size]...], ts}}
 * (docs/protocol/trader-api.md §4): every event is the whole book to depth N, so it is checked on its own, never
 * applied to a previous one. A book is verified when its bids are strictly descending, its asks strictly ascending and
 * the best bid is below the best ask; levels are {@code [price, size]} pairs of JSON numbers. The record's level
 * structs are built here, straight from the pairs. Stateless, thread-safe.
 */
final class DepthBooks {

    /** A depth event whose sides are unsorted or crossed: it is counted and skipped, never published. */
    static final class UnverifiedBook extends DataException {
        private static final long serialVersionUID = 1L;

        UnverifiedBook(String message) {
            super(message);
        }
    }

    private final Schema level;
    private final Field price;
    private final Field size;
    private final DecimalHandlingMode mode;
    private final DecimalTarget priceTarget;
    private final DecimalTarget sizeTarget;

    /** @param mapper the mapper of the Trader record types (gives the level schema and the decimal mode) */
    DepthBooks(StructMapper mapper) {
        level = mapper.schema(TraderRecordType.DEPTH).field("bids").schema().valueSchema();
        price = level.field("price");
        size = level.field("size");
        mode = mapper.mode();
        Schema precise = KrakenSchemas.connect(TraderRecordType.DEPTH.schemaName()).field("bids").schema().valueSchema();
        priceTarget = DecimalTarget.of(precise.field("price").schema());
        sizeTarget = DecimalTarget.of(precise.field("size").schema());
    }

    /**
     * @param payload a depthEvent payload
     * @return the record's {@code bids} and {@code asks}: lists of {@code DepthLevel} structs {@code {price, size}}
     *         (decimal mode applied), best first
     * @throws UnverifiedBook when a side is unsorted or the book is crossed
     * @throws DataException when a side is not an array of {@code [price, size]} number pairs, or a number does not
     *                       fit the contract's decimal
     */
    Map<String, List<Struct>> verifiedLevels(JsonNode payload) {
        List<BigDecimal> bids = new ArrayList<>();
        List<BigDecimal> asks = new ArrayList<>();
        BigDecimal bestBid = side(payload, "bids", -1, bids);
        BigDecimal bestAsk = side(payload, "asks", 1, asks);
        if (bestBid != null && bestAsk != null && bestBid.compareTo(bestAsk) >= 0) {
            throw new UnverifiedBook("crossed book: best bid " + bestBid.toPlainString() + " >= best ask " + bestAsk.toPlainString());
        }
        return Map.of("bids", structs(bids), "asks", structs(asks));
    }

    /**
     * @param direction {@code -1}: each price below the previous (bids); {@code 1}: above (asks)
     * @return the best (first) price, or null for an empty side
     */
    /** @param out receives each level's price and size, in turn */
    private static BigDecimal side(JsonNode payload, String name, int direction, List<BigDecimal> out) {
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
            out.add(price);
            out.add(level.get(1).decimalValue());
            previous = price;
        }
        return levels.isEmpty() ? null : levels.get(0).get(0).decimalValue();
    }

    /**
     * The level structs of prices and sizes in turn; their values have the Java types of the level schema by
     * construction ({@link ConnectStructs}).
     */
    private List<Struct> structs(List<BigDecimal> pricesAndSizes) {
        List<Struct> out = new ArrayList<>(pricesAndSizes.size() / 2);
        for (int i = 0; i < pricesAndSizes.size(); i += 2) {
            Struct struct = new Struct(level);
            ConnectStructs.put(struct, price, mode.toConnectAt(pricesAndSizes.get(i), priceTarget));
            out.add(ConnectStructs.put(struct, size, mode.toConnectAt(pricesAndSizes.get(i + 1), sizeTarget)));
        }
        return out;
    }
}
