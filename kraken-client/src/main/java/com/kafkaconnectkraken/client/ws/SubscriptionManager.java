package com.kafkaconnectkraken.client.ws;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code subscribe}/{@code unsubscribe} with one ack per symbol docs/protocol/kraken-spot.md §1.3,
 * https://docs.kraken.com/api/docs/websocket-v2/book), paced by the {@link RequestPacer}, kept in
 * the {@link SubscriptionRegistry}, and restored on a new connection after a reconnect.
 */
final class SubscriptionManager {

    private static final String NOT_FOUND = "subscription not found";

    private final SubscriptionRegistry registry;
    private final RequestPacer pacer;
    private final RequestSender sender;
    private final ScheduledExecutorService timer;
    private final ListenerDispatcher dispatcher;
    private final Supplier<WsConnection> readyConnection;
    private final Clock clock;
    private final Set<CompletableFuture<?>> waiting = ConcurrentHashMap.newKeySet();

    SubscriptionManager(SubscriptionRegistry registry, RequestPacer pacer, RequestSender sender,
                        ScheduledExecutorService timer, ListenerDispatcher dispatcher,
                        Supplier<WsConnection> readyConnection, Clock clock) {
        this.registry = registry;
        this.pacer = pacer;
        this.sender = sender;
        this.timer = timer;
        this.dispatcher = dispatcher;
        this.readyConnection = readyConnection;
        this.clock = clock;
    }

    CompletableFuture<List<KrakenWsResponse>> subscribe(Subscription subscription) {
        return paced(() -> sender.send(readyConnection.get(), "subscribe", subscription.subscribeParams(),
                subscription.expectedAcks(), true))
                .thenApply(responses -> {
                    SubscriptionAcks acks = SubscriptionAcks.evaluate(subscription, responses);
                    registry.confirm(subscription, acks.confirmed());
                    return checked("subscribe", subscription, acks, responses);
                });
    }

    CompletableFuture<List<KrakenWsResponse>> unsubscribe(Subscription subscription) {
        return paced(() -> sender.send(readyConnection.get(), "unsubscribe", subscription.unsubscribeParams(),
                subscription.expectedAcks(), true))
                .thenApply(responses -> {
                    SubscriptionAcks acks = SubscriptionAcks.evaluate(subscription, responses);
                    forgetUnsubscribed(subscription, acks);
                    return checked("unsubscribe", subscription, acks, responses);
                });
    }

    /**
     * Forgets what the server no longer streams: acknowledged symbols, and symbols it answered
     * with "Subscription Not Found" (they were not active anyway).
     */
    private void forgetUnsubscribed(Subscription subscription, SubscriptionAcks acks) {
        Set<String> gone = new LinkedHashSet<>(acks.confirmed());
        boolean requestGone = acks.failures().isEmpty();
        for (KrakenWsSubscriptionException.Failure failure : acks.failures()) {
            if (failure.error().toLowerCase(Locale.ROOT).contains(NOT_FOUND)) {
                if (failure.symbol() == null) {
                    requestGone = true;
                } else {
                    gone.add(failure.symbol());
                }
            }
        }
        if (requestGone) {
            gone.addAll(subscription.symbols());
        }
        if (requestGone || !gone.isEmpty()) {
            registry.remove(subscription, gone);
        }
    }

    /**
     * Re-sends every active subscription on a new connection, paced.
     *
     * @param connection the new, authenticated connection
     * @return the number of subscribe requests sent; fails if any request failed or timed out
     *         (symbol rejections do not fail it: they are removed and reported as
     *         {@link KrakenWsEvent.SubscriptionLost})
     */
    CompletableFuture<Integer> restoreAll(WsConnection connection) {
        List<Subscription> active = registry.active();
        List<CompletableFuture<Void>> restores = new ArrayList<>(active.size());
        for (Subscription subscription : active) {
            restores.add(paced(() -> sender.send(connection, "subscribe", subscription.subscribeParams(),
                    subscription.expectedAcks(), true))
                    .thenAccept(responses -> restored(subscription, responses)));
        }
        return CompletableFuture.allOf(restores.toArray(new CompletableFuture<?>[0])).thenApply(v -> active.size());
    }

    private void restored(Subscription subscription, List<KrakenWsResponse> responses) {
        SubscriptionAcks acks = SubscriptionAcks.evaluate(subscription, responses);
        for (KrakenWsSubscriptionException.Failure failure : acks.failures()) {
            List<String> lost = failure.symbol() != null ? List.of(failure.symbol())
                    : subscription.symbols().stream().filter(s -> !acks.confirmed().contains(s)).toList();
            registry.remove(subscription, lost);
            if (lost.isEmpty()) {
                dispatcher.event(new KrakenWsEvent.SubscriptionLost(clock.instant(), subscription.channel().wireName(), null,
                        failure.error()));
            }
            lost.forEach(symbol -> dispatcher.event(new KrakenWsEvent.SubscriptionLost(clock.instant(),
                    subscription.channel().wireName(), symbol, failure.error())));
        }
    }

    /** Fails requests still waiting for their pacing slot; they were never sent. */
    void close() {
        for (CompletableFuture<?> future : List.copyOf(waiting)) {
            future.completeExceptionally(new KrakenWsConnectionException("Session closed", null, false));
        }
    }

    private static List<KrakenWsResponse> checked(String method, Subscription subscription, SubscriptionAcks acks,
                                                  List<KrakenWsResponse> responses) {
        if (!acks.failures().isEmpty()) {
            throw new KrakenWsSubscriptionException(method, subscription.channel().wireName(), acks.failures(), responses);
        }
        return responses;
    }

    private <T> CompletableFuture<T> paced(Supplier<CompletableFuture<T>> send) {
        long waitNanos = pacer.reserve();
        if (waitNanos <= 0) {
            return send.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        waiting.add(result);
        result.whenComplete((value, error) -> waiting.remove(result));
        try {
            timer.schedule(() -> send.get().whenComplete((value, error) -> {
                if (error != null) {
                    result.completeExceptionally(error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error);
                } else {
                    result.complete(value);
                }
            }), waitNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            result.completeExceptionally(new KrakenWsConnectionException("Session is closed", closed, false));
        }
        return result;
    }
}
