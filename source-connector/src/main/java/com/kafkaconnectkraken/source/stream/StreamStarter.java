package com.kafkaconnectkraken.source.stream;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects and subscribes a task's streams on one background thread, in the order they were added, so
 * {@code SourceTask.start()} returns at once and the task is RUNNING while the exchange is unreachable (the
 * sessions retry the first connection with the reconnect backoff, {@code KrakenWsConfig.retryFirstConnect}).
 * A step that fails for good (e.g. Kraken refuses a symbol) is reported to the {@link RecordQueue}, so the next
 * {@code poll()} fails the task with it. Closing interrupts a start in progress.
 */
public final class StreamStarter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StreamStarter.class);

    private final String name;
    private final RecordQueue queue;
    private final List<Runnable> steps = new ArrayList<>();
    private volatile boolean closed;
    private Thread thread;

    /**
     * @param name  the thread's name, e.g. {@code kraken-source-start-orders-0}
     * @param queue where a failed step is reported
     */
    public StreamStarter(String name, RecordQueue queue) {
        this.name = name;
        this.queue = queue;
    }

    /** @param step a blocking connect-and-subscribe of one stream; throws {@link ConnectException} on failure */
    public void add(Runnable step) {
        steps.add(step);
    }

    /** Runs the steps on a new daemon thread; returns at once. */
    public synchronized void start() {
        if (steps.isEmpty() || thread != null) {
            return;
        }
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            steps.forEach(Runnable::run);
        } catch (RuntimeException e) {
            if (closed) {
                log.debug("{}: start abandoned on close: {}", name, e.getMessage());
                return;
            }
            queue.fail(e instanceof ConnectException ce ? ce : new ConnectException(e.getMessage(), e));
        }
    }

    /** Stops a start in progress (its blocking waits are interrupted). */
    @Override
    public synchronized void close() {
        closed = true;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
