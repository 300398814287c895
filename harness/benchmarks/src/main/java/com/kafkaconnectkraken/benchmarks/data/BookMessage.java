package com.kafkaconnectkraken.benchmarks.data;

import com.kafkaconnectkraken.client.book.BookLevel;
import java.time.Instant;
import java.util.List;

/**
 * One pre-parsed Kraken WS v2 {@code book} message (https://docs.kraken.com/api/docs/websocket-v2/book).
 *
 * @param snapshot  {@code true} for {@code type=snapshot}
 * @param bids      bid levels in wire order, prices/quantities at instrument precision as on the wire
 * @param asks      ask levels in wire order
 * @param checksum  the message's {@code checksum} (unsigned 32-bit CRC32)
 * @param timestamp the message's {@code timestamp}, or {@code null} when absent (the recorded
 *                  snapshot has none)
 */
public record BookMessage(boolean snapshot, List<BookLevel> bids, List<BookLevel> asks, long checksum,
                          Instant timestamp) {
}
