package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.retry.ExponentialBackoff;
import com.kafkaconnectkraken.client.trader.TraderTokens;
import com.kafkaconnectkraken.client.trader.protocol.TraderAction;
import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger log = LoggerFactory.getLogger(TraderWsSession.class);

    private final KrakenWsConfig config;
    private final TraderTokens tokens;
    private final OkHttpClient client;
    private final SessionThreads threads;
    private final SessionParts parts;
    private final SerialRequests requests;
    private final ConnectionSupervisor supervisor;
    private final List<TraderSubscription> active = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param config   settings: the endpoint ({@code wss://<host>/api/v1/ws}, without the token), timeouts, ping
     *                 interval, reconnect backoff and {@code maxRequestsPerSecond} (the send pacing)
     * @param tokens   the JWT source
     * @param listener receives data events, lifecycle events and malformed frames
     */
    public TraderWsSession(KrakenWsConfig config, TraderTokens tokens, TraderWsListener listener) {
        this.config = Objects.requireNonNull(config, "config");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.client = new OkHttpClient.Builder().connectTimeout(config.connectTimeout())
                .readTimeout(config.connectTimeout()).writeTimeout(config.connectTimeout())
                .pingInterval(config.pingInterval()).build();
        this.threads = new SessionThreads(config.name());
        ListenerDispatcher dispatcher = new ListenerDispatcher(config.name());
        dispatcher.add(new TokenWatch());
        dispatcher.add(Objects.requireNonNull(listener, "listener"));
        this.requests = new SerialRequests(threads.timer(), config.requestTimeout(), TraderWsSession::rejection,
                new RequestPacer(config.maxRequestsPerSecond(), System::nanoTime));
        this.parts = new SessionParts(config, new TraderWire(new TraderFrameRouter(requests, dispatcher, config.name()),
                requests, tokens), dispatcher, threads.timer(), threads.lifecycle());
        this.supervisor = new ConnectionSupervisor(parts, client, null,
                new ExponentialBackoff(config.reconnectInitialDelay(), config.reconnectMaxDelay(),
                        config.reconnectMultiplier(), new Random()),
                Clock.systemUTC(), this::restore, this::close);
    }

    /**
     * Logs in when needed and opens the first connection. Calling it again returns the same outcome.
     *
     * @return completes when the session is open; fails with {@link KrakenWsConnectionException} if the login or the
     *         first connection failed (the session is then closed)
     */
    public CompletableFuture<Void> connect() {
        return supervisor.start();
    }

    /**
     * Subscribes; restored automatically after every reconnect once acknowledged.
     *
     * @return completes on the server's acknowledgement; fails with {@link TraderRejectedException} (e.g.
     *         {@code INVALID_SYMBOL}), {@link NoAnswerException} or a connection loss
     */
    public CompletableFuture<Void> subscribe(TraderSubscription subscription) {
        return send(subscription.action(), subscription.payload(), subscription::acknowledgedBy,
                supervisor.readyConnection()).thenRun(() -> active.add(subscription));
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
        return send(action, payload, frameAnswers, supervisor.readyConnection())
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
        return List.copyOf(active);
    }

    /** @return whether a connection is open */
    public boolean isConnected() {
        return supervisor.readyConnection() != null;
    }

    /** @return the session settings */
    public KrakenWsConfig config() {
        return config;
    }

    /** Closes the session: no more reconnects, pending requests fail, a final {@link KrakenWsEvent.Closed}. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        supervisor.close();
        threads.shutdown(parts.dispatcher());
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        log.info("Trader WS {}: session closed", config.name());
    }

    private CompletableFuture<JsonNode> send(TraderAction action, ObjectNode payload, Predicate<JsonNode> answers,
                                             WsConnection connection) {
        ObjectNode envelope = KrakenJson.mapper().createObjectNode().put("type", action.wireName());
        envelope.set("payload", payload);
        return requests.send(connection, envelope, describe(action, payload), answers);
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

    /** Re-subscribes every acknowledged subscription on a new connection, one at a time. */
    private CompletableFuture<Integer> restore(WsConnection connection) {
        CompletableFuture<Integer> chain = CompletableFuture.completedFuture(0);
        for (TraderSubscription subscription : active) {
            chain = chain.thenCompose(count -> send(subscription.action(), subscription.payload(),
                    subscription::acknowledgedBy, connection).handle((ok, error) -> {
                        if (error == null) {
                            return count + 1;
                        }
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        if (!(cause instanceof TraderRejectedException rejected)) {
                            throw new CompletionException(cause);
                        }
                        active.remove(subscription);
                        parts.dispatcher().event(new KrakenWsEvent.SubscriptionLost(Clock.systemUTC().instant(),
                                subscription.action().wireName(), subscription.payload().toString(), rejected.getMessage()));
                        return count;
                    }));
        }
        return chain;
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
