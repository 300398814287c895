package com.kafkaconnectkraken.simulator.market;

import com.kafkaconnectkraken.simulator.transport.ClientConnection;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Market-data fault switches, shared by the public and level3 endpoints and the feeds. All methods
 * are thread-safe and take effect immediately.
 */
public final class MarketFaults {

    /** The frame {@link #sendMalformedFrame()} sends: a book update cut off mid-object. */
    public static final String MALFORMED_FRAME = "{\"channel\":\"book\",\"type\":\"update\",\"data\":[{\"symbol\":";

    private final Set<ClientConnection> connections = ConcurrentHashMap.newKeySet();
    private final Set<String> corruptNext = ConcurrentHashMap.newKeySet();
    private volatile boolean stalled;
    private volatile long ackDelayMillis;

    /**
     * Stalls or resumes the market-data endpoints: while stalled nothing is sent on
     * {@code /public/v2} and {@code /l3/v2} (no data, heartbeats, acks or pongs; frames produced
     * meanwhile are discarded), but connections stay open. Resuming does not replay what was missed.
     */
    public void stall(boolean stall) {
        this.stalled = stall;
    }

    /** @return whether market data is stalled */
    public boolean isStalled() {
        return stalled;
    }

    /**
     * Delays every subscribe ack (and the snapshot after it) on the market-data endpoints.
     *
     * @param delay how long to wait before answering; {@link Duration#ZERO} turns it off
     */
    public void delaySubscribeAcks(Duration delay) {
        this.ackDelayMillis = delay.toMillis();
    }

    /** @return the current subscribe-ack delay in milliseconds (0 = none) */
    public long subscribeAckDelayMillis() {
        return ackDelayMillis;
    }

    /**
     * Makes the next {@code book} update (and {@code level3} update) frame of {@code symbol} carry a
     * wrong checksum (the true value + 1, modulo 2^32). The book itself stays correct, so the frame
     * after it verifies again. Generator mode only.
     */
    public void corruptNextChecksum(String symbol) {
        corruptNext.add(symbol);
    }

    /**
     * Sends {@link #MALFORMED_FRAME} (invalid JSON) on every open market-data connection.
     *
     * @return how many connections it was sent to
     */
    public int sendMalformedFrame() {
        int n = 0;
        for (ClientConnection c : connections) {
            if (c.isOpen()) {
                c.send(MALFORMED_FRAME);
                n++;
            }
        }
        return n;
    }

    /** Turns every market-data fault off. */
    public void reset() {
        stalled = false;
        ackDelayMillis = 0;
        corruptNext.clear();
    }

    boolean checksumCorruptionPending(String symbol) {
        return !corruptNext.isEmpty() && corruptNext.contains(symbol);
    }

    void checksumCorrupted(String symbol) {
        corruptNext.remove(symbol);
    }

    void register(ClientConnection connection) {
        connections.add(connection);
    }

    void unregister(ClientConnection connection) {
        connections.remove(connection);
    }
}
