package com.kafkaconnectkraken.simulator.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kafkaconnectkraken.client.book.BookLevel;
import com.kafkaconnectkraken.client.book.L2Book;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-depth updates stay equal to the generator's own book: a client book fed only the updates for
 * its depth always holds exactly the true top levels, and its checksum (the client's implementation)
 * equals the simulator's (its own).
 */
class BookViewsTest {

    private static final Instrument BTC = Instrument.forSymbol("BTC/USD");

    @Test
    void clientBooksFedTheDepthUpdatesAlwaysEqualTheTrueTopLevels() {
        SimBook book = new SimBook();
        RandomWalk walk = new RandomWalk(BTC, book, 99);
        walk.seed();
        BookViews views = new BookViews(book);
        views.resync();
        int[] depths = {10, 25, 100};
        List<L2Book> clients = new ArrayList<>();
        for (int depth : depths) {
            L2Book client = new L2Book("BTC/USD", depth, 1, 8);
            client.applySnapshot(levels(views.l2Snapshot(true, depth)), levels(views.l2Snapshot(false, depth)));
            clients.add(client);
        }
        for (int step = 0; step < 20_000; step++) {
            BookChange change = walk.next().change();
            views.onChange(change);
            for (int i = 0; i < depths.length; i++) {
                List<BookLevel> update = levels(views.l2Update(change, depths[i]));
                clients.get(i).applyUpdate(change.bid() ? update : List.of(), change.bid() ? List.of() : update);
            }
            if (step % 97 == 0) {
                for (int i = 0; i < depths.length; i++) {
                    assertEquals(truth(book, true, depths[i]), clients.get(i).bids(), "bids depth " + depths[i] + " step " + step);
                    assertEquals(truth(book, false, depths[i]), clients.get(i).asks(), "asks depth " + depths[i] + " step " + step);
                }
                for (L2Book client : clients) {
                    assertEquals(client.checksum(), views.l2Checksum(), "client and simulator checksums, step " + step);
                }
            }
        }
    }

    @Test
    void bestBidStaysBelowBestAsk() {
        SimBook book = new SimBook();
        RandomWalk walk = new RandomWalk(BTC, book, 4);
        walk.seed();
        for (int step = 0; step < 50_000; step++) {
            walk.next();
            long bid = book.side(true).firstKey();
            long ask = book.side(false).firstKey();
            assertEquals(true, bid < ask, "crossed at step " + step + ": " + bid + " >= " + ask);
        }
    }

    /** Independent view of the generator's book: top levels as BookLevels with instrument precision. */
    private static List<BookLevel> truth(SimBook book, boolean bid, int depth) {
        List<BookLevel> out = new ArrayList<>();
        book.side(bid).values().stream().limit(depth)
                .forEach(l -> out.add(new BookLevel(BTC.price(l.price), BTC.qty(l.total))));
        return out;
    }

    private static List<BookLevel> levels(List<BookFrames.Level> levels) {
        return levels.stream().map(l -> new BookLevel(BTC.price(l.price()), BTC.qty(l.qty()))).toList();
    }
}
