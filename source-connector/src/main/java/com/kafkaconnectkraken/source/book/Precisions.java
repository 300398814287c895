package com.kafkaconnectkraken.source.book;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Price and quantity precision per pair from the WS v2 instrument channel
 * ({@code pairs[].price_precision}, {@code qty_precision};
 * https://docs.kraken.com/api/docs/websocket-v2/instrument), used to format checksum tokens
 * (docs/protocol/kraken-spot.md §3.1). Unknown pairs yield null precisions, i.e. the wire scale. Thread-safe.
 */
public final class Precisions {

    /** Precision of one pair; a component is null when Kraken did not send it. */
    public record Precision(Integer price, Integer qty) {
    }

    private static final Precision UNKNOWN = new Precision(null, null);
    private final Map<String, Precision> bySymbol = new ConcurrentHashMap<>();

    /** Records the pairs of an instrument snapshot or update {@code data} object. */
    public void update(JsonNode instrumentData) {
        if (instrumentData == null) {
            return;
        }
        for (JsonNode pair : instrumentData.path("pairs")) {
            String symbol = pair.path("symbol").asText(null);
            if (symbol != null) {
                bySymbol.put(symbol, new Precision(intOrNull(pair.get("price_precision")), intOrNull(pair.get("qty_precision"))));
            }
        }
    }

    /** The precision of {@code symbol}; both null when unknown. */
    public Precision of(String symbol) {
        return bySymbol.getOrDefault(symbol, UNKNOWN);
    }

    private static Integer intOrNull(JsonNode node) {
        return node != null && node.canConvertToInt() ? node.intValue() : null;
    }
}
