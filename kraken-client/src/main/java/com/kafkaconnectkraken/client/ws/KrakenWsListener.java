package com.kafkaconnectkraken.client.ws;

import java.time.Instant;

/**
 * Receives everything a {@link KrakenWsSession} reads, plus its lifecycle events.
 *
 * <p><b>Threading.</b> Callbacks are serialized per session (never two at once). Data,
 * responses and malformed frames are delivered on OkHttp's socket reader thread; lifecycle
 * events on the session's lifecycle thread.
 *
 * <p><b>Backpressure.</b> A listener may block in {@link #onMessage(KrakenWsMessage)} to apply
 * backpressure, e.g. {@code queue.offer(record, 100, MILLISECONDS)} in a loop until there is
 * room: while it blocks the session reads nothing more from the socket, so TCP flow control
 * slows the server and nothing is buffered in this process. The watchdog does not count time
 * spent inside a callback as silence. While a callback blocks, other callbacks of the session
 * (including lifecycle events) wait and no response can be read either, so requests on that
 * session may time out: never block in a session used for trading. Never wait on a session
 * future inside a callback (the answer is read by the very thread that is waiting), and make
 * blocking interruptible or bounded so {@link KrakenWsSession#close()} can finish.
 *
 * <p>An exception thrown by a callback is logged and otherwise ignored; handle your own errors.
 */
public interface KrakenWsListener {

    /**
     * A data push ({@code book}, {@code ticker}, {@code executions}, {@code status}, ...).
     *
     * @param message the parsed envelope with its receive time
     */
    default void onMessage(KrakenWsMessage message) {
    }

    /**
     * A {@code heartbeat} frame (Spot v2 {@code heartbeat} channel, Futures {@code heartbeat} feed): the connection
     * is alive although no data arrived. Not delivered as a message.
     *
     * @param receivedAt when it was read
     */
    default void onHeartbeat(Instant receivedAt) {
    }

    /**
     * A lifecycle event.
     *
     * @param event the event
     */
    default void onEvent(KrakenWsEvent event) {
    }

    /**
     * A response whose {@code req_id} matches no pending request: a late answer after a
     * {@link KrakenWsTimeoutException}, an extra frame beyond the expected count, or a frame
     * without {@code req_id} (late {@code pong}s are dropped). Trading callers can use it to
     * resolve an UNKNOWN outcome.
     *
     * @param response the response
     */
    default void onUnmatchedResponse(KrakenWsResponse response) {
    }

    /**
     * A frame that is not valid JSON, not a JSON object, binary, or neither a data push
     * ({@code channel}) nor a response ({@code method}). Nothing else is done with it.
     *
     * @param frame the raw frame text (for a binary frame, its hex form)
     * @param cause why it was rejected
     */
    default void onMalformedFrame(String frame, Exception cause) {
    }
}
