package com.kafkaconnectkraken.simulator.server;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open WebSocket connections of one server, on every path: issues connection ids, closes idle
 * connections and aborts all of them on request (fault injection).
 *
 * <p>Connection ids are unsigned 64-bit values with the top bit set (a random base plus a counter),
 * so clients that parse {@code connection_id} as a signed long fail visibly (docs/protocol/kraken-spot.md §1.4).
 */
final class ConnectionRegistry {

    private static final Logger log = LoggerFactory.getLogger(ConnectionRegistry.class);

    private static final long CLOSE_GRACE_SECONDS = 5;

    private final Set<UndertowWsConnection> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong nextId = new AtomicLong((new SecureRandom().nextLong() >>> 16) | Long.MIN_VALUE);

    long nextId() {
        return nextId.getAndIncrement();
    }

    void add(UndertowWsConnection connection) {
        open.add(connection);
    }

    void remove(UndertowWsConnection connection) {
        open.remove(connection);
    }

    /** @return a snapshot of the open connections. */
    List<UndertowWsConnection> connections() {
        return new ArrayList<>(open);
    }

    /**
     * Closes (close code 1000, reason "Idle timeout") every connection whose client sent nothing for
     * longer than its own idle timeout (Kraken closes idle sockets after about a minute; the timeout
     * depends on the path). A client that does not answer the close frame within
     * {@value #CLOSE_GRACE_SECONDS} s more is dropped.
     */
    void closeIdle() {
        long now = System.nanoTime();
        for (UndertowWsConnection connection : connections()) {
            long idle = now - connection.lastReceivedNanos();
            long timeout = connection.idleTimeoutNanos();
            if (idle <= timeout) {
                continue;
            }
            if (connection.isOpen()) {
                log.debug("Closing idle connection {}", connection);
                connection.close(1000, "Idle timeout");
            } else if (idle > timeout + CLOSE_GRACE_SECONDS * 1_000_000_000L) {
                connection.abort();
            }
        }
    }

    /** Drops every connection without a close frame. @return how many were dropped */
    int abortAll() {
        List<UndertowWsConnection> all = connections();
        all.forEach(UndertowWsConnection::abort);
        return all.size();
    }
}
