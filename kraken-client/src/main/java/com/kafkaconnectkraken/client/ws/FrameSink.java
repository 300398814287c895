package com.kafkaconnectkraken.client.ws;

import java.time.Instant;

/** Where a {@link WsConnection} hands every frame it reads, on the socket reader thread; one per protocol. */
interface FrameSink {

    /**
     * Routes one text frame.
     *
     * @param text          the frame
     * @param receivedAt    wall-clock receive time
     * @param receivedNanos {@link System#nanoTime()} receive time
     */
    void route(String text, Instant receivedAt, long receivedNanos);

    /**
     * Reports a binary frame (Kraken's WebSocket APIs send text only).
     *
     * @param hex the frame's bytes in hex
     */
    void binary(String hex);
}
