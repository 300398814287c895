package com.kafkaconnectkraken.simulator.server;

import com.kafkaconnectkraken.simulator.transport.ClientConnection;
import io.undertow.websockets.core.WebSocketCallback;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;

/**
 * {@link ClientConnection} over one Undertow {@link WebSocketChannel}.
 *
 * <p>Sends are serialised by a per-connection lock, so frames leave in call order whatever the
 * calling thread. Undertow queues written frames until the socket accepts them; this class counts
 * the frames queued but not yet written and applies the <b>slow-consumer policy</b>: when more than
 * {@code maxQueuedFrames} frames are waiting, the client is not keeping up, and the connection is
 * aborted (TCP dropped, no close frame) instead of buffering without bound or silently dropping
 * frames (a gap in a checksummed book stream would be worse than a visible disconnect). The bound
 * keeps memory per connection at roughly {@code maxQueuedFrames} times the frame size.
 */
final class UndertowWsConnection implements ClientConnection {

    private static final Logger log = LoggerFactory.getLogger(UndertowWsConnection.class);

    private final long id;
    private final WebSocketChannel channel;
    private final int maxQueuedFrames;
    private final long idleTimeoutNanos;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final Object sendLock = new Object();
    private final WebSocketCallback<Void> written = new WebSocketCallback<>() {
        @Override
        public void complete(WebSocketChannel ch, Void context) {
            queued.decrementAndGet();
        }

        @Override
        public void onError(WebSocketChannel ch, Void context, Throwable throwable) {
            queued.decrementAndGet();
        }
    };
    private final Map<String, List<String>> requestParameters;
    private volatile long lastReceivedNanos = System.nanoTime();

    /**
     * @param idleTimeout       the connection is closed once its client sent nothing (no frame, no ping) for this long
     * @param requestParameters the decoded query parameters of the upgrade request
     */
    UndertowWsConnection(long id, WebSocketChannel channel, int maxQueuedFrames, Duration idleTimeout,
                         Map<String, List<String>> requestParameters) {
        this.id = id;
        this.channel = channel;
        this.maxQueuedFrames = maxQueuedFrames;
        this.idleTimeoutNanos = idleTimeout.toNanos();
        this.requestParameters = Map.copyOf(requestParameters);
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public void send(String text) {
        if (!isOpen()) {
            return;
        }
        if (queued.incrementAndGet() > maxQueuedFrames) {
            queued.decrementAndGet();
            log.warn("Connection {} is a slow consumer ({} frames queued); dropping it",
                    Long.toUnsignedString(id), maxQueuedFrames);
            abort();
            return;
        }
        synchronized (sendLock) {
            WebSockets.sendText(text, channel, written);
        }
    }

    @Override
    public Map<String, List<String>> requestParameters() {
        return requestParameters;
    }

    @Override
    public void ping(byte[] payload) {
        if (!isOpen()) {
            return;
        }
        synchronized (sendLock) {
            WebSockets.sendPing(ByteBuffer.wrap(payload.clone()), channel, null);
        }
    }

    @Override
    public void close(int code, String reason) {
        if (open.compareAndSet(true, false)) {
            synchronized (sendLock) {
                WebSockets.sendClose(code, reason == null ? "" : reason, channel, null);
            }
        }
    }

    @Override
    public void abort() {
        open.set(false);
        IoUtils.safeClose(channel);
    }

    @Override
    public boolean isOpen() {
        return open.get() && channel.isOpen();
    }

    /** @return frames handed to Undertow and not yet written to the socket. */
    int queuedFrames() {
        return queued.get();
    }

    /** Records client traffic (any received frame) for the idle timeout. */
    void touch() {
        lastReceivedNanos = System.nanoTime();
    }

    /** @return this connection's idle timeout in nanoseconds (it depends on the path it was accepted on). */
    long idleTimeoutNanos() {
        return idleTimeoutNanos;
    }

    /** @return {@link System#nanoTime()} of the last frame received from the client. */
    long lastReceivedNanos() {
        return lastReceivedNanos;
    }

    /** Marks the connection closed after the peer went away. */
    void markClosed() {
        open.set(false);
    }

    @Override
    public String toString() {
        return "WsConnection[" + Long.toUnsignedString(id) + "]";
    }
}
