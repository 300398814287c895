package com.kafkaconnectkraken.client.ws;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the session's listeners one callback at a time (a fair lock serializes the socket
 * reader thread and the lifecycle thread) and contains listener exceptions so a faulty listener
 * cannot kill the reader thread. Thread-safe.
 */
final class ListenerDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ListenerDispatcher.class);

    private final List<KrakenWsListener> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock(true);
    private final String name;

    /**
     * @param name session name for log lines
     */
    ListenerDispatcher(String name) {
        this.name = name;
    }

    void add(KrakenWsListener listener) {
        listeners.add(listener);
    }

    void remove(KrakenWsListener listener) {
        listeners.remove(listener);
    }

    void message(KrakenWsMessage message) {
        dispatch(l -> l.onMessage(message), "onMessage");
    }

    void feedMessage(FuturesMessage message) {
        dispatch(l -> {
            if (l instanceof FuturesWsListener futures) {
                futures.onFeedMessage(message);
            }
        }, "onFeedMessage");
    }

    void traderMessage(TraderMessage message) {
        dispatch(l -> {
            if (l instanceof TraderWsListener trader) {
                trader.onTraderMessage(message);
            }
        }, "onTraderMessage");
    }

    void heartbeat(Instant receivedAt) {
        dispatch(l -> l.onHeartbeat(receivedAt), "onHeartbeat");
    }

    void event(KrakenWsEvent event) {
        dispatch(l -> l.onEvent(event), "onEvent");
    }

    void unmatched(KrakenWsResponse response) {
        dispatch(l -> l.onUnmatchedResponse(response), "onUnmatchedResponse");
    }

    void malformed(String frame, Exception cause) {
        dispatch(l -> l.onMalformedFrame(frame, cause), "onMalformedFrame");
    }

    /**
     * @return whether the calling thread is inside a listener callback of this session
     */
    boolean inCallback() {
        return lock.isHeldByCurrentThread();
    }

    private void dispatch(Consumer<KrakenWsListener> callback, String what) {
        lock.lock();
        try {
            for (KrakenWsListener listener : listeners) {
                try {
                    callback.accept(listener);
                } catch (RuntimeException e) {
                    log.error("WebSocket {}: listener {} threw in {}; continuing", name,
                            listener.getClass().getName(), what, e);
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
