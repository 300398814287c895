package com.kafkaconnectkraken.simulator.market;

/**
 * One level3 order event produced by a book change (docs/protocol/kraken-spot.md §2.7).
 *
 * @param event        {@code add}, {@code modify} or {@code delete}
 * @param orderId      Kraken order id
 * @param price        limit price in ticks
 * @param qty          remaining visible quantity in units (for delete: the quantity it had)
 * @param createdNanos order insert time, epoch nanoseconds
 */
record OrderEvent(String event, String orderId, long price, long qty, long createdNanos) {

    static OrderEvent of(String event, SimOrder order) {
        return new OrderEvent(event, order.id, order.price, order.qty, order.createdNanos);
    }
}
