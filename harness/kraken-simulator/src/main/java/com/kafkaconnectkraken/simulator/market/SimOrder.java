package com.kafkaconnectkraken.simulator.market;

/**
 * One resting order of the generated book. {@code qty} is the remaining visible quantity in
 * quantity units; only the generator thread (holding the market lock) changes it.
 */
final class SimOrder {

    final String id;
    final long price;
    final long createdNanos;
    long qty;

    SimOrder(String id, long price, long qty, long createdNanos) {
        this.id = id;
        this.price = price;
        this.qty = qty;
        this.createdNanos = createdNanos;
    }
}
