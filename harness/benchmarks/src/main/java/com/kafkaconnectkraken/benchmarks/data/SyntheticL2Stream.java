package com.kafkaconnectkraken.benchmarks.data;

import com.kafkaconnectkraken.client.book.BookLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic (seeded) deep L2 stream: a full-depth snapshot around a fixed mid price, then
 * updates of 1-3 levels each whose distance from the top is exponentially distributed (most
 * activity near the touch, some deep), ~20% deletes, prices at tick 0.1 (price_precision 1) and
 * quantities with qty_precision 8 as BTC/USD has. Expected checksums come from
 * {@link ReferenceL2Book}, not from the book under measurement.
 */
public final class SyntheticL2Stream {

    /** Name of the depth-1000 stream as a JMH parameter value. */
    public static final String NAME_DEPTH_1000 = "synthetic-depth1000";

    static final int PRICE_PRECISION = 1;
    static final int QTY_PRECISION = 8;
    private static final long MID_TICKS = 300_000L;
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private SyntheticL2Stream() {
    }

    /**
     * Generates a stream.
     *
     * @param seed    random seed (same seed, same stream)
     * @param depth   subscribed depth (levels per side in the snapshot)
     * @param updates number of update messages after the snapshot
     * @return the stream, named {@code synthetic-depth<depth>}
     */
    public static L2Stream generate(long seed, int depth, int updates) {
        Random random = new Random(seed);
        ReferenceL2Book reference = new ReferenceL2Book(depth, PRICE_PRECISION, QTY_PRECISION);
        List<BookMessage> messages = new ArrayList<>(updates + 1);
        List<BookLevel> bids = new ArrayList<>(depth);
        List<BookLevel> asks = new ArrayList<>(depth);
        for (int k = 1; k <= depth; k++) {
            bids.add(new BookLevel(price(-k), qty(random)));
            asks.add(new BookLevel(price(k), qty(random)));
        }
        reference.apply(true, bids, asks);
        messages.add(new BookMessage(true, List.copyOf(bids), List.copyOf(asks), reference.checksum(), START));
        for (int i = 1; i <= updates; i++) {
            List<BookLevel> changedBids = new ArrayList<>(3);
            List<BookLevel> changedAsks = new ArrayList<>(3);
            int changes = 1 + random.nextInt(3);
            for (int c = 0; c < changes; c++) {
                boolean bid = random.nextBoolean();
                int distance = 1 + (int) Math.min(depth * 1.2 - 1, -Math.log(1 - random.nextDouble()) * depth / 8.0);
                BigDecimal price = price(bid ? -distance : distance);
                boolean delete = random.nextInt(10) < 2 && reference.has(bid, price);
                (bid ? changedBids : changedAsks).add(new BookLevel(price, delete ? zero() : qty(random)));
            }
            reference.apply(false, changedBids, changedAsks);
            messages.add(new BookMessage(false, List.copyOf(changedBids), List.copyOf(changedAsks),
                    reference.checksum(), START.plusMillis(i)));
        }
        return new L2Stream("synthetic-depth" + depth, "BTC/USD", depth, PRICE_PRECISION, QTY_PRECISION,
                List.copyOf(messages));
    }

    private static BigDecimal price(long ticksFromMid) {
        return BigDecimal.valueOf(MID_TICKS + ticksFromMid, PRICE_PRECISION);
    }

    private static BigDecimal qty(Random random) {
        return BigDecimal.valueOf(1 + random.nextInt(1_000_000_000), QTY_PRECISION);
    }

    private static BigDecimal zero() {
        return BigDecimal.valueOf(0, QTY_PRECISION);
    }
}
