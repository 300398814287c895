package com.kafkaconnectkraken.client.book;

import java.util.List;
import java.util.Objects;

/**
 * A Kraken WebSocket v2 level-2 book for one symbol, maintained from the {@code book} channel
 * and verified with its CRC32 checksum.
 *
 * <p>Follows https://docs.kraken.com/api/docs/websocket-v2/book and
 * https://docs.kraken.com/api/docs/guides/spot-ws-book-v2 (docs/protocol/kraken-spot.md §2.2 and 3.1):
 * <ul>
 *   <li>a snapshot replaces the book; an update carries absolute quantities, {@code qty 0} deletes
 *       the level, and repeated prices in one update are applied in wire order;</li>
 *   <li>after every message each side is truncated to the subscribed {@link #depth()} (Kraken
 *       sends no delete for levels that fall out of scope);</li>
 *   <li>the checksum covers the top 10 asks (ascending) then the top 10 bids (descending), each
 *       level as price token + qty token (see {@link ChecksumToken}), CRC32 as unsigned 32-bit.</li>
 * </ul>
 * Prices and quantities are formatted with the instrument channel's {@code price_precision} /
 * {@code qty_precision} when known, otherwise with the wire scale.
 *
 * <p>Not thread-safe: one book is owned by one thread (typically the WebSocket reader).
 */
public final class L2Book {

    private final String symbol;
    private final int depth;
    private final Integer pricePrecision;
    private final Integer qtyPrecision;
    private final L2Side bids;
    private final L2Side asks;
    private final BookChecksum checksum;

    /**
     * Creates an empty book.
     *
     * @param symbol         the v2 symbol, e.g. {@code BTC/USD}
     * @param depth          subscribed depth (Kraken: 10, 25, 100, 500 or 1000); must be positive
     * @param pricePrecision instrument {@code price_precision}, or {@code null} to use the wire scale
     * @param qtyPrecision   instrument {@code qty_precision}, or {@code null} to use the wire scale
     * @throws IllegalArgumentException if depth is not positive or a precision is negative
     */
    public L2Book(String symbol, int depth, Integer pricePrecision, Integer qtyPrecision) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.depth = BookArgs.positiveDepth(depth);
        this.pricePrecision = BookArgs.precision("pricePrecision", pricePrecision);
        this.qtyPrecision = BookArgs.precision("qtyPrecision", qtyPrecision);
        this.bids = new L2Side(true, pricePrecision, qtyPrecision);
        this.asks = new L2Side(false, pricePrecision, qtyPrecision);
        this.checksum = new BookChecksum(this.symbol, asks, bids);
    }

    /**
     * Replaces the whole book with a snapshot (levels with qty 0 are ignored), then truncates.
     *
     * @param bids snapshot bids, any order
     * @param asks snapshot asks, any order
     */
    public void applySnapshot(List<BookLevel> bids, List<BookLevel> asks) {
        this.bids.clear();
        this.asks.clear();
        applyUpdate(bids, asks);
    }

    /**
     * Empties the book, e.g. after a checksum mismatch while waiting for a fresh snapshot.
     */
    public void clear() {
        bids.clear();
        asks.clear();
    }

    /**
     * Applies one update message: every level in wire order (absolute qty; 0 deletes), then
     * truncates each side to {@link #depth()}.
     *
     * @param bids changed bid levels in wire order (may be empty)
     * @param asks changed ask levels in wire order (may be empty)
     */
    public void applyUpdate(List<BookLevel> bids, List<BookLevel> asks) {
        for (BookLevel level : bids) {
            this.bids.apply(level);
        }
        for (BookLevel level : asks) {
            this.asks.apply(level);
        }
        this.bids.truncate(depth);
        this.asks.truncate(depth);
    }

    /**
     * Computes the Kraken checksum of the current book.
     *
     * @return CRC32 of the top-10 asks then top-10 bids tokens, unsigned 32-bit (0..4294967295)
     */
    public long checksum() {
        return checksum.compute();
    }

    /**
     * Checks the book against the checksum of the message just applied.
     *
     * @param expected the {@code checksum} field of the message (unsigned 32-bit)
     * @throws BookChecksumException naming symbol, expected and computed value on mismatch; the
     *                              caller should resubscribe this symbol for a fresh snapshot
     */
    public void verify(long expected) {
        checksum.verify(expected);
    }

    /**
     * Returns the exact string the checksum is computed over (asks then bids). Diagnostic only:
     * it builds a new string on every call.
     *
     * @return the checksum input, e.g. {@code 4528521000004528641545719534...}
     */
    public String checksumInput() {
        return checksum.input();
    }

    /** @return a copy of the bid levels, best (highest price) first */
    public List<BookLevel> bids() {
        return bids.levels();
    }

    /** @return a copy of the ask levels, best (lowest price) first */
    public List<BookLevel> asks() {
        return asks.levels();
    }

    /** @return the subscribed depth each side is truncated to */
    public int depth() {
        return depth;
    }

    /** @return the symbol, e.g. {@code BTC/USD} */
    public String symbol() {
        return symbol;
    }

    /** @return the price precision used for checksums, or {@code null} for the wire scale */
    public Integer pricePrecision() {
        return pricePrecision;
    }

    /** @return the quantity precision used for checksums, or {@code null} for the wire scale */
    public Integer qtyPrecision() {
        return qtyPrecision;
    }

    @Override
    public String toString() {
        return "L2Book{" + symbol + ", depth=" + depth + ", bids=" + bids.size() + ", asks=" + asks.size() + "}";
    }
}
