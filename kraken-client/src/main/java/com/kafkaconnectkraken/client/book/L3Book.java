package com.kafkaconnectkraken.client.book;

import java.util.List;
import java.util.Objects;

/**
 * A Kraken WebSocket v2 level3 (order-by-order) book for one symbol, verified with its CRC32
 * checksum.
 *
 * <p>Follows https://docs.kraken.com/api/docs/websocket-v2/level3 and
 * https://docs.kraken.com/api/docs/guides/spot-ws-l3-v2 (docs/protocol/kraken-spot.md §2.7 and 3.2):
 * <ul>
 *   <li>a snapshot replaces the book, orders in queue order per price level;</li>
 *   <li>update events are applied in wire order: {@code add} appends to the end of the level's
 *       queue, {@code modify} changes the order in place (a changed price moves it to the end of
 *       the new level; an unknown order is added), {@code delete} removes it;</li>
 *   <li>after every message each side is truncated to {@link #depth()} price levels (Kraken sends
 *       no deletes for levels leaving the subscribed depth);</li>
 *   <li>the checksum covers the top 10 price levels per side, asks ascending then bids descending,
 *       every order in queue order as {@code limit_price} token + {@code order_qty} token
 *       (see {@link ChecksumToken}); CRC32 as unsigned 32-bit. Order ids and timestamps are not
 *       part of it.</li>
 * </ul>
 *
 * <p>Not thread-safe: one book is owned by one thread.
 */
public final class L3Book {

    private final String symbol;
    private final int depth;
    private final L3Side bids;
    private final L3Side asks;
    private final BookChecksum checksum;

    /**
     * Creates an empty book.
     *
     * @param symbol         the v2 symbol, e.g. {@code BTC/USD}
     * @param depth          subscribed depth in price levels (Kraken: 10, 100 or 1000); positive
     * @param pricePrecision instrument {@code price_precision}, or {@code null} to use the wire scale
     * @param qtyPrecision   instrument {@code qty_precision}, or {@code null} to use the wire scale
     * @throws IllegalArgumentException if depth is not positive or a precision is negative
     */
    public L3Book(String symbol, int depth, Integer pricePrecision, Integer qtyPrecision) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.depth = BookArgs.positiveDepth(depth);
        BookArgs.precision("pricePrecision", pricePrecision);
        BookArgs.precision("qtyPrecision", qtyPrecision);
        this.bids = new L3Side(true, pricePrecision, qtyPrecision);
        this.asks = new L3Side(false, pricePrecision, qtyPrecision);
        this.checksum = new BookChecksum(this.symbol, asks, bids);
    }

    /**
     * Replaces the book with a snapshot, then truncates.
     *
     * @param bids snapshot bid orders; within a price level in queue order
     * @param asks snapshot ask orders; within a price level in queue order
     */
    public void applySnapshot(List<L3Order> bids, List<L3Order> asks) {
        this.bids.clear();
        this.asks.clear();
        bids.forEach(this.bids::upsert);
        asks.forEach(this.asks::upsert);
        truncate();
    }

    /**
     * Empties the book, e.g. after a checksum mismatch while waiting for a fresh snapshot.
     */
    public void clear() {
        bids.clear();
        asks.clear();
    }

    /**
     * Applies one update message's events in wire order, then truncates.
     *
     * @param bids bid-side events in wire order (may be empty)
     * @param asks ask-side events in wire order (may be empty)
     */
    public void applyUpdate(List<L3Event> bids, List<L3Event> asks) {
        apply(this.bids, bids);
        apply(this.asks, asks);
        truncate();
    }

    /**
     * Computes the Kraken level3 checksum of the current book.
     *
     * @return CRC32 over the top-10-level ask orders then bid orders, unsigned 32-bit
     */
    public long checksum() {
        return checksum.compute();
    }

    /**
     * Checks the book against the checksum of the message just applied.
     *
     * @param expected the message's {@code checksum} (unsigned 32-bit)
     * @throws BookChecksumException naming symbol, expected and computed value on mismatch
     */
    public void verify(long expected) {
        checksum.verify(expected);
    }

    /**
     * Returns the exact checksum input (asks then bids). Diagnostic only; builds a new string.
     *
     * @return the string the CRC32 is computed over
     */
    public String checksumInput() {
        return checksum.input();
    }

    /** @return a copy of the bid orders, best price first, queue order within a price */
    public List<L3Order> bids() {
        return bids.orders();
    }

    /** @return a copy of the ask orders, best price first, queue order within a price */
    public List<L3Order> asks() {
        return asks.orders();
    }

    /** @return the number of resting orders on both sides */
    public int orderCount() {
        return bids.orderCount() + asks.orderCount();
    }

    /** @return the subscribed depth in price levels */
    public int depth() {
        return depth;
    }

    /** @return the symbol, e.g. {@code BTC/USD} */
    public String symbol() {
        return symbol;
    }

    @Override
    public String toString() {
        return "L3Book{" + symbol + ", depth=" + depth + ", bidLevels=" + bids.levelCount()
                + ", askLevels=" + asks.levelCount() + "}";
    }

    private static void apply(L3Side side, List<L3Event> events) {
        for (L3Event event : events) {
            if (event.action() == L3Event.Action.DELETE) {
                side.delete(event.order().orderId());
            } else {
                side.upsert(event.order());
            }
        }
    }

    private void truncate() {
        bids.truncate(depth);
        asks.truncate(depth);
    }
}
