package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.futures.protocol.FuturesChallenge;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * A Kraken Futures WebSocket v1 session on the project's shared connection lifecycle
 * (docs/protocol/kraken-futures.md; https://docs.kraken.com/api/docs/guides/futures-websockets): the same
 * watchdog, reconnect with jittered backoff, restore and gap events as the Spot {@link KrakenWsSession}, with
 * Futures' own envelope. Requests go one at a time ({@link SerialRequests}); private feeds are subscribed
 * with a challenge signed for the current connection (a new challenge per connection); every acknowledged
 * subscription is restored after a reconnect, and a rejected one is reported as
 * {@link KrakenWsEvent.SubscriptionLost} ({@code channel} = feed, {@code symbol} = null).
 *
 * <pre>{@code
 * try (FuturesWsSession session = new FuturesWsSession(config, apiKey, new FuturesChallenge(secret), listener)) {
 *     session.connect().get(30, TimeUnit.SECONDS);
 *     session.subscribe(new FuturesSubscription(FuturesFeed.FILLS, List.of())).get();
 * }
 * }</pre>
 *
 * <p><b>Secrets.</b> The API secret stays inside {@link FuturesChallenge}; the API key and signed challenge go
 * only on the wire, never into logs, exceptions or events.
 */
public final class FuturesWsSession implements AutoCloseable {


    private final String apiKey;
    private final FuturesChallenge challenge;
    private final SerialSession<FuturesSubscription> core;
    private volatile Challenged challenged;

    /**
     * @param config    settings, including the endpoint URI ({@code wss://futures.kraken.com/ws/v1}); its
     *                  {@code pingInterval} must be below 60 s
     * @param apiKey    the API key for private feeds, or {@code null} for a public-only session
     * @param challenge signs challenges with the API secret, or {@code null} for a public-only session
     * @param listener  receives data messages, lifecycle events and malformed frames
     */
    public FuturesWsSession(KrakenWsConfig config, String apiKey, FuturesChallenge challenge, FuturesWsListener listener) {
        this.apiKey = apiKey;
        this.challenge = challenge;
        this.core = new SerialSession<>(Objects.requireNonNull(config, "config"), "Kraken Futures WS",
                List.of(Objects.requireNonNull(listener, "listener")), null, SerialWire.Upgrade.PLAIN, new Venue());
    }

    /**
     * Opens the first connection. Calling it again returns the same outcome.
     *
     * @return completes when the session is ready; fails with {@link KrakenWsConnectionException} if the first
     *         connection failed (the session is then closed)
     */
    public CompletableFuture<Void> connect() {
        return core.supervisor.start();
    }

    /**
     * Subscribes to a feed; restored automatically after every reconnect once acknowledged.
     *
     * @return completes when Kraken acknowledged every product; fails with {@link FuturesRejectedException}
     *         (e.g. {@code Invalid product id}, or an authentication alert), a timeout or a connection loss
     * @throws IllegalStateException for a private feed on a session without credentials
     */
    public CompletableFuture<Void> subscribe(FuturesSubscription subscription) {
        return request("subscribe", subscription, core.supervisor.readyConnection())
                .thenRun(() -> core.acknowledged(subscription));
    }

    /**
     * Unsubscribes; the subscription is no longer restored.
     *
     * @return completes on Kraken's {@code unsubscribed}
     */
    public CompletableFuture<Void> unsubscribe(FuturesSubscription subscription) {
        core.forget(subscription);
        return request("unsubscribe", subscription, core.supervisor.readyConnection()).thenRun(() -> { });
    }

    /** @return the acknowledged subscriptions, in subscribe order */
    public List<FuturesSubscription> activeSubscriptions() {
        return core.active();
    }

    /** @return the session settings */
    public KrakenWsConfig config() {
        return core.config;
    }

    /** Closes the session: no more reconnects, pending requests fail, a final {@link KrakenWsEvent.Closed}. Idempotent. */
    @Override
    public void close() {
        core.close();
    }

    private CompletableFuture<JsonNode> request(String event, FuturesSubscription subscription, WsConnection connection) {
        String what = event + " " + subscription.feed() + (subscription.productIds().isEmpty() ? "" : " " + subscription.productIds());
        ObjectNode body = KrakenJson.mapper().createObjectNode().put("event", event).put("feed", subscription.feed().wireName());
        if (subscription.feed().perProduct()) {
            subscription.productIds().forEach(body.putArray("product_ids")::add);
        }
        Set<String> pending = new HashSet<>(subscription.productIds());
        Predicate<JsonNode> answered = frame -> {
            if (!(event + "d").equals(frame.path("event").asText())
                    || !subscription.feed().wireName().equals(frame.path("feed").asText())) {
                return false;
            }
            frame.path("product_ids").forEach(id -> pending.remove(id.asText()));
            return pending.isEmpty() || !frame.has("product_ids");
        };
        if (!subscription.feed().authenticated()) {
            return core.requests.send(connection, body, what, answered);
        }
        if (apiKey == null || challenge == null) {
            throw new IllegalStateException("Feed " + subscription.feed() + " needs an API key and secret");
        }
        return challengeFor(connection).thenCompose(original -> {
            body.put("api_key", apiKey).put("original_challenge", original).put("signed_challenge", challenge.sign(original));
            return core.requests.send(connection, body, what, answered);
        });
    }

    /** @return the challenge of {@code connection}, asked for once per connection */
    private CompletableFuture<String> challengeFor(WsConnection connection) {
        Challenged known = challenged;
        if (known != null && known.connection == connection) {
            return CompletableFuture.completedFuture(known.message);
        }
        ObjectNode body = KrakenJson.mapper().createObjectNode().put("event", "challenge").put("api_key", apiKey);
        return core.requests.send(connection, body, "challenge", frame -> "challenge".equals(frame.path("event").asText())
                && frame.path("message").isTextual()).thenApply(frame -> {
                    String message = frame.get("message").asText();
                    challenged = new Challenged(connection, message);
                    return message;
                });
    }

    /** @return the failure an {@code error} or {@code alert} event means for the request in flight, else null */
    private static KrakenWsException rejection(String what, JsonNode frame) {
        String type = frame.path("event").asText();
        return "error".equals(type) || "alert".equals(type)
                ? new FuturesRejectedException(what, frame.path("message").asText()) : null;
    }

    /** Futures routing, rejections and resubscribe for the shared session core. */
    private final class Venue implements SerialSession.Venue<FuturesSubscription> {
        @Override
        public JsonFrameSink router(SerialRequests requests, ListenerDispatcher dispatcher, String name) {
            return new FuturesFrameRouter(requests, dispatcher, name);
        }

        @Override
        public KrakenWsException rejection(String what, JsonNode frame) {
            return FuturesWsSession.rejection(what, frame);
        }

        @Override
        public CompletableFuture<?> resubscribe(FuturesSubscription subscription, WsConnection connection) {
            return request("subscribe", subscription, connection);
        }

        @Override
        public KrakenWsEvent.SubscriptionLost lost(FuturesSubscription subscription, Throwable failure) {
            return failure instanceof FuturesRejectedException rejected ? new KrakenWsEvent.SubscriptionLost(
                    Clock.systemUTC().instant(), subscription.feed().wireName(), null, rejected.serverMessage()) : null;
        }
    }

    private record Challenged(WsConnection connection, String message) {
    }
}
