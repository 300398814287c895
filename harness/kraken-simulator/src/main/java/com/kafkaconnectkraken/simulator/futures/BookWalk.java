package com.kafkaconnectkraken.simulator.futures;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random level flow for one product's {@link FuturesBook}: quantity changes near the touch, new quantity near
 * the touch or inside the spread, level removals, taker trades against the best level of the other side, and deep
 * levels trimmed or added so each side keeps about {@value #TARGET_LEVELS} levels. Each step changes exactly one level,
 * so every step is one {@code book} message. Same seed, same product: same sequence (the simulator's own, smaller
 * cousin of the Spot generator's random walk).
 */
final class BookWalk {

    static final int TARGET_LEVELS = 25;
    private static final int MIN_LEVELS = 10;
    private static final int MAX_LEVELS = 40;
    private static final int MAX_UNITS = 20_000;

    /**
     * A taker trade against the best level of the other side.
     *
     * @param uid       the trade's id (seeded UUID)
     * @param takerSide the taker's side (the trade frame's {@code side})
     * @param price     the maker level's price
     * @param qty       the traded quantity
     */
    record Trade(String uid, FuturesSide takerSide, BigDecimal price, BigDecimal qty) {
    }

    /** One step: the level change and, for trades, the trade. */
    record Step(FuturesBook.Delta delta, Trade trade) {
    }

    private final FuturesProduct product;
    private final FuturesBook book;
    private final Random rnd;
    private final BigDecimal tick;
    private final BigDecimal qtyStep;

    BookWalk(FuturesProduct product, FuturesBook book, Random rnd) {
        this.product = product;
        this.book = book;
        this.rnd = rnd;
        this.tick = product.tickSize();
        this.qtyStep = product.qtyStep();
    }

    /** Fills both sides with {@value #TARGET_LEVELS} levels around the start price. */
    void seed() {
        for (FuturesSide side : FuturesSide.values()) {
            BigDecimal direction = side == FuturesSide.BUY ? tick.negate() : tick;
            BigDecimal price = product.startPrice().add(direction);
            for (int i = 0; i < TARGET_LEVELS && price.signum() > 0; i++) {
                book.seed(side, price, randomQty());
                price = price.add(direction.multiply(BigDecimal.valueOf(1 + rnd.nextInt(3))));
            }
        }
    }

    /** @return the next step; the book has already changed */
    Step next() {
        for (FuturesSide side : FuturesSide.values()) {
            if (book.side(side).size() < MIN_LEVELS) {
                return new Step(addNear(side), null);
            }
        }
        int u = rnd.nextInt(100);
        FuturesSide side = rnd.nextBoolean() ? FuturesSide.BUY : FuturesSide.SELL;
        if (u < 35) {
            return new Step(modify(side), null);
        } else if (u < 60) {
            return new Step(addNear(side), null);
        } else if (u < 75) {
            return new Step(remove(side), null);
        } else if (u < 90) {
            return trade(side);
        }
        return new Step(trimOrDeepen(side), null);
    }

    private FuturesBook.Delta addNear(FuturesSide side) {
        BigDecimal bid = book.best(FuturesSide.BUY);
        BigDecimal ask = book.best(FuturesSide.SELL);
        BigDecimal anchor = side == FuturesSide.BUY ? bid : ask;
        if (anchor == null) {
            anchor = (side == FuturesSide.BUY ? ask : bid).add(side == FuturesSide.BUY ? tick.negate() : tick);
        }
        BigDecimal price;
        long spreadTicks = bid == null || ask == null ? 0 : ask.subtract(bid).divide(tick).longValueExact();
        if (spreadTicks > 1 && rnd.nextInt(4) == 0) {
            BigDecimal inside = ticks(1 + rnd.nextInt((int) Math.min(spreadTicks - 1, 1000)));
            price = side == FuturesSide.BUY ? bid.add(inside) : ask.subtract(inside);
        } else {
            BigDecimal offset = ticks(geometric(3));
            price = side == FuturesSide.BUY ? anchor.subtract(offset) : anchor.add(offset);
        }
        if (price.signum() <= 0) {
            return modify(side);
        }
        BigDecimal resting = book.side(side).getOrDefault(price, BigDecimal.ZERO);
        return book.set(side, price, resting.add(randomQty()));
    }

    private FuturesBook.Delta modify(FuturesSide side) {
        int rank = (int) Math.min(geometric(3), book.side(side).size() - 1L);
        Map.Entry<BigDecimal, BigDecimal> level = book.levelAt(side, rank);
        BigDecimal qty = randomQty();
        return book.set(side, level.getKey(), qty.compareTo(level.getValue()) == 0 ? qty.add(qtyStep) : qty);
    }

    private FuturesBook.Delta remove(FuturesSide side) {
        if (book.side(side).size() <= MIN_LEVELS) {
            return modify(side);
        }
        int rank = (int) Math.min(geometric(3), book.side(side).size() - 1L);
        return book.set(side, book.levelAt(side, rank).getKey(), BigDecimal.ZERO);
    }

    private Step trade(FuturesSide takerSide) {
        FuturesSide maker = takerSide.opposite();
        if (book.side(maker).size() <= MIN_LEVELS) {
            return new Step(modify(maker), null);
        }
        Map.Entry<BigDecimal, BigDecimal> level = book.levelAt(maker, 0);
        long units = level.getValue().divide(qtyStep).longValueExact();
        long filled = units == 1 || rnd.nextBoolean() ? units : 1 + (long) (rnd.nextDouble() * (units - 1));
        BigDecimal qty = qtyStep.multiply(BigDecimal.valueOf(filled));
        FuturesBook.Delta delta = book.set(maker, level.getKey(), level.getValue().subtract(qty));
        return new Step(delta, new Trade(SeededIds.uuid(rnd), takerSide, level.getKey(), qty));
    }

    private FuturesBook.Delta trimOrDeepen(FuturesSide side) {
        var levels = book.side(side);
        if (levels.size() > MAX_LEVELS) {
            return book.set(side, levels.lastKey(), BigDecimal.ZERO);
        }
        BigDecimal away = ticks(1 + rnd.nextInt(3));
        BigDecimal price = side == FuturesSide.BUY ? levels.lastKey().subtract(away) : levels.lastKey().add(away);
        return price.signum() > 0 ? book.set(side, price, randomQty()) : modify(side);
    }

    private BigDecimal ticks(long n) {
        return tick.multiply(BigDecimal.valueOf(n));
    }

    /** A geometric-like random count (its double is only the random shape, never a price or quantity). */
    private long geometric(double mean) {
        return (long) (-Math.log(1 - rnd.nextDouble()) * mean);
    }

    private BigDecimal randomQty() {
        return qtyStep.multiply(BigDecimal.valueOf(1 + rnd.nextInt(MAX_UNITS)));
    }
}
