package com.kafkaconnectkraken.simulator.market;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The simulator's own book checksums, written from Kraken's description and independent of the
 * client's books (docs/protocol/kraken-spot.md §3; https://docs.kraken.com/api/docs/guides/spot-ws-book-v2,
 * https://docs.kraken.com/api/docs/guides/spot-ws-l3-v2): CRC32 (IEEE) over the ASCII string of the top
 * {@value #LEVELS} asks, best (lowest) first, then the top {@value #LEVELS} bids, best (highest) first.
 *
 * <p>Kraken's token for a price or quantity is its text at the pair's precision with the dot removed and
 * leading zeros stripped. The book holds prices as integer ticks and quantities as integer units of that
 * precision, so the token is simply the decimal digits of the integer ({@code 45283.5} at precision 1 is
 * tick 452835; {@code 0.10000000} at precision 8 is 10000000 units).
 */
final class Checksums {

    /** Levels per side the checksum covers, whatever the subscribed depth. */
    static final int LEVELS = 10;

    private Checksums() {
    }

    /** @return the L2 {@code book} checksum: per level its price ticks then its total units; unsigned 32-bit */
    static long l2(SimBook book) {
        return crc32(l2Text(book));
    }

    /** @return the {@code level3} checksum: per order, in queue order within each level, its price then its units */
    static long l3(SimBook book) {
        return crc32(l3Text(book));
    }

    /** @return the string the L2 checksum is taken over (asks then bids) */
    static String l2Text(SimBook book) {
        StringBuilder text = new StringBuilder(LEVELS * 2 * 24);
        for (boolean bid : new boolean[] {false, true}) {
            for (SimLevel level : book.top(bid, LEVELS)) {
                text.append(level.price).append(level.total);
            }
        }
        return text.toString();
    }

    /** @return the string the level3 checksum is taken over (asks then bids) */
    static String l3Text(SimBook book) {
        StringBuilder text = new StringBuilder(LEVELS * 4 * 24);
        for (boolean bid : new boolean[] {false, true}) {
            for (SimLevel level : book.top(bid, LEVELS)) {
                for (SimOrder order : level.orders) {
                    text.append(order.price).append(order.qty);
                }
            }
        }
        return text.toString();
    }

    private static long crc32(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.US_ASCII));
        return crc.getValue();
    }
}
