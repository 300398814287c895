package com.kafkaconnectkraken.simulator.market;

import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import java.util.List;

/**
 * The generated market of one symbol and its publication. All methods synchronise on this object,
 * so a subscriber's ack and snapshot are queued before any update that follows them.
 */
final class SymbolMarket {

    private static final String[] ORD_TYPES = {"limit", "market"};

    private final Instrument in;
    private final SimBook book = new SimBook();
    private final RandomWalk walk;
    private final BookViews views;
    private final TradeTape tape = new TradeTape();
    private final TickerStats stats;
    private final Candles candles;
    private final ChannelSubscriptions registry;
    private final MarketFaults faults;
    private final BboListener bbo;
    private long lastBid = -1;
    private long lastAsk = -1;

    SymbolMarket(Instrument in, long seed, ChannelSubscriptions registry, MarketFaults faults, BboListener bbo) {
        this.in = in;
        this.walk = new RandomWalk(in, book, seed);
        this.views = new BookViews(book);
        this.stats = new TickerStats(in);
        this.candles = new Candles(in);
        this.registry = registry;
        this.faults = faults;
        this.bbo = bbo;
        walk.seed();
        views.resync();
        checkBbo();
    }

    Instrument instrument() {
        return in;
    }

    /** Performs one generator step and publishes what it changed. */
    synchronized void step() {
        RandomWalk.Step step = walk.next();
        BookChange change = step.change();
        views.onChange(change);
        boolean corrupt = faults.checksumCorruptionPending(in.symbol());
        boolean sent = publishBook(change, corrupt) | publishLevel3(change, corrupt);
        if (corrupt && sent) {
            faults.checksumCorrupted(in.symbol());
        }
        if (step.fill() != null) {
            RandomWalk.Fill fill = step.fill();
            TradeTape.Trade trade = tape.record(fill.takerBuys(), fill.price(), fill.qty(),
                    ORD_TYPES[(int) (fill.qty() & 1)]);
            stats.onTrade(fill.price(), fill.qty());
            publish(SpotChannel.TRADE, MarketFrames.trades(in, "update", List.of(trade)));
            publishTicker("trades");
            publishCandles(trade);
        }
        if (checkBbo()) {
            publishTicker("bbo");
        }
    }

    /** Sends the ack, then the snapshot if requested, then registers the subscription. */
    synchronized void subscribe(ChannelSubscription sub, String ack) {
        sub.connection().send(ack);
        if (sub.snapshot()) {
            sub.connection().send(snapshot(sub));
        }
        registry.add(sub);
    }

    private String snapshot(ChannelSubscription sub) {
        return switch (sub.channel()) {
            case BOOK -> BookFrames.book(in, "snapshot", views.l2Snapshot(true, sub.size()),
                    views.l2Snapshot(false, sub.size()), views.l2Checksum());
            case LEVEL3 -> BookFrames.level3(in, "snapshot", views.l3Snapshot(true, sub.size()),
                    views.l3Snapshot(false, sub.size()), views.l3Checksum(), false);
            case TICKER -> MarketFrames.ticker(in, "snapshot", book, stats);
            case TRADE -> MarketFrames.trades(in, "snapshot", tape.recent());
            case OHLC -> MarketFrames.ohlc(in, "snapshot", candles, candles.current(sub.size(),
                    book.best(true, in.startTicks())));
            case INSTRUMENT -> InstrumentFrames.snapshot(List.of(in));
            default -> throw new IllegalArgumentException("Not a public market channel: " + sub.channel());
        };
    }

    private boolean publishBook(BookChange change, boolean corrupt) {
        List<ChannelSubscription> subs = registry.subscribers(SpotChannel.BOOK, in.symbol());
        int builtDepth = -1;
        String frame = null;
        boolean sent = false;
        for (ChannelSubscription sub : subs) {
            if (sub.size() != builtDepth) {
                builtDepth = sub.size();
                List<BookFrames.Level> levels = views.l2Update(change, builtDepth);
                frame = levels.isEmpty() ? null : BookFrames.book(in, "update", change.bid() ? levels : List.of(),
                        change.bid() ? List.of() : levels, checksum(views.l2Checksum(), corrupt));
            }
            if (frame != null) {
                sub.connection().send(frame);
                sent = true;
            }
        }
        return sent;
    }

    private boolean publishLevel3(BookChange change, boolean corrupt) {
        List<ChannelSubscription> subs = registry.subscribers(SpotChannel.LEVEL3, in.symbol());
        int builtDepth = -1;
        String frame = null;
        boolean sent = false;
        for (ChannelSubscription sub : subs) {
            if (sub.size() != builtDepth) {
                builtDepth = sub.size();
                List<OrderEvent> events = views.l3Update(change, builtDepth);
                frame = events.isEmpty() ? null : BookFrames.level3(in, "update", change.bid() ? events : List.of(),
                        change.bid() ? List.of() : events, checksum(views.l3Checksum(), corrupt), true);
            }
            if (frame != null) {
                sub.connection().send(frame);
                sent = true;
            }
        }
        return sent;
    }

    private void publishTicker(String trigger) {
        String frame = null;
        for (ChannelSubscription sub : registry.subscribers(SpotChannel.TICKER, in.symbol())) {
            if (sub.eventTrigger().equals(trigger)) {
                frame = frame == null ? MarketFrames.ticker(in, "update", book, stats) : frame;
                sub.connection().send(frame);
            }
        }
    }

    private void publishCandles(TradeTape.Trade trade) {
        for (int interval : SpotChannel.OHLC.sizes()) {
            candles.onTrade(interval, trade.price(), trade.qty());
        }
        for (ChannelSubscription sub : registry.subscribers(SpotChannel.OHLC, in.symbol())) {
            sub.connection().send(MarketFrames.ohlc(in, "update", candles, candles.current(sub.size(), trade.price())));
        }
    }

    private void publish(SpotChannel channel, String frame) {
        for (ChannelSubscription sub : registry.subscribers(channel, in.symbol())) {
            sub.connection().send(frame);
        }
    }

    private boolean checkBbo() {
        long bid = book.best(true, 0);
        long ask = book.best(false, 0);
        if (bid == lastBid && ask == lastAsk) {
            return false;
        }
        lastBid = bid;
        lastAsk = ask;
        bbo.onBbo(in.symbol(), in.price(bid), in.price(ask));
        return true;
    }

    private static long checksum(long checksum, boolean corrupt) {
        return corrupt ? (checksum + 1) & 0xFFFF_FFFFL : checksum;
    }

}
