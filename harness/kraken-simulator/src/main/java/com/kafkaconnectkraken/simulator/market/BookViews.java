package com.kafkaconnectkraken.simulator.market;

import java.util.ArrayList;
import java.util.List;

/**
 * What a client subscribed at a given depth sees of the generated book: snapshots, the update
 * entries one {@link BookChange} produces for that depth, and the checksums.
 *
 * <p>Update rule for depth {@code d} (docs/protocol/kraken-spot.md §2.2, §2.7): a change at a price with fewer
 * than {@code d} better levels is sent; a change deeper than that is not. When a level inside the view
 * disappears, the level that moves into position {@code d} is sent too (L2: its absolute qty;
 * L3: all its orders as {@code add}). A level pushed out of the view by an insert is not deleted:
 * the client truncates to {@code d}.
 *
 * <p>Checksums cover the true top 10 levels of the generator's book ({@link Checksums}), the same for
 * every depth. A client whose book, fed only its depth's updates, is not exactly those levels fails the
 * checksum, as it would against Kraken.
 */
final class BookViews {

    private final SimBook book;
    private long l2Checksum = -1;
    private long l3Checksum = -1;

    BookViews(SimBook book) {
        this.book = book;
    }

    /** Forgets the cached checksums after the book was (re)seeded. */
    void resync() {
        l2Checksum = -1;
        l3Checksum = -1;
    }

    /** Forgets the cached checksums after a change has been applied to the book. */
    void onChange(BookChange change) {
        resync();
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
            l2Checksum = Checksums.l2(book);
        }
        return l2Checksum;
    }

    /** @return the level3 checksum (unsigned 32-bit) of the current book */
    long l3Checksum() {
        if (l3Checksum < 0) {
            l3Checksum = Checksums.l3(book);
        }
        return l3Checksum;
    }
}
