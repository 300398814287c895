package com.kafkaconnectkraken.client.ws;

import com.kafkaconnectkraken.client.retry.ExponentialBackoff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection lifecycle: open, authenticate (fresh token per connection), watchdog, and on
 * failure reconnect with backoff, then restore subscriptions and report the gap
 * docs/protocol/kraken-spot.md §1.6, 4.1; https://docs.kraken.com/api/docs/guides/spot-ws-intro,
 * https://docs.kraken.com/api/docs/guides/spot-ws-auth).
 *
 * <p>All state transitions run on the single lifecycle thread; OkHttp and timer callbacks only
 * post to it. The first connection is not retried unless {@link KrakenWsConfig#retryFirstConnect()}: its failure
 * fails {@link #start()} and closes the session, so a bad URI or credential surfaces at once. With it, a first
 * connection whose socket never opened is retried with the same backoff as a reconnect.
 */
final class ConnectionSupervisor {

    private static final Logger log = LoggerFactory.getLogger(ConnectionSupervisor.class);

    private final SessionParts parts;
    private final OkHttpClient client;
    private final TokenProvider tokenProvider;
    private final ExponentialBackoff backoff;
    private final Clock clock;
    private final Function<WsConnection, CompletableFuture<Integer>> restorer;
    private final Runnable closeSession;
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private volatile WsConnection current;
    private volatile boolean closed;
    private boolean startRequested;
    private int generation;
    private int attempts;
    private Instant gapFrom;

    ConnectionSupervisor(SessionParts parts, OkHttpClient client, TokenProvider tokenProvider, ExponentialBackoff backoff,
                         Clock clock, Function<WsConnection, CompletableFuture<Integer>> restorer, Runnable closeSession) {
        this.parts = parts;
        this.client = client;
        this.tokenProvider = tokenProvider;
        this.backoff = backoff;
        this.clock = clock;
        this.restorer = restorer;
        this.closeSession = closeSession;
    }

    /** @return completes once the first connection is open and authenticated */
    synchronized CompletableFuture<Void> start() {
        if (!startRequested) {
            startRequested = true;
            post(this::openSocket);
        }
        return started.copy();
    }

    /** @return the current connection if it is open and authenticated, else {@code null} */
    WsConnection readyConnection() {
        WsConnection connection = current;
        return connection != null && connection.isReady() ? connection : null;
    }

    boolean isClosed() {
        return closed;
    }

    void opened(WsConnection connection) {
        post(() -> onOpened(connection));
    }

    void lost(WsConnection connection, Throwable cause) {
        post(() -> onLost(connection, cause));
    }

    /** Stops reconnecting, fails pending work and closes the socket; idempotent. */
    void close() {
        closed = true;
        started.completeExceptionally(new KrakenWsConnectionException("Session closed", null, false));
        parts.wire().failPending("Session closed", null, true);
        post(() -> {
            WsConnection connection = current;
            current = null;
            if (connection != null) {
                connection.closeGracefully();
            }
        });
    }

    private void openSocket() {
        if (closed) {
            return;
        }
        WsConnection connection = new WsConnection(++generation, this, parts.wire().frames(), clock,
                parts.config().staleTimeout());
        current = connection;
        log.debug("WebSocket {}: opening connection {} to {}", name(), generation, parts.config().uri());
        Request request;
        try {
            request = parts.wire().openRequest(parts.config().uri());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            onLost(connection, e instanceof KrakenWsException ws ? ws
                    : new KrakenWsException("Could not prepare the connection: " + e.getMessage(), e));
            return;
        }
        connection.open(client, request);
    }

    private void onOpened(WsConnection connection) {
        if (connection != current || closed) {
            connection.stop();
            return;
        }
        log.info("WebSocket {}: connection {} open to {}", name(), connection.id(), parts.config().uri());
        parts.dispatcher().event(new KrakenWsEvent.Opened(clock.instant(), parts.config().uri(), connection.id()));
        connection.startTimers(parts.timer(), parts.config().pingInterval(), () -> ping(connection));
        if (!authenticate(connection)) {
            return;
        }
        connection.markReady();
        if (!started.isDone()) {
            connection.markHealthy(clock.instant());
            attempts = 0;
            started.complete(null);
        } else {
            restore(connection);
        }
    }

    private boolean authenticate(WsConnection connection) {
        if (tokenProvider == null) {
            return true;
        }
        String token;
        try {
            token = tokenProvider.fetchToken();
            if (token == null || token.isBlank()) {
                throw new KrakenWsException("TokenProvider returned no token");
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            onLost(connection, new KrakenWsException("Could not fetch a WebSocket token: " + e.getMessage(), e));
            return false;
        }
        if (connection != current || closed) {
            return false;
        }
        connection.token(token);
        parts.dispatcher().event(new KrakenWsEvent.Authenticated(clock.instant(), connection.id()));
        return true;
    }

    private void onLost(WsConnection connection, Throwable cause) {
        if (connection != current) {
            return;
        }
        current = null;
        connection.stop();
        Instant now = clock.instant();
        parts.wire().failPending("Connection lost", cause, true);
        if (closed) {
            return;
        }
        if (!started.isDone() && parts.config().retryFirstConnect() && connection.openedAt() == null) {
            retryFirstConnect(now, cause);
            return;
        }
        log.warn("WebSocket {}: connection {} failed: {}", name(), connection.id(), cause.getMessage());
        log.debug("WebSocket {}: connection {} failure detail", name(), connection.id(), cause);
        parts.dispatcher().event(new KrakenWsEvent.ConnectionFailed(now, connection.id(), cause));
        if (!started.isDone()) {
            started.completeExceptionally(new KrakenWsConnectionException("Could not connect to "
                    + parts.config().uri() + ": " + cause.getMessage(), cause, false));
            closeSession.run();
            return;
        }
        if (gapFrom == null) {
            gapFrom = connection.lastFrameAt() != null ? connection.lastFrameAt()
                    : connection.openedAt() != null ? connection.openedAt() : now;
        }
        if (connection.healthyAt() != null
                && Duration.between(connection.healthyAt(), now).compareTo(parts.config().reconnectMaxDelay()) >= 0) {
            attempts = 0;
        }
        scheduleReconnect(now);
    }

    /** The exchange was not reachable for the first connection: one INFO line, then the next attempt after the backoff. */
    private void retryFirstConnect(Instant now, Throwable cause) {
        attempts++;
        Duration delay = backoff.delay(attempts);
        log.info("WebSocket {}: {} not reachable (attempt {}: {}); next attempt in {} ms", name(), parts.config().uri(),
                attempts, cause.getMessage(), delay.toMillis());
        parts.dispatcher().event(new KrakenWsEvent.Reconnecting(now, attempts, delay));
        schedule(delay);
    }

    private void schedule(Duration delay) {
        try {
            parts.lifecycle().schedule(this::openSocket, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException shutDown) {
            log.debug("WebSocket {}: session closed, reconnect cancelled", name());
        }
    }

    private void scheduleReconnect(Instant now) {
        attempts++;
        Duration delay = backoff.delay(attempts);
        Duration maintenance = parts.config().maintenanceReconnectDelay();
        if ("maintenance".equals(parts.wire().systemStatus()) && delay.compareTo(maintenance) < 0) {
            delay = maintenance;
        }
        log.info("WebSocket {}: reconnect attempt {} in {} ms", name(), attempts, delay.toMillis());
        parts.dispatcher().event(new KrakenWsEvent.Reconnecting(now, attempts, delay));
        schedule(delay);
    }

    private void restore(WsConnection connection) {
        int attempt = attempts;
        restorer.apply(connection).whenCompleteAsync((count, error) -> {
            if (connection != current || closed) {
                return;
            }
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                onLost(connection, new KrakenWsException("Restoring subscriptions failed: " + cause.getMessage(), cause));
                return;
            }
            Instant to = clock.instant();
            connection.markHealthy(to);
            Instant from = gapFrom != null ? gapFrom : to;
            gapFrom = null;
            Duration gap = Duration.between(from, to);
            log.info("WebSocket {}: reconnected on attempt {}, {} subscription request(s) restored, gap {} ms",
                    name(), attempt, count, gap.toMillis());
            parts.dispatcher().event(new KrakenWsEvent.Reconnected(to, attempt, count));
            parts.dispatcher().event(new KrakenWsEvent.Gap(from, to, gap));
        }, parts.lifecycle());
    }

    private void ping(WsConnection connection) {
        try {
            parts.wire().ping(connection);
        } catch (RuntimeException e) {
            log.debug("WebSocket {}: ping on connection {} failed: {}", name(), connection.id(), e.getMessage());
        }
    }

    private void post(Runnable task) {
        try {
            parts.lifecycle().execute(task);
        } catch (RejectedExecutionException shutDown) {
            log.debug("WebSocket {}: session closed, lifecycle task dropped", name());
        }
    }

    private String name() {
        return parts.config().name();
    }
}
