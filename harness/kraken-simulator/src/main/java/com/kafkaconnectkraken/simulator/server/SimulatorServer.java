package com.kafkaconnectkraken.simulator.server;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.server.handlers.PathHandler;
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
 * <p>Paths: WebSocket {@code /public/v2}, {@code /auth/v2}, {@code /l3/v2}; REST {@code /0/*}
 * (Kraken's {@code /0/public/*} and {@code /0/private/*}). Connections whose client sends nothing
 * for {@code idleTimeout} are closed (code 1000). Outbound frames per connection are bounded by
 * {@code maxQueuedFrames}; a client that falls further behind is dropped (see
 * {@link UndertowWsConnection}).
 */
public final class SimulatorServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimulatorServer.class);
    private static final String HOST = "127.0.0.1";

    private final ConnectionRegistry registry = new ConnectionRegistry();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kraken-simulator-idle");
        t.setDaemon(true);
        return t;
    });
    private final Undertow undertow;
    private final Duration idleTimeout;
    private int port;

    /**
     * @param port            TCP port, 0 for an ephemeral one
     * @param endpoints       protocol logic per path
     * @param idleTimeout     close connections without client traffic for this long
     * @param maxQueuedFrames per-connection bound on frames not yet written (slow-consumer limit)
     */
    public SimulatorServer(int port, ServerEndpoints endpoints, Duration idleTimeout, int maxQueuedFrames) {
        if (maxQueuedFrames < 1) {
            throw new IllegalArgumentException("maxQueuedFrames must be positive: " + maxQueuedFrames);
        }
        this.idleTimeout = idleTimeout;
        PathHandler paths = Handlers.path()
                .addExactPath("/public/v2", Handlers.websocket(
                        new WsEndpointBridge(endpoints.publicWs(), registry, maxQueuedFrames)))
                .addExactPath("/auth/v2", Handlers.websocket(
                        new WsEndpointBridge(endpoints.privateWs(), registry, maxQueuedFrames)))
                .addExactPath("/l3/v2", Handlers.websocket(
                        new WsEndpointBridge(endpoints.level3Ws(), registry, maxQueuedFrames)))
                .addPrefixPath("/0", new BlockingHandler(new RestBridge(endpoints.rest())));
        this.undertow = Undertow.builder()
                .addHttpListener(port, HOST)
                .setIoThreads(Math.max(2, Runtime.getRuntime().availableProcessors()))
                .setHandler(paths)
                .build();
        this.port = port;
    }

    /** Binds the port and starts serving. */
    public void start() {
        undertow.start();
        port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
        long period = Math.max(100, Math.min(1000, idleTimeout.toMillis() / 4));
        sweeper.scheduleWithFixedDelay(() -> registry.closeIdle(idleTimeout), period, period, TimeUnit.MILLISECONDS);
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
