package com.kafkaconnectkraken.benchmarks.data;

import com.kafkaconnectkraken.client.book.L3Event;
import com.kafkaconnectkraken.client.book.L3Order;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The level3 docs example (https://docs.kraken.com/api/docs/guides/spot-ws-l3-v2: BTC/USD, best
 * bid 44939.4, best ask 44939.5, price_precision 1, qty_precision 8, 1-8 orders per level) scaled
 * up and made to move, deterministically (seeded): {@code depth} price levels per side with 1-5
 * orders each, then updates of 1-3 events each on levels whose distance from the touch is
 * exponentially distributed; each event moves the level's queue towards 1-8 orders ({@code add},
 * {@code delete}, or {@code modify} of the quantity at the same price).
 * Expected checksums come from {@link ReferenceL3Book}, not from the book under measurement.
 */
public final class SyntheticL3Stream {

    private static final int PRICE_PRECISION = 1;
    private static final int QTY_PRECISION = 8;
    private static final long BEST_BID_TICKS = 449_394L;
    private static final long BEST_ASK_TICKS = 449_395L;
    private static final Instant START = Instant.parse("2024-01-08T12:26:39.526146327Z");

    private final Random random;
    private final int depth;
    private final ReferenceL3Book reference;
    private int orderCount;

    private SyntheticL3Stream(long seed, int depth) {
        this.random = new Random(seed);
        this.depth = depth;
        this.reference = new ReferenceL3Book(depth, PRICE_PRECISION, QTY_PRECISION);
    }

    /**
     * Generates a stream.
     *
     * @param seed    random seed (same seed, same stream)
     * @param depth   price levels per side
     * @param updates update messages after the snapshot
     * @return the stream, named {@code synthetic-l3-depth<depth>}
     */
    public static L3Stream generate(long seed, int depth, int updates) {
        return new SyntheticL3Stream(seed, depth).stream(updates);
    }

    private L3Stream stream(int updates) {
        List<L3Message> messages = new ArrayList<>(updates + 1);
        List<L3Order> bids = new ArrayList<>();
        List<L3Order> asks = new ArrayList<>();
        for (int k = 0; k < depth; k++) {
            for (int n = 1 + random.nextInt(5); n > 0; n--) {
                bids.add(newOrder(price(BEST_BID_TICKS - k), START));
                asks.add(newOrder(price(BEST_ASK_TICKS + k), START));
            }
        }
        reference.snapshot(bids, asks);
        messages.add(new L3Message(true, List.copyOf(bids), List.copyOf(asks), List.of(), List.of(),
                reference.checksum()));
        for (int i = 1; i <= updates; i++) {
            messages.add(update(START.plusMillis(i)));
        }
        return new L3Stream("synthetic-l3-depth" + depth, "BTC/USD", depth, PRICE_PRECISION, QTY_PRECISION,
                List.copyOf(messages));
    }

    private L3Message update(Instant at) {
        List<L3Event> bidEvents = new ArrayList<>(3);
        List<L3Event> askEvents = new ArrayList<>(3);
        Set<String> touched = new HashSet<>();
        for (int e = 1 + random.nextInt(3); e > 0; e--) {
            L3Event event = event(at, touched);
            touched.add(event.order().orderId());
            boolean bid = event.order().limitPrice().compareTo(price(BEST_BID_TICKS)) <= 0;
            (bid ? bidEvents : askEvents).add(event);
        }
        reference.update(bidEvents, askEvents);
        return new L3Message(false, List.of(), List.of(), List.copyOf(bidEvents), List.copyOf(askEvents),
                reference.checksum());
    }

    /**
     * Picks a level (distance from the touch exponentially distributed), then moves its queue
     * towards a per-event target of 1-8 orders (the docs example's range): add below the target,
     * delete above it, modify at it. Levels so stay realistic instead of growing without bound.
     */
    private L3Event event(Instant at, Set<String> touched) {
        boolean bid = random.nextBoolean();
        int distance = (int) Math.min(depth * 1.2 - 1, -Math.log(1 - random.nextDouble()) * depth / 8.0);
        BigDecimal price = price(bid ? BEST_BID_TICKS - distance : BEST_ASK_TICKS + distance);
        List<String> queue = new ArrayList<>(reference.ordersAt(bid, price));
        queue.removeAll(touched);
        int target = 1 + random.nextInt(8);
        if (queue.isEmpty() || queue.size() < target) {
            return new L3Event(L3Event.Action.ADD, newOrder(price, at));
        }
        String existing = queue.get(random.nextInt(queue.size()));
        if (queue.size() == target) {
            return new L3Event(L3Event.Action.MODIFY, new L3Order(existing, price, qty(), at));
        }
        return new L3Event(L3Event.Action.DELETE, new L3Order(existing, price, BigDecimal.valueOf(0, QTY_PRECISION), at));
    }

    private L3Order newOrder(BigDecimal price, Instant at) {
        int n = orderCount++;
        String id = String.format("O%05X-BENCH-%06X", (n >>> 24) & 0xFFFFF, n & 0xFFFFFF);
        return new L3Order(id, price, qty(), at);
    }

    private BigDecimal qty() {
        return BigDecimal.valueOf(1 + random.nextInt(1_000_000_000), QTY_PRECISION);
    }

    private static BigDecimal price(long ticks) {
        return BigDecimal.valueOf(ticks, PRICE_PRECISION);
    }
}
