package com.kafkaconnectkraken.sink;

/**
 * What a connected trading sink task holds for its venue: the command pipeline over the venue's
 * connection, plus whatever else the venue runs (Kraken Spot: the dead man's switch). Built by
 * {@link TradingSinkTask#connect} once the connection is up.
 */
public interface VenueRuntime {

    /** @return the pipeline that takes each command record to its final acknowledgement */
    CommandProcessor<?> processor();

    /** @return whether the venue connection is open now (the session reconnects by itself when it is not) */
    boolean connected();

    /** Marks the task unhealthy (Kraken Spot: stops refreshing the dead man's switch, which then fires). */
    void unhealthy();

    /**
     * Closes the connection. Idempotent.
     *
     * @param clean true on a clean stop, false when the task failed
     */
    void close(boolean clean);
}
