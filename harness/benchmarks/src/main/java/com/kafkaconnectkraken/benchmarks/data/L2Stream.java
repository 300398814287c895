package com.kafkaconnectkraken.benchmarks.data;

import java.util.List;

/**
 * A replayable L2 book stream: message 0 is the snapshot, the rest are updates in order, so a
 * replay that wraps around re-applies the snapshot and stays consistent.
 *
 * @param name           stream name used as the JMH {@code @Param} value
 * @param symbol         v2 symbol, e.g. {@code BTC/USD}
 * @param depth          subscribed depth
 * @param pricePrecision instrument {@code price_precision}
 * @param qtyPrecision   instrument {@code qty_precision}
 * @param messages       snapshot then updates
 */
public record L2Stream(String name, String symbol, int depth, int pricePrecision, int qtyPrecision,
                       List<BookMessage> messages) {

    /** @return the number of update messages (all but the snapshot) */
    public int updateCount() {
        return messages.size() - 1;
    }
}
