package com.kafkaconnectkraken.benchmarks.data;

import com.kafkaconnectkraken.client.book.L3Event;
import com.kafkaconnectkraken.client.book.L3Order;
import java.util.List;

/**
 * One pre-parsed WS v2 {@code level3} message (https://docs.kraken.com/api/docs/websocket-v2/level3).
 *
 * @param snapshot  {@code true} for a snapshot (orders set), {@code false} for an update (events set)
 * @param bids      snapshot bid orders in queue order; empty for updates
 * @param asks      snapshot ask orders in queue order; empty for updates
 * @param bidEvents update bid events in wire order; empty for snapshots
 * @param askEvents update ask events in wire order; empty for snapshots
 * @param checksum  the message's {@code checksum} (unsigned 32-bit CRC32)
 */
public record L3Message(boolean snapshot, List<L3Order> bids, List<L3Order> asks, List<L3Event> bidEvents,
                        List<L3Event> askEvents, long checksum) {
}
