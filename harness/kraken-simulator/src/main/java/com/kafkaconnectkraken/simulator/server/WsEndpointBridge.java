package com.kafkaconnectkraken.simulator.server;

import com.kafkaconnectkraken.simulator.transport.WsEndpoint;
import io.undertow.websockets.WebSocketConnectionCallback;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedBinaryMessage;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.spi.WebSocketHttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapts Undertow's WebSocket callbacks to one {@link WsEndpoint}: every accepted channel becomes an
 * {@link UndertowWsConnection}; text frames go to {@link WsEndpoint#onText}, pongs to {@link WsEndpoint#onPong}; a
 * client ping is answered only if {@link WsEndpoint#answersPing} says so; every received frame (text, binary, ping,
 * pong) counts as client traffic for the idle timeout; the close task calls
 * {@link WsEndpoint#onClose} exactly once. Undertow delivers a channel's frames on its IO thread, so
 * callbacks for one connection never run concurrently.
 */
final class WsEndpointBridge implements WebSocketConnectionCallback {

    private static final Logger log = LoggerFactory.getLogger(WsEndpointBridge.class);
    /** Largest accepted client text frame; trading batches are far smaller. */
    private static final long MAX_TEXT_BYTES = 1 << 20;

    private final WsEndpoint endpoint;
    private final ConnectionRegistry registry;
    private final int maxQueuedFrames;
    private final Duration idleTimeout;

    WsEndpointBridge(WsEndpoint endpoint, ConnectionRegistry registry, int maxQueuedFrames, Duration idleTimeout) {
        this.endpoint = endpoint;
        this.registry = registry;
        this.maxQueuedFrames = maxQueuedFrames;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public void onConnect(WebSocketHttpExchange exchange, WebSocketChannel channel) {
        Map<String, List<String>> parameters = new HashMap<>();
        exchange.getRequestParameters().forEach((name, values) -> parameters.put(name, List.copyOf(values)));
        UndertowWsConnection connection = new UndertowWsConnection(registry.nextId(), channel, maxQueuedFrames,
                idleTimeout, parameters);
        registry.add(connection);
        AtomicBoolean closed = new AtomicBoolean();
        channel.addCloseTask(ch -> {
            if (closed.compareAndSet(false, true)) {
                connection.markClosed();
                registry.remove(connection);
                endpoint.onClose(connection);
            }
        });
        channel.getReceiveSetter().set(new Listener(connection));
        endpoint.onOpen(connection);
        channel.resumeReceives();
    }

    private final class Listener extends AbstractReceiveListener {

        private final UndertowWsConnection connection;

        Listener(UndertowWsConnection connection) {
            this.connection = connection;
        }

        @Override
        protected long getMaxTextBufferSize() {
            return MAX_TEXT_BYTES;
        }

        @Override
        protected void onFullTextMessage(WebSocketChannel channel, BufferedTextMessage message) {
            connection.touch();
            try {
                endpoint.onText(connection, message.getData());
            } catch (RuntimeException e) {
                log.warn("Endpoint failed on a frame from {}; connection kept", connection, e);
            }
        }

        @Override
        protected void onFullBinaryMessage(WebSocketChannel channel, BufferedBinaryMessage message) {
            connection.touch();
            message.getData().free();
            connection.close(1003, "Binary frames are not supported");
        }

        @Override
        protected void onFullPingMessage(WebSocketChannel channel, BufferedBinaryMessage message)
                throws IOException {
            connection.touch();
            if (endpoint.answersPing(connection)) {
                super.onFullPingMessage(channel, message);
            } else {
                message.getData().free();
            }
        }

        @Override
        protected void onFullPongMessage(WebSocketChannel channel, BufferedBinaryMessage message)
                throws IOException {
            connection.touch();
            super.onFullPongMessage(channel, message);
            endpoint.onPong(connection);
        }
    }
}
