package com.kafkaconnectkraken.simulator.trader;

import java.nio.ByteBuffer;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keep-alive and token expiry of the Trader sessions (docs/protocol/trader-api.md §1.3, §1.4), run every few
 * milliseconds: a session whose token expired (its {@code exp}, or {@code expireTokens()}) is closed with 1008
 * {@value TraderTokens#EXPIRED}; every {@code pingInterval} a ping frame is sent (an 8-byte counter); a session that
 * has left a ping without any pong for longer than {@code pongTimeout} is closed with 1008 {@value #NO_PONG}. A closed
 * session gets no further frames.
 */
final class KeepAlive implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(KeepAlive.class);
    static final String NO_PONG = "no pong";

    private final TraderSessions sessions;
    private final TraderTokens tokens;
    private final long pingIntervalNanos;
    private final long pongTimeoutNanos;
    private long pings;

    KeepAlive(TraderSessions sessions, TraderTokens tokens, Duration pingInterval, Duration pongTimeout) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.pingIntervalNanos = pingInterval.toNanos();
        this.pongTimeoutNanos = pongTimeout.toNanos();
    }

    /** @return how often {@link #run()} should be called: a quarter of the shorter period, 10..250 ms */
    static Duration period(Duration pingInterval, Duration pongTimeout) {
        long quarter = Math.min(pingInterval.toMillis(), pongTimeout.toMillis()) / 4;
        return Duration.ofMillis(Math.max(10, Math.min(250, quarter)));
    }

    @Override
    public void run() {
        long now = System.nanoTime();
        for (TraderSession session : sessions.snapshot()) {
            if (tokens.expired(session.token())) {
                close(session, TraderTokens.EXPIRED);
                continue;
            }
            long outstanding = session.pingOutstandingSince();
            if (outstanding != 0 && now - outstanding > pongTimeoutNanos) {
                close(session, NO_PONG);
            } else if (now - session.lastPingNanos() >= pingIntervalNanos) {
                session.ping(ByteBuffer.allocate(Long.BYTES).putLong(++pings).array(), now);
            }
        }
    }

    private void close(TraderSession session, String reason) {
        log.debug("Closing {}: {}", session, reason);
        sessions.remove(session.id());
        session.close(TraderEndpoint.POLICY_VIOLATION, reason);
    }
}
