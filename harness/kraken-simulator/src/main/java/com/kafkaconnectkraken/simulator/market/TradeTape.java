package com.kafkaconnectkraken.simulator.market;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The trades of one symbol: ids increase by one per trade (Kraken's per-book {@code trade_id}
 * sequence) and the last 50 are kept for the {@code trade} snapshot (docs/protocol/kraken-spot.md §2.3).
 */
final class TradeTape {

    /** One executed trade. Price in ticks, qty in units, time in epoch nanoseconds. */
    record Trade(long tradeId, boolean takerBuys, long price, long qty, String ordType, long nanos) {
    }

    static final int SNAPSHOT_SIZE = 50;

    private final Deque<Trade> recent = new ArrayDeque<>(SNAPSHOT_SIZE);
    private long nextId = 1;

    /** Records a trade and returns it with its id. */
    Trade record(boolean takerBuys, long price, long qty, String ordType) {
        Trade trade = new Trade(nextId++, takerBuys, price, qty, ordType, WallClock.epochNanos());
        if (recent.size() == SNAPSHOT_SIZE) {
            recent.removeFirst();
        }
        recent.addLast(trade);
        return trade;
    }

    /** @return the most recent trades, oldest first (at most 50) */
    List<Trade> recent() {
        return new ArrayList<>(recent);
    }
}
