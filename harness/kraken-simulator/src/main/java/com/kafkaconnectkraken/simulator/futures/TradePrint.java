package com.kafkaconnectkraken.simulator.futures;

import java.math.BigDecimal;

/**
 * One public trade as the {@code trade} feed carries it (https://docs.kraken.com/api/docs/futures-api/websocket/trade).
 *
 * @param uid   trade id
 * @param side  the taker's side
 * @param seq   the product's trade sequence number (+1 per trade)
 * @param time  epoch ms
 * @param qty   quantity (contracts for inverse, base units for linear)
 * @param price price
 */
record TradePrint(String uid, FuturesSide side, long seq, long time, BigDecimal qty, BigDecimal price) {
}
