package com.kafkaconnectkraken.client.ws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * One OkHttp WebSocket of a session: receives OkHttp's callbacks on its reader thread, feeds
 * the {@link Watchdog}, hands text frames to its protocol's {@link FrameSink} and reports open/loss to
 * the {@link ConnectionSupervisor}. Holds this connection's token (never exposed by
 * {@link #toString()}) and its ping and stale-check timers.
 */
final class WsConnection extends WebSocketListener {

    private static final int NORMAL_CLOSURE = 1000;

    private final int id;
    private final ConnectionSupervisor supervisor;
    private final FrameSink router;
    private final Clock clock;
    private final Duration staleTimeout;
    private final Watchdog watchdog;
    private final List<ScheduledFuture<?>> timers = new CopyOnWriteArrayList<>();
    private volatile WebSocket socket;
    private volatile String token;
    private volatile boolean ready;
    private volatile Instant openedAt;
    private volatile Instant healthyAt;
    private volatile Instant lastFrameAt;

    WsConnection(int id, ConnectionSupervisor supervisor, FrameSink router, Clock clock, Duration staleTimeout) {
        this.id = id;
        this.supervisor = supervisor;
        this.router = router;
        this.clock = clock;
        this.staleTimeout = staleTimeout;
        this.watchdog = new Watchdog(staleTimeout, System::nanoTime);
    }

    void open(OkHttpClient client, Request request) {
        socket = client.newWebSocket(request, this);
    }

    /**
     * Starts the application ping and the stale check.
     *
     * @param timer        the session timer
     * @param pingInterval ping period
     * @param ping         sends one ping
     */
    void startTimers(ScheduledExecutorService timer, Duration pingInterval, Runnable ping) {
        long checkNanos = Math.max(TimeUnit.MILLISECONDS.toNanos(5), staleTimeout.toNanos() / 5);
        watchdog.reset();
        try {
            timers.add(timer.scheduleAtFixedRate(ping, pingInterval.toNanos(), pingInterval.toNanos(), TimeUnit.NANOSECONDS));
            timers.add(timer.scheduleAtFixedRate(this::checkStale, checkNanos, checkNanos, TimeUnit.NANOSECONDS));
        } catch (RejectedExecutionException closed) {
            stop();
        }
    }

    /** Cancels the timers and the socket at once (no close handshake). */
    void stop() {
        cancelTimers();
        WebSocket s = socket;
        if (s != null) {
            s.cancel();
        }
    }

    /** Cancels the timers and starts a normal close handshake (code 1000). */
    void closeGracefully() {
        cancelTimers();
        WebSocket s = socket;
        if (s != null && !s.close(NORMAL_CLOSURE, "client closing")) {
            s.cancel();
        }
    }

    boolean send(String text) {
        WebSocket s = socket;
        return s != null && s.send(text);
    }

    int id() {
        return id;
    }

    String token() {
        return token;
    }

    void token(String value) {
        this.token = value;
    }

    boolean isReady() {
        return ready;
    }

    void markReady() {
        this.ready = true;
    }

    Instant openedAt() {
        return openedAt;
    }

    /** @return when the connection was fully set up (authenticated, subscriptions restored), or {@code null} */
    Instant healthyAt() {
        return healthyAt;
    }

    void markHealthy(Instant at) {
        this.healthyAt = at;
    }

    /** @return when the last frame was read, or {@code null} if none */
    Instant lastFrameAt() {
        return lastFrameAt;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        openedAt = clock.instant();
        supervisor.opened(this);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        if (supervisor.isClosed()) {
            return;
        }
        Instant at = clock.instant();
        long nanos = System.nanoTime();
        lastFrameAt = at;
        watchdog.frameReceived();
        try {
            router.route(text, at, nanos);
        } finally {
            watchdog.dispatchFinished();
        }
    }

    @Override
    public void onMessage(WebSocket webSocket, ByteString bytes) {
        lastFrameAt = clock.instant();
        watchdog.frameReceived();
        try {
            router.binary(bytes.hex());
        } finally {
            watchdog.dispatchFinished();
        }
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        try {
            webSocket.close(code, null);
        } catch (IllegalArgumentException reservedCode) {
            webSocket.close(NORMAL_CLOSURE, null);
        }
        supervisor.lost(this, new KrakenWsException("Server closed the connection: code " + code
                + (reason == null || reason.isEmpty() ? "" : ", reason " + reason)));
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        supervisor.lost(this, new KrakenWsException("Connection closed: code " + code));
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
        String status = response == null ? "" : " (HTTP " + response.code() + " on handshake)";
        supervisor.lost(this, new KrakenWsException("Connection failed: " + t + status, t));
    }

    @Override
    public String toString() {
        return "WsConnection[" + id + "]";
    }

    private void checkStale() {
        Duration silence = watchdog.staleFor();
        if (silence != null) {
            supervisor.lost(this, new KrakenWsStaleConnectionException(silence, staleTimeout));
        }
    }

    private void cancelTimers() {
        timers.forEach(t -> t.cancel(false));
        timers.clear();
    }
}
