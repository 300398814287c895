package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.retry.ExponentialBackoff;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the sessions of protocols without request ids ({@link FuturesWsSession}, {@link TraderWsSession}) share:
 * the OkHttp client, the session threads, one request in flight ({@link SerialRequests}), the connection lifecycle
 * ({@link ConnectionSupervisor}), the acknowledged subscriptions and their restore after a reconnect (a rejected
 * one is dropped and reported as {@link KrakenWsEvent.SubscriptionLost}), and the close.
 *
 * @param <S> the venue's subscription type
 */
final class SerialSession<S> {

    private static final Logger log = LoggerFactory.getLogger(SerialSession.class);

    /** What a venue supplies. */
    interface Venue<S> {
        /** @return the router of inbound frames, handing answers to {@code requests}; {@code name} is the session's */
        JsonFrameSink router(SerialRequests requests, ListenerDispatcher dispatcher, String name);

        /** @return the failure a frame means for the request in flight ({@code what}), or null */
        KrakenWsException rejection(String what, JsonNode frame);

        /** @return the subscribe request of {@code subscription} on {@code connection} */
        CompletableFuture<?> resubscribe(S subscription, WsConnection connection);

        /** @return the event reporting {@code subscription} lost after {@code failure}, or null when it is no rejection */
        KrakenWsEvent.SubscriptionLost lost(S subscription, Throwable failure);
    }

    final KrakenWsConfig config;
    final SerialRequests requests;
    final ConnectionSupervisor supervisor;
    private final String venueName;
    private final Venue<S> venue;
    private final OkHttpClient client;
    private final SessionThreads threads;
    private final SessionParts parts;
    private final List<S> active = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param config    settings
     * @param venueName for log lines, e.g. {@code Kraken Futures WS}
     * @param listeners receive messages and events, in this order
     * @param pacer     spaces the sends, or null
     * @param upgrade   builds each connection's upgrade request
     * @param venue     the venue's routing, rejections and resubscribe
     */
    SerialSession(KrakenWsConfig config, String venueName, List<KrakenWsListener> listeners, RequestPacer pacer,
                  SerialWire.Upgrade upgrade, Venue<S> venue) {
        this.config = config;
        this.venueName = venueName;
        this.venue = venue;
        this.client = new OkHttpClient.Builder().connectTimeout(config.connectTimeout())
                .readTimeout(config.connectTimeout()).writeTimeout(config.connectTimeout())
                .pingInterval(config.pingInterval()).build();
        this.threads = new SessionThreads(config.name());
        ListenerDispatcher dispatcher = new ListenerDispatcher(config.name());
        listeners.forEach(dispatcher::add);
        BiFunction<String, JsonNode, KrakenWsException> rejection = venue::rejection;
        this.requests = new SerialRequests(threads.timer(), config.requestTimeout(), rejection, pacer);
        this.parts = new SessionParts(config, new SerialWire(venue.router(requests, dispatcher, config.name()), requests, upgrade),
                dispatcher, threads.timer(), threads.lifecycle());
        this.supervisor = new ConnectionSupervisor(parts, client, null,
                new ExponentialBackoff(config.reconnectInitialDelay(), config.reconnectMaxDelay(),
                        config.reconnectMultiplier(), new Random()),
                Clock.systemUTC(), this::restore, this::close);
    }

    /** Remembers an acknowledged subscription, to restore after every reconnect. */
    void acknowledged(S subscription) {
        active.add(subscription);
    }

    /** Stops restoring a subscription. */
    void forget(S subscription) {
        active.remove(subscription);
    }

    /** @return the acknowledged subscriptions, in subscribe order */
    List<S> active() {
        return List.copyOf(active);
    }

    /** @return listener callbacks */
    ListenerDispatcher dispatcher() {
        return parts.dispatcher();
    }

    /** Closes: no more reconnects, pending requests fail, a final {@link KrakenWsEvent.Closed}. Idempotent. */
    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        supervisor.close();
        threads.shutdown(parts.dispatcher());
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        log.info("{} {}: session closed", venueName, config.name());
    }

    /** Re-subscribes every acknowledged subscription on a new connection, one at a time. */
    private CompletableFuture<Integer> restore(WsConnection connection) {
        CompletableFuture<Integer> chain = CompletableFuture.completedFuture(0);
        for (S subscription : active) {
            chain = chain.thenCompose(count -> venue.resubscribe(subscription, connection).handle((ok, error) -> {
                if (error == null) {
                    return count + 1;
                }
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                KrakenWsEvent.SubscriptionLost lost = venue.lost(subscription, cause);
                if (lost == null) {
                    throw new CompletionException(cause);
                }
                active.remove(subscription);
                parts.dispatcher().event(lost);
                return count;
            }));
        }
        return chain;
    }
}
