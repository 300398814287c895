package com.kafkaconnectkraken.benchmarks.data;

import java.util.List;

/**
 * A replayable level3 stream: message 0 is the snapshot, the rest are updates in order.
 *
 * @param name           stream name used as the JMH {@code @Param} value
 * @param symbol         v2 symbol
 * @param depth          subscribed depth in price levels
 * @param pricePrecision instrument {@code price_precision}
 * @param qtyPrecision   instrument {@code qty_precision}
 * @param messages       snapshot then updates
 */
public record L3Stream(String name, String symbol, int depth, int pricePrecision, int qtyPrecision,
                       List<L3Message> messages) {
}
