package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.retry.ExponentialBackoff;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kraken Spot WebSocket v2 session on OkHttp
 * (https://docs.kraken.com/api/docs/guides/spot-ws-intro, docs/protocol/kraken-spot.md §1-5): request/response
 * correlation by {@code req_id}, per-symbol subscription acks, data pushes to a listener,
 * application {@code ping}, heartbeat/traffic watchdog, and automatic reconnect with a fresh
 * token and restored subscriptions.
 *
 * <pre>{@code
 * KrakenWsConfig config = KrakenWsConfig.builder(endpoints.privateWs()).name("auth").build();
 * try (KrakenWsSession session = new KrakenWsSession(config, () -> rest.webSocketsToken().token(), listener)) {
 *     session.connect().get(30, TimeUnit.SECONDS);
 *     session.subscribe(Subscription.of(SpotChannel.EXECUTIONS, List.of()).withParam("snap_orders", true)).get();
 *     KrakenWsResponse ack = session.request("add_order", params).get();   // params without token
 * }
 * }</pre>
 *
 * <p><b>Lifecycle.</b> {@link #connect()} opens the socket, fetches a token through the
 * {@link TokenProvider} (if any) and completes. After that, any failure (socket error, server
 * close, no frame for {@code staleTimeout}) fails the pending requests with
 * {@link KrakenWsConnectionException} ({@code requestSent() == true}) and reconnects with
 * exponential backoff and full jitter; each new connection fetches a new token and re-sends every
 * acknowledged subscription, paced at {@code maxRequestsPerSecond}. Progress is reported as
 * {@link KrakenWsEvent}s. A failed <em>first</em> connect is not retried: {@code connect()}
 * fails and the session closes. {@link #close()} stops everything; it is final.
 *
 * <p><b>Threads.</b> Every method may be called from any thread. Futures complete on the socket
 * reader thread (responses) or the session timer (timeouts): use the {@code *Async} stages for
 * slow work. Listener callbacks are serialized; see {@link KrakenWsListener} for backpressure.
 * Nothing is buffered without bound: inbound frames are read only as fast as the listener
 * returns, and an outbound frame the socket cannot queue (OkHttp's 16 MiB limit) fails at once.
 *
 * <p><b>Secrets.</b> The token goes only into {@code params.token} on the wire; it is never
 * logged, put in an exception or an event.
 */
public final class KrakenWsSession implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KrakenWsSession.class);

    private final KrakenWsConfig config;
    private final OkHttpClient client;
    private final boolean ownsClient;
    private final SessionParts parts;
    private final RequestSender sender;
    private final SubscriptionRegistry registry = new SubscriptionRegistry();
    private final SubscriptionManager subscriptions;
    private final ConnectionSupervisor supervisor;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final SessionThreads threads;

    /**
     * Creates a session with its own OkHttp client.
     *
     * @param config        settings, including the endpoint URI
     * @param tokenProvider supplies a fresh token per connection; {@code null} for public endpoints
     * @param listener      receives data, responses without a pending request, malformed frames and events
     */
    public KrakenWsSession(KrakenWsConfig config, TokenProvider tokenProvider, KrakenWsListener listener) {
        this(config, tokenProvider, listener, null, new Random(), systemPacer(config));
    }

    /**
     * Creates a session sharing an OkHttp client (its dispatcher and pools) with other users.
     *
     * @param config        settings, including the endpoint URI
     * @param tokenProvider supplies a fresh token per connection; {@code null} for public endpoints
     * @param listener      receives data, responses without a pending request, malformed frames and events
     * @param httpClient    the client to derive from; this session never shuts it down
     */
    public KrakenWsSession(KrakenWsConfig config, TokenProvider tokenProvider, KrakenWsListener listener,
                           OkHttpClient httpClient) {
        this(config, tokenProvider, listener, Objects.requireNonNull(httpClient, "httpClient"), new Random(),
                systemPacer(config));
    }

    /**
     * Full constructor; tests pass their own reconnect jitter and a pacer on a fake clock.
     *
     * @param httpClient the client to derive from, or null for an own client (shut down on close)
     * @param jitter     source of the reconnect backoff jitter
     * @param pacer      paces subscribe/unsubscribe requests, including the restore after a reconnect; built for
     *                   {@code config.maxRequestsPerSecond()}
     */
    KrakenWsSession(KrakenWsConfig config, TokenProvider tokenProvider, KrakenWsListener listener,
                    OkHttpClient httpClient, Random jitter, RequestPacer pacer) {
        this.config = Objects.requireNonNull(config, "config");
        this.ownsClient = httpClient == null;
        this.client = (ownsClient ? new OkHttpClient() : httpClient).newBuilder()
                .connectTimeout(config.connectTimeout()).readTimeout(config.connectTimeout())
                .writeTimeout(config.connectTimeout()).pingInterval(Duration.ZERO).build();
        this.threads = new SessionThreads(config.name());
        ScheduledExecutorService timer = threads.timer();
        ListenerDispatcher dispatcher = new ListenerDispatcher(config.name());
        dispatcher.add(Objects.requireNonNull(listener, "listener"));
        RequestTracker tracker = new RequestTracker(timer);
        RequestSender sender = new RequestSender(tracker, config.requestTimeout());
        this.sender = sender;
        this.parts = new SessionParts(config, new SpotWire(tracker, new FrameRouter(tracker, dispatcher, config.name()),
                sender), dispatcher, timer, threads.lifecycle());
        Clock clock = Clock.systemUTC();
        this.supervisor = new ConnectionSupervisor(parts, client, tokenProvider,
                new ExponentialBackoff(config.reconnectInitialDelay(), config.reconnectMaxDelay(),
                        config.reconnectMultiplier(), jitter),
                clock, this::restore, this::close);
        this.subscriptions = new SubscriptionManager(registry, Objects.requireNonNull(pacer, "pacer"), sender, timer,
                dispatcher, supervisor::readyConnection, clock);
    }

    private static RequestPacer systemPacer(KrakenWsConfig config) {
        return new RequestPacer(Objects.requireNonNull(config, "config").maxRequestsPerSecond(), System::nanoTime);
    }

    /**
     * Opens the first connection (and authenticates it when a {@link TokenProvider} is set).
     * Calling it again returns the same outcome.
     *
     * @return completes when the session is ready for requests; fails with
     *         {@link KrakenWsConnectionException} if the first connection or its token fetch
     *         failed (the session is then closed)
     */
    public CompletableFuture<Void> connect() {
        return supervisor.start();
    }

    /**
     * Subscribes to a channel (https://docs.kraken.com/api/docs/websocket-v2/book and siblings).
     * Kraken answers once per symbol; the future completes when every symbol was acknowledged.
     * Acknowledged symbols are restored automatically after a reconnect.
     *
     * @param subscription channel, symbols and params (no token: the session adds it for
     *                     {@code executions}, {@code balances}, {@code level3})
     * @return all ack frames; fails with {@link KrakenWsSubscriptionException} (symbol + error of
     *         each failed ack; the other symbols are active), {@link KrakenWsTimeoutException} or
     *         {@link KrakenWsConnectionException}
     */
    public CompletableFuture<List<KrakenWsResponse>> subscribe(Subscription subscription) {
        return subscriptions.subscribe(Objects.requireNonNull(subscription, "subscription"));
    }

    /**
     * Unsubscribes (same {@link Subscription} value as used to subscribe). Symbols the server
     * reports as "Subscription Not Found" are forgotten too, and still reported as failures.
     *
     * @param subscription the subscription to stop
     * @return all ack frames; fails like {@link #subscribe(Subscription)}
     */
    public CompletableFuture<List<KrakenWsResponse>> unsubscribe(Subscription subscription) {
        return subscriptions.unsubscribe(Objects.requireNonNull(subscription, "subscription"));
    }

    /**
     * Sends a request answered by one frame, e.g. {@code add_order}, {@code amend_order},
     * {@code edit_order}, {@code cancel_all}, {@code cancel_all_orders_after}, {@code batch_add},
     * {@code batch_cancel} (https://docs.kraken.com/api/docs/websocket-v2/add_order and siblings).
     *
     * @param method Kraken method name
     * @param params method params without {@code token} (added for every trading method), or
     *               {@code null}
     * @return the response frame, also when {@code success} is false (check
     *         {@link KrakenWsResponse#success()}); fails with {@link KrakenWsTimeoutException}
     *         (sent, outcome unknown), {@link KrakenWsConnectionException}
     *         (see {@link KrakenWsConnectionException#requestSent()}), or
     *         {@link IllegalStateException} (not sent) when the method needs a token and the
     *         session has no {@link TokenProvider}
     * @throws IllegalArgumentException for {@code subscribe}/{@code unsubscribe} (use the
     *                                  dedicated methods so subscriptions are tracked)
     */
    public CompletableFuture<KrakenWsResponse> request(String method, ObjectNode params) {
        return request(method, params, 1).thenApply(responses -> responses.get(0));
    }

    /**
     * Sends a request answered by several frames sharing its {@code req_id}, e.g.
     * {@code cancel_order} with N ids answers with N frames
     * (https://docs.kraken.com/api/docs/websocket-v2/cancel_order).
     *
     * @param method            Kraken method name
     * @param params            method params without {@code token}, or {@code null}
     * @param expectedResponses number of frames to wait for (&gt;= 1)
     * @return the frames in arrival order; on timeout {@link KrakenWsTimeoutException#partialResponses()}
     *         holds those that arrived
     * @throws IllegalArgumentException for {@code subscribe}/{@code unsubscribe} or {@code expectedResponses < 1}
     */
    public CompletableFuture<List<KrakenWsResponse>> request(String method, ObjectNode params, int expectedResponses) {
        Objects.requireNonNull(method, "method");
        if ("subscribe".equals(method) || "unsubscribe".equals(method)) {
            throw new IllegalArgumentException("Use subscribe()/unsubscribe() for " + method);
        }
        if (expectedResponses < 1) {
            throw new IllegalArgumentException("expectedResponses must be >= 1, was " + expectedResponses);
        }
        return sender.send(supervisor.readyConnection(), method, params, expectedResponses, false);
    }

    /**
     * Sends an application-level {@code ping} (https://docs.kraken.com/api/docs/websocket-v2/ping);
     * the session also pings by itself every {@code pingInterval}.
     *
     * @return the {@code pong} frame
     */
    public CompletableFuture<KrakenWsResponse> ping() {
        return request("ping", null);
    }

    /**
     * @return the acknowledged subscriptions, one per channel + params with all active symbols
     */
    public List<Subscription> activeSubscriptions() {
        return registry.active();
    }

    /**
     * @return whether a connection is open and authenticated right now
     */
    public boolean isConnected() {
        return supervisor.readyConnection() != null;
    }

    /**
     * @return this session's settings
     */
    public KrakenWsConfig config() {
        return config;
    }

    /**
     * Adds a listener (callbacks stay serialized across all listeners).
     *
     * @param listener the listener
     */
    public void addListener(KrakenWsListener listener) {
        parts.dispatcher().add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * @param listener a listener added before
     */
    public void removeListener(KrakenWsListener listener) {
        parts.dispatcher().remove(listener);
    }

    /**
     * Closes the session: no more reconnects, pending requests fail with
     * {@link KrakenWsConnectionException} ({@code requestSent() == true}), the socket gets a
     * normal close (code 1000), and a final {@link KrakenWsEvent.Closed} is emitted. Waits up to
     * 5 s for the lifecycle thread unless called from a listener callback or the lifecycle
     * thread. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        supervisor.close();
        subscriptions.close();
        threads.shutdown(parts.dispatcher());
        if (ownsClient) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
        log.info("WebSocket {}: session closed", config.name());
    }

    private CompletableFuture<Integer> restore(WsConnection connection) {
        return subscriptions.restoreAll(connection);
    }
}
