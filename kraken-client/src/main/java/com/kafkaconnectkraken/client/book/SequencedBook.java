package com.kafkaconnectkraken.client.book;

import java.util.List;

/**
 * An L2 book verified by a per-product sequence number instead of a checksum: Kraken Futures' {@code book}
 * feed (docs/protocol/kraken-futures.md; https://docs.kraken.com/api/docs/futures-api/websocket/book) sends a
 * {@code book_snapshot} with {@code seq}, then one message per changed level (absolute quantity, 0 deletes)
 * with the next {@code seq}. Prices are in quote currency, quantities in contracts, exact.
 *
 * <p>Whether {@code seq} rises by exactly 1 per message of one product is [INFERRED]; {@link Mode} covers
 * both readings. A repeated or lower {@code seq} is always an error. After an error the book is unsynced and
 * refuses deltas until the next snapshot, so no level is ever read from an unverified state. Not thread-safe.
 */
public final class SequencedBook {

    /** How consecutive {@code seq} values must relate. */
    public enum Mode {
        /** Each message is the previous {@code seq} + 1; a jump is a gap. */
        CONTIGUOUS,
        /** Each message has a higher {@code seq} than the previous; only repeats and reorders are errors. */
        INCREASING
    }

    private final String productId;
    private final Mode mode;
    private final L2Side bids = new L2Side(true, null, null);
    private final L2Side asks = new L2Side(false, null, null);
    private long seq;
    private boolean synced;

    /**
     * @param productId the product, e.g. {@code PF_XBTUSD}
     * @param mode      the sequence rule
     */
    public SequencedBook(String productId, Mode mode) {
        this.productId = productId;
        this.mode = mode;
    }

    /**
     * Replaces the book with a snapshot; the book is synced afterwards.
     *
     * @param bids levels of the buy side, any order
     * @param asks levels of the sell side, any order
     * @param seq  the snapshot's {@code seq}
     */
    public void applySnapshot(List<BookLevel> bids, List<BookLevel> asks, long seq) {
        this.bids.clear();
        this.asks.clear();
        bids.forEach(this.bids::apply);
        asks.forEach(this.asks::apply);
        this.seq = seq;
        this.synced = true;
    }

    /**
     * Applies one changed level.
     *
     * @param buy   whether it is on the buy (bid) side ({@code side == "buy"})
     * @param level the price and its new absolute quantity (0 removes the level)
     * @param seq   the message's {@code seq}
     * @throws BookSequenceException if the book is unsynced or {@code seq} does not follow; the book is then unsynced
     */
    public void applyDelta(boolean buy, BookLevel level, long seq) {
        boolean follows = mode == Mode.CONTIGUOUS ? seq == this.seq + 1 : seq > this.seq;
        if (!synced || !follows) {
            synced = false;
            throw new BookSequenceException(productId, this.seq + 1, seq);
        }
        (buy ? bids : asks).apply(level);
        this.seq = seq;
    }

    /** Marks the book unsynced (e.g. after a reconnect), until the next snapshot. */
    public void invalidate() {
        synced = false;
    }

    /** @return whether the book holds a verified state */
    public boolean isSynced() {
        return synced;
    }

    /** @return the last applied {@code seq} */
    public long seq() {
        return seq;
    }

    /** @return the product id */
    public String productId() {
        return productId;
    }

    /**
     * @param top the number of levels, at least 1
     * @return the best {@code top} bids, highest price first
     */
    public List<BookLevel> bids(int top) {
        return bids.top(top);
    }

    /**
     * @param top the number of levels, at least 1
     * @return the best {@code top} asks, lowest price first
     */
    public List<BookLevel> asks(int top) {
        return asks.top(top);
    }
}
