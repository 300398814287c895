package com.kafkaconnectkraken.simulator.market;

import java.util.List;

/**
 * The effect of one generator step on one price level.
 *
 * @param bid      side of the level
 * @param price    level price in ticks
 * @param newTotal level quantity after the change in units; 0 if the level is gone
 * @param events   the level3 order events, in order
 */
record BookChange(boolean bid, long price, long newTotal, List<OrderEvent> events) {
}
