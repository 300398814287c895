package com.kafkaconnectkraken.client.ws;

import java.time.Clock;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two daemon threads of a WebSocket session, whatever the venue: the timer (timeouts, pings, stale
 * checks, pacing; never blocks) and the lifecycle thread (connect, token or challenge, reconnect, events).
 */
final class SessionThreads {

    private static final Logger log = LoggerFactory.getLogger(SessionThreads.class);
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final String name;
    private final AtomicReference<Thread> lifecycleThread = new AtomicReference<>();
    private final ScheduledExecutorService timer;
    private final ScheduledExecutorService lifecycle;

    /** @param name the session name, prefix of the thread names */
    SessionThreads(String name) {
        this.name = name;
        this.timer = executor(name + "-timer", new AtomicReference<>());
        this.lifecycle = executor(name + "-lifecycle", lifecycleThread);
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    ScheduledExecutorService lifecycle() {
        return lifecycle;
    }

    /**
     * Emits the final {@link KrakenWsEvent.Closed} on the lifecycle thread, stops both threads and waits up to
     * 5 s for the lifecycle thread, unless called from a listener callback or the lifecycle thread itself.
     *
     * @param dispatcher the session's listeners
     */
    void shutdown(ListenerDispatcher dispatcher) {
        try {
            lifecycle.execute(() -> dispatcher.event(new KrakenWsEvent.Closed(Clock.systemUTC().instant())));
        } catch (RejectedExecutionException alreadyStopped) {
            log.debug("WebSocket {}: lifecycle already stopped", name);
        }
        lifecycle.shutdown();
        timer.shutdownNow();
        if (dispatcher.inCallback() || Thread.currentThread() == lifecycleThread.get()) {
            return;
        }
        try {
            if (!lifecycle.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("WebSocket {}: lifecycle thread still busy after {} s (a listener is blocking?)",
                        name, CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ScheduledExecutorService executor(String threadName, AtomicReference<Thread> created) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            created.set(thread);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }
}
