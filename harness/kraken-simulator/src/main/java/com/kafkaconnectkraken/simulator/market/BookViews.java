package com.kafkaconnectkraken.simulator.market;

import com.kafkaconnectkraken.client.book.BookLevel;
import com.kafkaconnectkraken.client.book.L2Book;
import com.kafkaconnectkraken.client.book.L3Book;
import com.kafkaconnectkraken.client.book.L3Event;
import com.kafkaconnectkraken.client.book.L3Order;
import java.util.ArrayList;
import java.util.List;

/**
 * What a client subscribed at a given depth sees of the generated book: snapshots, the update
 * entries one {@link BookChange} produces for that depth, and the checksums.
 *
 * <p>Update rule for depth {@code d} docs/protocol/kraken-spot.md 2.2/2.7): a change at a price with fewer than
 * {@code d} better levels is sent; a change deeper than that is not. When a level inside the view
 * disappears, the level that moves into position {@code d} is sent too (L2: its absolute qty;
 * L3: all its orders as {@code add}). A level pushed out of the view by an insert is not deleted:
 * the client truncates to {@code d}.
 *
 * <p>Checksums cover the top 10 levels, which are the same for every depth. They are computed by
 * the project's own client books ({@link L2Book}, {@link L3Book}) kept as depth-10 mirrors: each
 * mirror receives exactly the updates a depth-10 subscriber receives, so it re-tokenises only the
 * changed levels. Subscribers at other depths verify those checksums with their own books, which
 * is what the integration tests check.
 */
final class BookViews {

    private static final int CHECKSUM_LEVELS = 10;

    private final Instrument in;
    private final SimBook book;
    private final L2Book l2Mirror;
    private final L3Book l3Mirror;
    private long l2Checksum = -1;
    private long l3Checksum = -1;

    BookViews(Instrument in, SimBook book) {
        this.in = in;
        this.book = book;
        this.l2Mirror = new L2Book(in.symbol(), CHECKSUM_LEVELS, in.pricePrecision(), in.qtyPrecision());
        this.l3Mirror = new L3Book(in.symbol(), CHECKSUM_LEVELS, in.pricePrecision(), in.qtyPrecision());
    }

    /** Loads the checksum mirrors from the current book (after seeding). */
    void resync() {
        l2Mirror.applySnapshot(levels(l2Snapshot(true, CHECKSUM_LEVELS)), levels(l2Snapshot(false, CHECKSUM_LEVELS)));
        l3Mirror.applySnapshot(orders(l3Snapshot(true, CHECKSUM_LEVELS)), orders(l3Snapshot(false, CHECKSUM_LEVELS)));
        l2Checksum = -1;
        l3Checksum = -1;
    }

    /** Feeds a change that has just been applied to the book into the depth-10 checksum mirrors. */
    void onChange(BookChange change) {
        List<BookFrames.Level> l2 = l2Update(change, CHECKSUM_LEVELS);
        if (l2.isEmpty()) {
            return;
        }
        List<BookLevel> levels = levels(l2);
        l2Mirror.applyUpdate(change.bid() ? levels : List.of(), change.bid() ? List.of() : levels);
        List<L3Event> events = events(l3Update(change, CHECKSUM_LEVELS));
        l3Mirror.applyUpdate(change.bid() ? events : List.of(), change.bid() ? List.of() : events);
        l2Checksum = -1;
        l3Checksum = -1;
    }

    /** @return the L2 levels a depth-{@code depth} subscriber must receive for this change (may be empty) */
    List<BookFrames.Level> l2Update(BookChange change, int depth) {
        if (book.betterCount(change.bid(), change.price(), depth) >= depth) {
            return List.of();
        }
        List<BookFrames.Level> out = new ArrayList<>(2);
        out.add(new BookFrames.Level(change.price(), change.newTotal()));
        if (change.newTotal() == 0) {
            SimLevel entering = book.levelAt(change.bid(), depth - 1);
            if (entering != null) {
                out.add(new BookFrames.Level(entering.price, entering.total));
            }
        }
        return out;
    }

    /** @return the level3 events a depth-{@code depth} subscriber must receive for this change (may be empty) */
    List<OrderEvent> l3Update(BookChange change, int depth) {
        if (book.betterCount(change.bid(), change.price(), depth) >= depth) {
            return List.of();
        }
        List<OrderEvent> out = new ArrayList<>(change.events());
        if (change.newTotal() == 0) {
            SimLevel entering = book.levelAt(change.bid(), depth - 1);
            if (entering != null) {
                entering.orders.forEach(o -> out.add(OrderEvent.of("add", o)));
            }
        }
        return out;
    }

    /** @return the top {@code depth} levels of a side, best first */
    List<BookFrames.Level> l2Snapshot(boolean bid, int depth) {
        List<BookFrames.Level> out = new ArrayList<>();
        for (SimLevel level : book.top(bid, depth)) {
            out.add(new BookFrames.Level(level.price, level.total));
        }
        return out;
    }

    /** @return the orders of the top {@code depth} levels of a side, best level first, queue order within */
    List<OrderEvent> l3Snapshot(boolean bid, int depth) {
        List<OrderEvent> out = new ArrayList<>();
        for (SimLevel level : book.top(bid, depth)) {
            level.orders.forEach(o -> out.add(OrderEvent.of("add", o)));
        }
        return out;
    }

    /** @return the L2 checksum (unsigned 32-bit) of the current book */
    long l2Checksum() {
        if (l2Checksum < 0) {
            l2Checksum = l2Mirror.checksum();
        }
        return l2Checksum;
    }

    /** @return the level3 checksum (unsigned 32-bit) of the current book */
    long l3Checksum() {
        if (l3Checksum < 0) {
            l3Checksum = l3Mirror.checksum();
        }
        return l3Checksum;
    }

    /** @return the depth-10 L2 mirror (for tests) */
    L2Book l2Mirror() {
        return l2Mirror;
    }

    /** @return the depth-10 level3 mirror (for tests) */
    L3Book l3Mirror() {
        return l3Mirror;
    }

    private List<BookLevel> levels(List<BookFrames.Level> levels) {
        List<BookLevel> out = new ArrayList<>(levels.size());
        levels.forEach(l -> out.add(new BookLevel(in.price(l.price()), in.qty(l.qty()))));
        return out;
    }

    private List<L3Order> orders(List<OrderEvent> events) {
        List<L3Order> out = new ArrayList<>(events.size());
        events.forEach(e -> out.add(order(e)));
        return out;
    }

    private List<L3Event> events(List<OrderEvent> events) {
        List<L3Event> out = new ArrayList<>(events.size());
        events.forEach(e -> out.add(new L3Event(L3Event.Action.fromWire(e.event()), order(e))));
        return out;
    }

    private L3Order order(OrderEvent e) {
        return new L3Order(e.orderId(), in.price(e.price()), in.qty(e.qty()), WallClock.instant(e.createdNanos()));
    }
}
