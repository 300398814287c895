package com.kafkaconnectkraken.client.book;

/**
 * Thrown when a locally maintained book does not reproduce the checksum Kraken sent
 * (https://docs.kraken.com/api/docs/guides/spot-ws-book-v2,
 * https://docs.kraken.com/api/docs/guides/spot-ws-l3-v2). The book of {@link #symbol()} is no
 * longer trustworthy: the caller should resubscribe that one symbol to get a fresh snapshot.
 */
public class BookChecksumException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String symbol;
    private final long expected;
    private final long actual;

    /**
     * Creates the exception.
     *
     * @param symbol   the book's symbol, e.g. {@code BTC/USD}
     * @param expected the unsigned 32-bit checksum sent by Kraken
     * @param actual   the unsigned 32-bit checksum computed locally
     */
    public BookChecksumException(String symbol, long expected, long actual) {
        super("Book checksum mismatch for " + symbol + ": expected " + expected + ", computed " + actual);
        this.symbol = symbol;
        this.expected = expected;
        this.actual = actual;
    }

    /** @return the symbol whose book must be resynchronised */
    public String symbol() {
        return symbol;
    }

    /** @return the checksum Kraken sent (unsigned 32-bit) */
    public long expected() {
        return expected;
    }

    /** @return the checksum computed from the local book (unsigned 32-bit) */
    public long actual() {
        return actual;
    }
}
