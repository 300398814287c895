package com.kafkaconnectkraken.simulator.server;

import com.kafkaconnectkraken.simulator.transport.RestHandler;
import com.kafkaconnectkraken.simulator.transport.WsEndpoint;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.server.handlers.PathHandler;
import io.undertow.websockets.WebSocketProtocolHandshakeHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's single HTTP/WebSocket listener (Undertow) on {@code 127.0.0.1}.
 *
 * <p>Paths: WebSocket {@code /public/v2}, {@code /auth/v2}, {@code /l3/v2} (Spot), {@code /ws/v1}
 * (Futures) and {@code /api/v1/ws} (Trader); REST {@code /0/*} (Kraken's {@code /0/public/*} and
 * {@code /0/private/*}), {@code /derivatives/*} (Futures) and {@code /api/*} (Trader login). Connections whose
 * client sends nothing (no frame, no ping, no pong) for {@code idleTimeout} ({@code futuresIdleTimeout} on
 * {@code /ws/v1}) are closed (code 1000).
 * Outbound frames per connection are bounded by
 * {@code maxQueuedFrames}; a client that falls further behind is dropped (see
 * {@link UndertowWsConnection}).
 */
public final class SimulatorServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimulatorServer.class);
    private static final String HOST = "127.0.0.1";
    /** Kraken Futures REST's error shape ({@code result: "error"} with an error code). */
    private static final String FUTURES_INTERNAL_ERROR = "{\"result\":\"error\",\"error\":\"internalServerError\"}";

    /** The Trader API's error shape. */
    private static final String TRADER_INTERNAL_ERROR = "{\"code\":\"INTERNAL_ERROR\",\"message\":\"internal error\"}";

    private final ConnectionRegistry registry = new ConnectionRegistry();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kraken-simulator-idle");
        t.setDaemon(true);
        return t;
    });
    private final Undertow undertow;
    private final PathHandler paths;
    private final Duration sweepPeriod;
    private int port;

    /**
     * @param port               TCP port, 0 for an ephemeral one
     * @param endpoints          protocol logic per path
     * @param idleTimeout        close Spot and Trader connections without client traffic for this long
     * @param futuresIdleTimeout close Futures ({@code /ws/v1}) connections without client traffic for this long
     * @param maxQueuedFrames    per-connection bound on frames not yet written (slow-consumer limit)
     */
    public SimulatorServer(int port, ServerEndpoints endpoints, Duration idleTimeout, Duration futuresIdleTimeout,
                           int maxQueuedFrames) {
        if (maxQueuedFrames < 1) {
            throw new IllegalArgumentException("maxQueuedFrames must be positive: " + maxQueuedFrames);
        }
        long shortest = Math.min(idleTimeout.toMillis(), futuresIdleTimeout.toMillis());
        this.sweepPeriod = Duration.ofMillis(Math.max(100, Math.min(1000, shortest / 4)));
        this.paths = Handlers.path()
                .addExactPath("/public/v2", websocket(endpoints.publicWs(), maxQueuedFrames, idleTimeout))
                .addExactPath("/auth/v2", websocket(endpoints.privateWs(), maxQueuedFrames, idleTimeout))
                .addExactPath("/l3/v2", websocket(endpoints.level3Ws(), maxQueuedFrames, idleTimeout))
                .addExactPath("/ws/v1", websocket(endpoints.futuresWs(), maxQueuedFrames, futuresIdleTimeout))
                .addPrefixPath("/0", new BlockingHandler(new RestBridge(endpoints.rest(), RestBridge.SPOT_INTERNAL_ERROR)))
                .addPrefixPath("/derivatives", new BlockingHandler(new RestBridge(endpoints.futuresRest(),
                        FUTURES_INTERNAL_ERROR)))
                .addExactPath("/api/v1/ws", websocket(endpoints.traderWs(), maxQueuedFrames, idleTimeout))
                .addPrefixPath("/api", new BlockingHandler(new RestBridge(endpoints.traderRest(), TRADER_INTERNAL_ERROR)));
        this.undertow = Undertow.builder()
                .addHttpListener(port, HOST)
                .setIoThreads(Math.max(2, Runtime.getRuntime().availableProcessors()))
                .setHandler(paths)
                .build();
        this.port = port;
    }

    private WebSocketProtocolHandshakeHandler websocket(WsEndpoint endpoint, int maxQueuedFrames, Duration idleTimeout) {
        return Handlers.websocket(new WsEndpointBridge(endpoint, registry, maxQueuedFrames, idleTimeout));
    }

    /**
     * Serves {@code handler} under the path prefix {@code prefix} as well (plain HTTP, blocking; an exception answers
     * HTTP 500 with a JSON error). Call before {@link #start()}.
     *
     * @param prefix a path prefix no endpoint uses, e.g. {@code /simulator}
     */
    public void addRestHandler(String prefix, RestHandler handler) {
        paths.addPrefixPath(prefix, new BlockingHandler(new RestBridge(handler, "{\"error\":\"internal error\"}")));
    }

    /** Binds the port and starts serving. */
    public void start() {
        undertow.start();
        port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
        long period = sweepPeriod.toMillis();
        sweeper.scheduleWithFixedDelay(registry::closeIdle, period, period, TimeUnit.MILLISECONDS);
        log.info("Kraken simulator listening on {}:{}", HOST, port);
    }

    /** @return the bound port (after {@link #start()}) */
    public int port() {
        return port;
    }

    /** @return {@code ws://127.0.0.1:<port><path>} or {@code http://...} for the given scheme and path */
    public URI uri(String scheme, String path) {
        return URI.create(scheme + "://" + HOST + ":" + port + path);
    }

    /** Drops every open WebSocket connection without a close frame. @return how many were dropped */
    public int abortAllConnections() {
        return registry.abortAll();
    }

    /** @return the number of open WebSocket connections on all paths */
    public int openConnections() {
        return registry.connections().size();
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        registry.abortAll();
        undertow.stop();
        log.info("Kraken simulator on port {} stopped", port);
    }
}
