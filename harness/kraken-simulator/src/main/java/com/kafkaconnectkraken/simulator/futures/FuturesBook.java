package com.kafkaconnectkraken.simulator.futures;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One product's level-2 book as Kraken Futures publishes it (https://docs.kraken.com/api/docs/futures-api/websocket/book):
 * absolute quantity per price level, and one {@code seq} per product that rises by one with every published level
 * change, so a client sees a gap as a jump. The simulator's own plain implementation over two {@link TreeMap}s (prices
 * compare by value, {@code 100.0} equals {@code 100}). Not thread-safe (guarded by the product's market lock).
 */
final class FuturesBook {

    /**
     * One published level change.
     *
     * @param side  the side of the level
     * @param price the level's price
     * @param qty   the level's new absolute quantity, 0 = removed
     * @param seq   the product's sequence number of this message
     */
    record Delta(FuturesSide side, BigDecimal price, BigDecimal qty, long seq) {
    }

    private final NavigableMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Comparator.reverseOrder());
    private final NavigableMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
    private long seq;
    private boolean skipNext;

    /** @param startSeq the {@code seq} a snapshot taken before any change carries */
    FuturesBook(long startSeq) {
        this.seq = startSeq;
    }

    /** @return a read-only view of one side, best price first */
    NavigableMap<BigDecimal, BigDecimal> side(FuturesSide side) {
        return Collections.unmodifiableNavigableMap(levels(side));
    }

    /** @return the best price of a side, or {@code null} if it is empty */
    BigDecimal best(FuturesSide side) {
        NavigableMap<BigDecimal, BigDecimal> levels = levels(side);
        return levels.isEmpty() ? null : levels.firstKey();
    }

    /** @return the level at a 0-based rank from the best, or {@code null} if the side is shorter */
    Map.Entry<BigDecimal, BigDecimal> levelAt(FuturesSide side, int rank) {
        Iterator<Map.Entry<BigDecimal, BigDecimal>> it = levels(side).entrySet().iterator();
        for (int i = 0; i < rank && it.hasNext(); i++) {
            it.next();
        }
        return it.hasNext() ? it.next() : null;
    }

    /** @return the sequence number of the last published change (what a snapshot taken now carries) */
    long seq() {
        return seq;
    }

    /** Places a level before anything is published (no sequence number is used). */
    void seed(FuturesSide side, BigDecimal price, BigDecimal qty) {
        check(side, price, qty);
        levels(side).put(price, qty);
    }

    /**
     * Sets a level and numbers the change: {@code seq} + 1, or + 2 once after {@link #skipNextSeq()}.
     *
     * @param qty the new absolute quantity; 0 removes the level
     * @return the change to publish
     * @throws IllegalArgumentException if the quantity is negative, the price not positive, or the level would cross
     *                                  the other side
     */
    Delta set(FuturesSide side, BigDecimal price, BigDecimal qty) {
        check(side, price, qty);
        if (qty.signum() == 0) {
            levels(side).remove(price);
        } else {
            levels(side).put(price, qty);
        }
        seq += skipNext ? 2 : 1;
        skipNext = false;
        return new Delta(side, price, qty, seq);
    }

    /** Makes the next {@link #set} skip one sequence number (a gap the client must notice); the book stays right. */
    void skipNextSeq() {
        skipNext = true;
    }

    private void check(FuturesSide side, BigDecimal price, BigDecimal qty) {
        if (qty.signum() < 0 || price.signum() <= 0) {
            throw new IllegalArgumentException("Level needs price > 0 and qty >= 0: " + price + " x " + qty);
        }
        BigDecimal other = best(side.opposite());
        boolean crosses = other != null && qty.signum() > 0
                && (side == FuturesSide.BUY ? price.compareTo(other) >= 0 : price.compareTo(other) <= 0);
        if (crosses) {
            throw new IllegalArgumentException(side.wire() + " level " + price + " would cross the best " + other);
        }
    }

    private NavigableMap<BigDecimal, BigDecimal> levels(FuturesSide side) {
        return side == FuturesSide.BUY ? bids : asks;
    }
}
