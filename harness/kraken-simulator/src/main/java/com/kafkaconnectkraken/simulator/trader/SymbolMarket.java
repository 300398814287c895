package com.kafkaconnectkraken.simulator.trader;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Random;

/**
 * One symbol's quote: a seeded random walk of the mid (at most 3 ticks a step) with a spread of 1 to 4 ticks, and the
 * liquidity left at the top of the book. Every new quote offers {@code topSize} base units on each side; fills take
 * from it until the next quote. Not thread-safe: guarded by the venue's lock.
 */
final class SymbolMarket {

    private static final int MAX_STEP_TICKS = 3;
    private static final int MAX_SPREAD_TICKS = 4;

    private final SymbolSpec spec;
    private final Random random;
    private final BigDecimal topSize;
    private final Clock clock;
    private Quote quote;
    private BigDecimal bidLeft;
    private BigDecimal askLeft;

    /**
     * @param seed    the venue seed; the symbol's walk is seeded from it and the symbol name
     * @param topSize base units offered at the best bid and at the best ask by each quote
     */
    SymbolMarket(SymbolSpec spec, long seed, BigDecimal topSize, Clock clock) {
        this.spec = spec;
        this.random = new Random(seed * 31 + spec.symbol().hashCode());
        this.topSize = topSize;
        this.clock = clock;
        long mid = spec.firstMid().movePointRight(spec.decimals()).longValueExact();
        set(spec.price(mid - 1), spec.price(mid + 1));
    }

    SymbolSpec spec() {
        return spec;
    }

    Quote quote() {
        return quote;
    }

    /** Moves the walk one step. @return the new quote */
    Quote step() {
        long bid = quote.bid().movePointRight(spec.decimals()).longValueExact();
        long next = Math.max(1, bid + random.nextInt(2 * MAX_STEP_TICKS + 1) - MAX_STEP_TICKS);
        return set(spec.price(next), spec.price(next + 1 + random.nextInt(MAX_SPREAD_TICKS)));
    }

    /**
     * Sets the quote (test hook); the walk continues from it.
     *
     * @throws IllegalArgumentException if a price is not positive, has more decimals than the symbol, or bid >= ask
     */
    Quote set(BigDecimal bid, BigDecimal ask) {
        if (bid.signum() <= 0 || bid.compareTo(ask) >= 0) {
            throw new IllegalArgumentException("Need 0 < bid < ask: " + bid + " / " + ask);
        }
        quote = new Quote(spec.symbol(), scaled(bid), scaled(ask), clock.instant());
        bidLeft = topSize;
        askLeft = topSize;
        return quote;
    }

    private BigDecimal scaled(BigDecimal price) {
        if (price.stripTrailingZeros().scale() > spec.decimals()) {
            throw new IllegalArgumentException(spec.symbol() + " prices have " + spec.decimals() + " decimals: " + price);
        }
        return price.setScale(spec.decimals());
    }

    /** @return the price a {@code side} order takes now: the ask for a buy, the bid for a sell */
    BigDecimal takePrice(Side side) {
        return side == Side.BUY ? quote.ask() : quote.bid();
    }

    /** @return base units still available to a {@code side} order at {@link #takePrice} in this quote */
    BigDecimal available(Side side) {
        return side == Side.BUY ? askLeft : bidLeft;
    }

    /** Takes {@code qty} (at most {@link #available}) from the side a {@code side} order fills against. */
    void take(Side side, BigDecimal qty) {
        if (side == Side.BUY) {
            askLeft = askLeft.subtract(qty);
        } else {
            bidLeft = bidLeft.subtract(qty);
        }
    }

    /**
     * @param depth levels per side (1..50)
     * @return the {@code depthEvent} frame: the whole book to {@code depth} levels, one tick apart, bids highest first,
     *         asks lowest first; level 0 holds what is left of the top size (absent when nothing is), level i (i >= 1) {@code (i + 1) * topSize}
     */
    String depthFrame(int depth) {
        ObjectNode payload = TraderJson.object();
        payload.put("symbol", spec.symbol());
        levels(payload.putArray("bids"), quote.bid(), spec.tick().negate(), bidLeft, depth);
        levels(payload.putArray("asks"), quote.ask(), spec.tick(), askLeft, depth);
        payload.put("ts", TraderJson.iso(quote.ts()));
        return TraderJson.envelope("depthEvent", payload);
    }

    private void levels(ArrayNode side, BigDecimal best, BigDecimal step, BigDecimal topLeft, int depth) {
        for (int i = 0; i < depth; i++) {
            BigDecimal price = best.add(step.multiply(BigDecimal.valueOf(i)));
            if (price.signum() <= 0) {
                return;
            }
            BigDecimal size = i == 0 ? topLeft : topSize.multiply(BigDecimal.valueOf(i + 1L));
            if (size.signum() > 0) {
                side.addArray().add(price).add(size);
            }
        }
    }
}
