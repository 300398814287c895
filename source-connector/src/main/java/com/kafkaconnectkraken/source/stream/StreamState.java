package com.kafkaconnectkraken.source.stream;

import com.kafkaconnectkraken.client.ws.KrakenWsEvent;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;

/**
 * The connection state of one stream of a task, exposed as the JMX attribute {@code connection-state}
 * ({@link TaskMetrics#connectionState}): {@code CONNECTING} until the first connection is subscribed (also while
 * the exchange is unreachable and the first connection is retried), {@code CONNECTED}, {@code RECONNECTING} after
 * a connection was lost until it is restored, {@code CLOSED} once the task stops. Thread-safe.
 */
public final class StreamState {

    /** The states, in the order a stream normally goes through them. */
    public enum State { CONNECTING, CONNECTED, RECONNECTING, CLOSED }

    private volatile State state = State.CONNECTING;

    /**
     * @param stream  the stream's name, e.g. {@code public}
     * @param metrics where the gauge is registered
     */
    public StreamState(String stream, TaskMetrics metrics) {
        metrics.connectionState(stream, () -> state.name());
    }

    /** @return the current state */
    public State get() {
        return state;
    }

    /** @return true until the first connection was made and subscribed */
    public boolean connecting() {
        return state == State.CONNECTING;
    }

    /** The first connection is open and every subscription acknowledged. */
    public void connected() {
        if (state != State.CLOSED) {
            state = State.CONNECTED;
        }
    }

    /** The stream was closed. */
    public void closed() {
        state = State.CLOSED;
    }

    /** Follows the session's lifecycle: a lost connection is RECONNECTING until restored. */
    public void on(KrakenWsEvent event) {
        if (event instanceof KrakenWsEvent.ConnectionFailed && state == State.CONNECTED) {
            state = State.RECONNECTING;
        } else if (event instanceof KrakenWsEvent.Reconnected && state == State.RECONNECTING) {
            state = State.CONNECTED;
        }
    }
}
