package com.kafkaconnectkraken.client.book;

import java.util.zip.CRC32;

/**
 * Kraken's book checksum over two sides: CRC32 of the top-10 ask tokens (ascending) then the top-10
 * bid tokens (descending), unsigned 32-bit (https://docs.kraken.com/api/docs/guides/spot-ws-book-v2,
 * https://docs.kraken.com/api/docs/guides/spot-ws-l3-v2). Not thread-safe: one per book.
 */
final class BookChecksum {

    private static final int LEVELS = 10;

    private final String symbol;
    private final ChecksumSide asks;
    private final ChecksumSide bids;
    private final CRC32 crc = new CRC32();

    BookChecksum(String symbol, ChecksumSide asks, ChecksumSide bids) {
        this.symbol = symbol;
        this.asks = asks;
        this.bids = bids;
    }

    long compute() {
        crc.reset();
        asks.updateChecksum(crc, LEVELS);
        bids.updateChecksum(crc, LEVELS);
        return crc.getValue();
    }

    void verify(long expected) {
        long actual = compute();
        if (actual != expected) {
            throw new BookChecksumException(symbol, expected, actual);
        }
    }

    String input() {
        StringBuilder out = new StringBuilder(1024);
        asks.appendChecksumInput(out, LEVELS);
        bids.appendChecksumInput(out, LEVELS);
        return out.toString();
    }
}
