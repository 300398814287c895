package com.kafkaconnectkraken.simulator.futures;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One product's public market: its book, the seeded {@link BookWalk}, recent trades, ticker statistics and the
 * sessions subscribed to {@code ticker}, {@code ticker_lite}, {@code book} and {@code trade}. Every step publishes one
 * {@code book} delta; a trade also publishes {@code trade}; a trade or a best bid/ask change publishes {@code ticker}
 * and {@code ticker_lite}. Subscribing sends the feed's snapshot atomically with respect to steps, so the first delta a
 * subscriber sees has the snapshot's {@code seq} + 1. All methods are synchronized on this market.
 */
final class ProductMarket {

    private static final int RECENT_TRADES = 50;

    private final FuturesProduct product;
    private final Clock clock;
    private final FuturesBook book;
    private final BookWalk walk;
    private final FuturesTickerStats stats;
    private final Deque<TradePrint> recent = new ArrayDeque<>();
    private final Map<FuturesFeed, Set<FuturesSession>> subscribers = new EnumMap<>(FuturesFeed.class);
    private long tradeSeq;

    ProductMarket(FuturesProduct product, long seed, Clock clock) {
        this.product = product;
        this.clock = clock;
        Random rnd = new Random(seed ^ ((long) product.symbol().hashCode() << 32));
        this.book = new FuturesBook(1_000_000L + rnd.nextInt(1_000_000));
        this.walk = new BookWalk(product, book, rnd);
        this.stats = new FuturesTickerStats(product, rnd);
        this.tradeSeq = 100_000L + rnd.nextInt(100_000);
        walk.seed();
    }

    FuturesProduct product() {
        return product;
    }

    /** Performs one generator step and publishes what it changed. */
    synchronized void step() {
        long now = clock.millis();
        BigDecimal bid = book.best(FuturesSide.BUY);
        BigDecimal ask = book.best(FuturesSide.SELL);
        BookWalk.Step step = walk.next();
        publish(FuturesFeed.BOOK, () -> PublicFrames.bookDelta(product, step.delta(), now));
        BookWalk.Trade trade = step.trade();
        if (trade != null) {
            TradePrint print = new TradePrint(trade.uid(), trade.takerSide(), ++tradeSeq, now, trade.qty(), trade.price());
            recent.addFirst(print);
            if (recent.size() > RECENT_TRADES) {
                recent.removeLast();
            }
            stats.onTrade(trade.price(), trade.qty());
            publish(FuturesFeed.TRADE, () -> PublicFrames.trade(product, print));
        }
        if (trade != null || !Objects.equals(bid, book.best(FuturesSide.BUY))
                || !Objects.equals(ask, book.best(FuturesSide.SELL))) {
            publish(FuturesFeed.TICKER, () -> PublicFrames.ticker(product, book, stats, now));
            publish(FuturesFeed.TICKER_LITE, () -> PublicFrames.tickerLite(product, book, stats, now));
        }
    }

    /**
     * Adds the session to a feed (idempotent) and sends the feed's current state: {@code book_snapshot},
     * {@code trade_snapshot} (newest first), or the current {@code ticker} / {@code ticker_lite}. Subscribing again
     * re-sends the snapshot without duplicating the subscription.
     */
    synchronized void subscribe(FuturesSession session, FuturesFeed feed) {
        long now = clock.millis();
        session.send(switch (feed) {
            case BOOK -> PublicFrames.bookSnapshot(product, book, now);
            case TRADE -> PublicFrames.tradeSnapshot(product, new ArrayList<>(recent));
            case TICKER -> PublicFrames.ticker(product, book, stats, now);
            case TICKER_LITE -> PublicFrames.tickerLite(product, book, stats, now);
            default -> throw new IllegalArgumentException("Not a product feed: " + feed);
        });
        subscribers.computeIfAbsent(feed, f -> new LinkedHashSet<>()).add(session);
    }

    /** @return whether the session was subscribed to the feed */
    synchronized boolean unsubscribe(FuturesSession session, FuturesFeed feed) {
        Set<FuturesSession> sessions = subscribers.get(feed);
        return sessions != null && sessions.remove(session);
    }

    /** Forgets the session on every feed (it disconnected). */
    synchronized void removeAll(FuturesSession session) {
        subscribers.values().forEach(sessions -> sessions.remove(session));
    }

    /** The next {@code book} delta skips one {@code seq}. */
    synchronized void skipNextSeq() {
        book.skipNextSeq();
    }

    /** @return the {@code seq} of the last book message */
    synchronized long bookSeq() {
        return book.seq();
    }

    /** @return the mark price (mid of the best bid and ask) */
    synchronized BigDecimal markPrice() {
        return PublicFrames.mark(book, stats);
    }

    private void publish(FuturesFeed feed, Supplier<ObjectNode> frame) {
        Set<FuturesSession> sessions = subscribers.get(feed);
        if (sessions == null || sessions.isEmpty()) {
            return;
        }
        String text = FuturesJson.write(frame.get());
        sessions.forEach(session -> session.send(text));
    }
}
