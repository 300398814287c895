package com.kafkaconnectkraken.simulator.market;

import java.util.ArrayList;
import java.util.List;

/** One price level of the generated book: orders in queue (arrival) order and their total. */
final class SimLevel {

    final long price;
    final List<SimOrder> orders = new ArrayList<>(4);
    long total;

    SimLevel(long price) {
        this.price = price;
    }
}
