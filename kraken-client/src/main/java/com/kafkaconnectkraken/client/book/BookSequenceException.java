package com.kafkaconnectkraken.client.book;

/**
 * Thrown when a sequenced book message does not follow the last one (Kraken Futures {@code book} feed,
 * https://docs.kraken.com/api/docs/futures-api/websocket/book): a repeated or lower {@code seq}, or a jump
 * when sequences are contiguous. The book of {@link #productId()} is no longer trustworthy: the caller
 * resubscribes that one product to get a fresh snapshot.
 */
public class BookSequenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String productId;
    private final long expected;
    private final long actual;

    /**
     * @param productId the book's product, e.g. {@code PF_XBTUSD}
     * @param expected  the {@code seq} the book accepts next (the lowest, when sequences are only increasing)
     * @param actual    the {@code seq} received
     */
    public BookSequenceException(String productId, long expected, long actual) {
        super("Book sequence broken for " + productId + ": expected " + expected + ", received " + actual);
        this.productId = productId;
        this.expected = expected;
        this.actual = actual;
    }

    /** @return the product whose book must be resynchronised */
    public String productId() {
        return productId;
    }

    /** @return the {@code seq} the book accepts next */
    public long expected() {
        return expected;
    }

    /** @return the {@code seq} received */
    public long actual() {
        return actual;
    }
}
