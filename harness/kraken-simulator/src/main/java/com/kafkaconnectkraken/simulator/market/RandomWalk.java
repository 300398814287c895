package com.kafkaconnectkraken.simulator.market;

import java.util.Random;

/**
 * Seeded random order flow for one symbol's {@link SimBook}: orders added near the touch or
 * inside the spread, quantity changes, cancels, taker trades against the best level, and deep
 * levels trimmed or added so each side stays near {@value #TARGET_LEVELS} levels. The best prices
 * therefore perform a random walk. Each step changes exactly one price level, so every published
 * update is one consistent level change. Same seed, same symbol: same sequence.
 */
final class RandomWalk {

    static final int TARGET_LEVELS = 1000;
    private static final int MIN_LEVELS = 50;
    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /** One generator step: the level change and, for trades, the fill. */
    record Step(BookChange change, Fill fill) {
    }

    /** A taker trade against the best level of the opposite side. */
    record Fill(boolean takerBuys, long price, long qty) {
    }

    private final Instrument instrument;
    private final SimBook book;
    private final Random rnd;
    private final long qtyStep;

    RandomWalk(Instrument instrument, SimBook book, long seed) {
        this.instrument = instrument;
        this.book = book;
        this.rnd = new Random(seed ^ ((long) instrument.symbol().hashCode() << 32));
        this.qtyStep = instrument.qtyPrecision() >= 4 ? (long) Math.pow(10, instrument.qtyPrecision() - 4) : 1;
    }

    /** Fills both sides with {@value #TARGET_LEVELS} levels around the start price. */
    void seed() {
        long start = instrument.startTicks();
        for (int side = 0; side < 2; side++) {
            boolean bid = side == 0;
            long price = bid ? start - 1 : start + 1;
            for (int i = 0; i < TARGET_LEVELS && price > 0; i++) {
                for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                    book.add(bid, newOrder(price));
                }
                price += bid ? -(1 + rnd.nextInt(3)) : 1 + rnd.nextInt(3);
            }
        }
    }

    /** @return the next step; the book has already changed */
    Step next() {
        if (book.side(true).size() < MIN_LEVELS) {
            return new Step(addNear(true), null);
        }
        if (book.side(false).size() < MIN_LEVELS) {
            return new Step(addNear(false), null);
        }
        int u = rnd.nextInt(100);
        boolean bid = rnd.nextBoolean();
        if (u < 30) {
            return new Step(modify(bid), null);
        } else if (u < 55) {
            return new Step(addNear(bid), null);
        } else if (u < 75) {
            return new Step(cancel(bid), null);
        } else if (u < 90) {
            return trade(bid);
        }
        return new Step(trimOrDeepen(bid), null);
    }

    private BookChange addNear(boolean bid) {
        long bestBid = book.best(true, book.best(false, instrument.startTicks() + 1) - 1);
        long bestAsk = book.best(false, bestBid + 1);
        long spread = bestAsk - bestBid;
        long price;
        if (spread > 1 && rnd.nextInt(4) == 0) {
            long inside = 1 + rnd.nextInt((int) Math.min(spread - 1, Integer.MAX_VALUE));
            price = bid ? bestBid + inside : bestAsk - inside;
        } else {
            long offset = geometric(3);
            price = bid ? Math.max(1, bestBid - offset) : bestAsk + offset;
        }
        return book.add(bid, newOrder(price));
    }

    private BookChange modify(boolean bid) {
        SimLevel level = pickLevel(bid);
        SimOrder order = level.orders.get(rnd.nextInt(level.orders.size()));
        long qty = randomQty();
        return book.modify(bid, order, qty == order.qty ? qty + qtyStep : qty);
    }

    private BookChange cancel(boolean bid) {
        SimLevel level = pickLevel(bid);
        return book.delete(bid, level.orders.get(rnd.nextInt(level.orders.size())));
    }

    private Step trade(boolean takerBuys) {
        SimLevel level = book.side(!takerBuys).firstEntry().getValue();
        SimOrder maker = level.orders.get(0);
        long fill = maker.qty == 1 || rnd.nextBoolean() ? maker.qty : 1 + (long) (rnd.nextDouble() * (maker.qty - 1));
        BookChange change = fill == maker.qty ? book.delete(!takerBuys, maker) : book.modify(!takerBuys, maker, maker.qty - fill);
        return new Step(change, new Fill(takerBuys, level.price, fill));
    }

    private BookChange trimOrDeepen(boolean bid) {
        var side = book.side(bid);
        if (side.size() > TARGET_LEVELS) {
            return book.deleteLevel(bid, side.lastEntry().getValue());
        }
        long worst = side.lastKey();
        long price = bid ? worst - 1 - rnd.nextInt(3) : worst + 1 + rnd.nextInt(3);
        return price > 0 ? book.add(bid, newOrder(price)) : modify(bid);
    }

    private SimLevel pickLevel(boolean bid) {
        int rank = (int) Math.min(geometric(4), book.side(bid).size() - 1L);
        return book.levelAt(bid, rank);
    }

    private long geometric(double mean) {
        return (long) (-Math.log(1 - rnd.nextDouble()) * mean);
    }

    private long randomQty() {
        return (1 + rnd.nextInt(20_000)) * qtyStep;
    }

    private SimOrder newOrder(long price) {
        return new SimOrder(orderId(), price, randomQty(), WallClock.epochNanos());
    }

    private String orderId() {
        StringBuilder id = new StringBuilder(19).append('O');
        for (int i = 1; i < 19; i++) {
            id.append(i == 6 || i == 12 ? '-' : ID_CHARS.charAt(rnd.nextInt(ID_CHARS.length())));
        }
        return id.toString();
    }
}
