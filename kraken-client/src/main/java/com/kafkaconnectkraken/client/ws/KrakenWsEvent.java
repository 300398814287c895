package com.kafkaconnectkraken.client.ws;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A lifecycle event of a {@link KrakenWsSession}, delivered to
 * {@link KrakenWsListener#onEvent(KrakenWsEvent)}.
 *
 * <p>Order on the first connect: {@link Opened}, {@link Authenticated} (only with a
 * {@link TokenProvider}). After a drop: {@link ConnectionFailed}, {@link Reconnecting} (then
 * again {@link ConnectionFailed}/{@link Reconnecting} for every failed attempt), {@link Opened},
 * {@link Authenticated}, possibly {@link SubscriptionLost}, {@link Reconnected}, {@link Gap}.
 * On {@link KrakenWsSession#close()}: {@link Closed}, always last.
 * Switch on {@link #type()} or use {@code instanceof} patterns.
 */
public sealed interface KrakenWsEvent {

    /** The kind of event. */
    enum Type {
        /** The WebSocket handshake completed. */
        OPENED,
        /** A fresh token was fetched for this connection. */
        AUTHENTICATED,
        /** A reconnect attempt is scheduled. */
        RECONNECTING,
        /** A reconnect completed and every active subscription was re-acknowledged. */
        RECONNECTED,
        /** The time window in which data may have been missed. */
        GAP,
        /** A connection or connection attempt failed. */
        CONNECTION_FAILED,
        /** A subscription could not be restored after a reconnect. */
        SUBSCRIPTION_LOST,
        /** The session was closed by its owner; no more events follow. */
        CLOSED
    }

    /**
     * @return the kind of event
     */
    Type type();

    /**
     * @return when the event happened (wall clock)
     */
    Instant at();

    /**
     * The WebSocket handshake completed.
     *
     * @param at         when
     * @param uri        the endpoint connected to
     * @param connection connection number within this session, starting at 1
     */
    record Opened(Instant at, URI uri, int connection) implements KrakenWsEvent {
        @Override
        public Type type() {
            return Type.OPENED;
        }
    }

    /**
     * A fresh token was fetched through the {@link TokenProvider} for this connection (the token
     * itself is never exposed in events).
     *
     * @param at         when
     * @param connection connection number
     */
    record Authenticated(Instant at, int connection) implements KrakenWsEvent {
        @Override
        public Type type() {
            return Type.AUTHENTICATED;
        }
    }

    /**
     * A reconnect attempt is scheduled after {@code delay} (exponential backoff with full jitter).
     *
     * @param at      when it was scheduled
     * @param attempt attempt number since the last connection that stayed healthy for
     *                {@code reconnectMaxDelay}, starting at 1
     * @param delay   the wait before the attempt
     */
    record Reconnecting(Instant at, int attempt, Duration delay) implements KrakenWsEvent {
        @Override
        public Type type() {
            return Type.RECONNECTING;
        }
    }

    /**
     * A reconnect completed: the socket is open, authenticated, and every active subscription
     * was sent again and acknowledged (symbols that failed are reported as
     * {@link SubscriptionLost} first).
     *
     * @param at            when
     * @param attempt       the attempt number that succeeded
     * @param subscriptions number of subscribe requests sent to restore the subscriptions
     */
    record Reconnected(Instant at, int attempt, int subscriptions) implements KrakenWsEvent {
        @Override
        public Type type() {
            return Type.RECONNECTED;
        }
    }

    /**
     * Data may be missing between {@code from} (the last frame read on the lost connection) and
     * {@code to} (all subscriptions restored; fresh snapshots follow). Emitted right after
     * {@link Reconnected}.
     *
     * @param from     start of the gap
     * @param to       end of the gap
     * @param duration {@code to - from}
     */
    record Gap(Instant from, Instant to, Duration duration) implements KrakenWsEvent {
        /**
         * @throws NullPointerException if a component is {@code null}
         */
        public Gap {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public Type type() {
            return Type.GAP;
        }

        @Override
        public Instant at() {
            return to;
        }
    }

    /**
     * A connection or connection attempt failed (socket error, server close, stale connection,
     * token fetch failure, restore timeout).
     *
     * @param at         when
     * @param connection connection number
     * @param cause      the failure; for staleness a {@link KrakenWsStaleConnectionException}
     */
    record ConnectionFailed(Instant at, int connection, Throwable cause) implements KrakenWsEvent {
        @Override
        public Type type() {
            return Type.CONNECTION_FAILED;
        }
    }

    /**
     * A subscription symbol was rejected when restoring after a reconnect and is no longer active.
     *
     * @param at      when
     * @param channel the channel
     * @param symbol  the symbol, or {@code null} for a channel without symbols
     * @param error   Kraken's error string
     */
    record SubscriptionLost(Instant at, String channel, String symbol, String error) implements KrakenWsEvent {
        @Override
        public Type type() {
            return Type.SUBSCRIPTION_LOST;
        }
    }

    /**
     * The session was closed by {@link KrakenWsSession#close()} (or its first connect failed);
     * it will not reconnect.
     *
     * @param at when
     */
    record Closed(Instant at) implements KrakenWsEvent {
        @Override
        public Type type() {
            return Type.CLOSED;
        }
    }
}
