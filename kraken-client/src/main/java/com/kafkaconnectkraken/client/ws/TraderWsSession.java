package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.trader.TraderLoginException;
import com.kafkaconnectkraken.client.trader.TraderTokens;
import com.kafkaconnectkraken.client.trader.protocol.TraderAction;
import com.kafkaconnectkraken.client.trader.protocol.TraderEndpoints;
import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import okhttp3.Request;

/**
 * A Trader WebSocket API session (docs/protocol/trader-api.md) on the project's shared connection lifecycle: the
 * same watchdog, reconnect with jittered backoff, restore and gap events as the Kraken sessions, with the Trader
 * API's {@code {type, payload}} envelope. Every connection carries a current JWT ({@link TraderTokens}: a new login
 * when the held token expires within the refresh margin, and after a connection closed within
 * {@value #QUICK_CLOSE_SECONDS} s of opening — the server's answer to a bad token). Messages go one at a time, paced
 * to {@code maxRequestsPerSecond}, because nothing in the envelope matches a reply to its request (§5): the next
 * {@code error} answers the message in flight. Acknowledged subscriptions are restored after a reconnect; a
 * rejected one is reported as {@link KrakenWsEvent.SubscriptionLost}.
 *
 * <pre>{@code
 * TraderTokens tokens = TraderTokens.login(new TraderLogin(loginUri, user, password, Fields.DEFAULT, http),
 *         Duration.ofMinutes(1), Clock.systemUTC());
 * try (TraderWsSession session = new TraderWsSession(config, tokens, listener)) {
 *     session.connect().get(30, TimeUnit.SECONDS);
 *     session.subscribe(new TraderSubscription.Events(List.of("EURUSD"), List.of(TraderMessageType.QUOTE_EVENT))).get();
 * }
 * }</pre>
 *
 * <p><b>Secrets.</b> The JWT goes only into the upgrade request's query; it never appears in logs, exceptions or events.
 */
public final class TraderWsSession implements AutoCloseable {

    /** A connection lost this soon after opening is taken as a refused token. */
    static final long QUICK_CLOSE_SECONDS = 5;


    private final TraderTokens tokens;
    private final SerialSession<TraderSubscription> core;

    /**
     * @param config   settings: the endpoint ({@code wss://<host>/api/v1/ws}, without the token), timeouts, ping
     *                 interval, reconnect backoff and {@code maxRequestsPerSecond} (the send pacing)
     * @param tokens   the JWT source
     * @param listener receives data events, lifecycle events and malformed frames
     */
    public TraderWsSession(KrakenWsConfig config, TraderTokens tokens, TraderWsListener listener) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.core = new SerialSession<>(Objects.requireNonNull(config, "config"), "Trader WS",
                List.of(new TokenWatch(), Objects.requireNonNull(listener, "listener")),
                new RequestPacer(config.maxRequestsPerSecond(), System::nanoTime), this::upgrade, new Venue());
    }

    /**
     * Logs in when needed and opens the first connection. Calling it again returns the same outcome.
     *
     * @return completes when the session is open; fails with {@link KrakenWsConnectionException} if the login or the
     *         first connection failed (the session is then closed)
     */
    public CompletableFuture<Void> connect() {
        return core.supervisor.start();
    }

    /**
     * Subscribes; restored automatically after every reconnect once acknowledged.
     *
     * @return completes on the server's acknowledgement; fails with {@link TraderRejectedException} (e.g.
     *         {@code INVALID_SYMBOL}), {@link NoAnswerException} or a connection loss
     */
    public CompletableFuture<Void> subscribe(TraderSubscription subscription) {
        return send(subscription.action(), subscription.payload(), subscription::acknowledgedBy,
                core.supervisor.readyConnection()).thenRun(() -> core.acknowledged(subscription));
    }

    /**
     * Sends a trading action or a history query, one at a time.
     *
     * @param action  what to do, e.g. {@link TraderAction#CREATE_ORDER}
     * @param payload its body (docs/protocol/trader-api.md §3)
     * @param answers recognises the message that answers it (an {@code error} always does); for a query
     *                {@link #answersQuery(TraderAction)}
     * @return completes with the answering message; fails with {@link TraderRejectedException} on an {@code error},
     *         {@link NoAnswerException} on timeout (sent, outcome unknown), or {@link KrakenWsConnectionException}
     *         when the connection is lost ({@code requestSent()} says whether it may have reached the server)
     */
    public CompletableFuture<TraderMessage> request(TraderAction action, ObjectNode payload,
                                                    Predicate<TraderMessage> answers) {
        Predicate<JsonNode> frameAnswers = frame -> message(frame).map(answers::test).orElse(false);
        return send(action, payload, frameAnswers, core.supervisor.readyConnection())
                .thenApply(frame -> message(frame).orElseThrow());
    }

    private static Optional<TraderMessage> message(JsonNode frame) {
        return TraderMessageType.fromWire(frame.path("type").asText())
                .map(type -> new TraderMessage(type, frame, Clock.systemUTC().instant(), System.nanoTime()));
    }

    /**
     * @param query a {@link TraderAction.Kind#QUERY} action
     * @return recognises its answer: the message of the same type (or {@code <type>Response}) [ASSUMED]
     */
    public static Predicate<TraderMessage> answersQuery(TraderAction query) {
        return message -> message.type().wireName().equals(query.wireName());
    }

    /** @return the acknowledged subscriptions, in subscribe order */
    public List<TraderSubscription> activeSubscriptions() {
        return core.active();
    }

    /** @return whether a connection is open */
    public boolean isConnected() {
        return core.supervisor.readyConnection() != null;
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

    /** @return the upgrade request with a current JWT as {@code ?token=} (logging in first when needed) */
    private Request upgrade(URI uri) throws TraderLoginException {
        String token = URLEncoder.encode(tokens.current(), StandardCharsets.UTF_8);
        return new Request.Builder().url(uri + (uri.getRawQuery() == null ? "?" : "&")
                + TraderEndpoints.TOKEN_PARAM + "=" + token).build();
    }

    private CompletableFuture<JsonNode> send(TraderAction action, ObjectNode payload, Predicate<JsonNode> answers,
                                             WsConnection connection) {
        ObjectNode envelope = KrakenJson.mapper().createObjectNode().put("type", action.wireName());
        envelope.set("payload", payload);
        return core.requests.send(connection, envelope, describe(action, payload), answers);
    }

    /** @return e.g. {@code createOrder EURUSD} or {@code subscribe [EURUSD]}: what was asked, no credentials */
    private static String describe(TraderAction action, ObjectNode payload) {
        JsonNode what = payload.has("symbol") ? payload.get("symbol") : payload.has("symbols") ? payload.get("symbols")
                : payload.has("orderId") ? payload.get("orderId") : payload.path("accountId");
        return action.wireName() + (what.isMissingNode() ? "" : " " + (what.isTextual() ? what.asText() : what.toString()));
    }

    /** @return the failure an {@code error} message means for the message in flight, else null */
    private static KrakenWsException rejection(String what, JsonNode frame) {
        if (!TraderMessageType.ERROR.wireName().equals(frame.path("type").asText())) {
            return null;
        }
        JsonNode payload = frame.path("payload");
        return new TraderRejectedException(what, payload.path("code").textValue(), payload.path("message").textValue());
    }

    /** Trader routing, rejections and resubscribe for the shared session core. */
    private final class Venue implements SerialSession.Venue<TraderSubscription> {
        @Override
        public JsonFrameSink router(SerialRequests requests, ListenerDispatcher dispatcher, String name) {
            return new TraderFrameRouter(requests, dispatcher, name);
        }

        @Override
        public KrakenWsException rejection(String what, JsonNode frame) {
            return TraderWsSession.rejection(what, frame);
        }

        @Override
        public CompletableFuture<?> resubscribe(TraderSubscription subscription, WsConnection connection) {
            return send(subscription.action(), subscription.payload(), subscription::acknowledgedBy, connection);
        }

        @Override
        public KrakenWsEvent.SubscriptionLost lost(TraderSubscription subscription, Throwable failure) {
            return failure instanceof TraderRejectedException rejected ? new KrakenWsEvent.SubscriptionLost(
                    Clock.systemUTC().instant(), subscription.action().wireName(), subscription.payload().toString(),
                    rejected.getMessage()) : null;
        }
    }

    /** Takes a connection lost soon after opening as a refused token: the next connect logs in again. */
    private final class TokenWatch implements KrakenWsListener {
        private volatile Instant openedAt;

        @Override
        public void onEvent(KrakenWsEvent event) {
            if (event instanceof KrakenWsEvent.Opened opened) {
                openedAt = opened.at();
            } else if (event instanceof KrakenWsEvent.ConnectionFailed failed) {
                Instant opened = openedAt;
                openedAt = null;
                if (opened == null || Duration.between(opened, failed.at()).getSeconds() < QUICK_CLOSE_SECONDS) {
                    tokens.invalidate();
                }
            }
        }
    }
}
