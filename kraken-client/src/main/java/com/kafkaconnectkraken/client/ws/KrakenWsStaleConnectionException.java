package com.kafkaconnectkraken.client.ws;

import java.time.Duration;

/**
 * The watchdog saw no frame at all (data, heartbeat, pong, response) for longer than the
 * configured stale timeout and dropped the connection. Reported as the cause of a
 * {@link KrakenWsEvent.ConnectionFailed} event; the session then reconnects.
 */
public final class KrakenWsStaleConnectionException extends KrakenWsException {

    private final Duration silence;

    /**
     * @param silence      how long the connection had been silent when the watchdog fired
     * @param staleTimeout the configured limit
     */
    public KrakenWsStaleConnectionException(Duration silence, Duration staleTimeout) {
        super("No frame received for " + silence.toMillis() + " ms (stale timeout "
                + staleTimeout.toMillis() + " ms)");
        this.silence = silence;
    }

    /**
     * @return how long the connection had been silent
     */
    public Duration silence() {
        return silence;
    }
}
