package com.kafkaconnectkraken.client.book;

import java.util.zip.CRC32;

/** One side of a book as the Kraken checksum sees it (docs/protocol/kraken-spot.md §3.1 and 3.2). */
interface ChecksumSide {

    /** Feeds the cached tokens of the best {@code levels} price levels, best first, into {@code crc}. */
    void updateChecksum(CRC32 crc, int levels);

    /** Appends the same tokens as text (diagnostics). */
    void appendChecksumInput(StringBuilder out, int levels);
}
