package com.kafkaconnectkraken.source.stream;

import com.kafkaconnectkraken.client.retry.ExponentialBackoff;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one subscription (usually one symbol of {@code book} or {@code level3}, or one product of a Kraken
 * Futures {@code book}) back without blocking the caller, whatever the venue's session: each attempt unsubscribes (a failure there, e.g. Kraken's
 * {@code Subscription Not Found}, does not matter) and subscribes again
 * (https://docs.kraken.com/api/docs/websocket-v2/book). A failed attempt is retried after a
 * capped, jittered exponential backoff ({@link ExponentialBackoff}, with the session's
 * reconnect bounds); after {@value #MAX_ATTEMPTS} failed attempts the task is failed
 * through {@link RecordQueue#fail} with a {@link ConnectException} naming the channel and symbols,
 * so Connect restarts the task rather than a symbol silently stopping (the session's registry no
 * longer holds an unsubscribed symbol, so a reconnect would not restore it).
 */
public final class Resubscriber<S> implements AutoCloseable {

    /** Attempts per resubscription before the task is failed. */
    static final int MAX_ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(Resubscriber.class);

    private final String name;
    private final Function<S, CompletableFuture<?>> unsubscribe;
    private final Function<S, CompletableFuture<?>> subscribe;
    private final RecordQueue queue;
    private final ExponentialBackoff backoff;
    private final ScheduledExecutorService timer;
    private volatile boolean closed;

    /**
     * @param name           stream name for logs and errors ({@code public}, {@code level3})
     * @param unsubscribe    the session's unsubscribe of one subscription
     * @param subscribe      the session's subscribe of one subscription
     * @param queue          the task's queue, failed when every attempt failed
     * @param backoff        wait between attempts
     */
    public Resubscriber(String name, Function<S, CompletableFuture<?>> unsubscribe, Function<S, CompletableFuture<?>> subscribe,
                        RecordQueue queue, ExponentialBackoff backoff) {
        this.name = name;
        this.unsubscribe = unsubscribe;
        this.subscribe = subscribe;
        this.queue = queue;
        this.backoff = backoff;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kraken-" + name + "-resubscribe");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts resubscribing {@code subscription}; returns at once. */
    public void resubscribe(S subscription) {
        attempt(subscription, 1);
    }

    private void attempt(S subscription, int attempt) {
        unsubscribe.apply(subscription)
                .handle((acks, error) -> subscribe.apply(subscription))
                .thenCompose(next -> next)
                .whenComplete((acks, error) -> {
                    if (error == null) {
                        log.info("{} stream: resubscribed {}", name, subscription);
                    } else if (!closed) {
                        failed(subscription, attempt, error instanceof CompletionException && error.getCause() != null
                                ? error.getCause() : error);
                    }
                });
    }

    private void failed(S subscription, int attempt, Throwable cause) {
        if (attempt >= MAX_ATTEMPTS) {
            queue.fail(new ConnectException("Kraken " + name + " stream: could not resubscribe " + subscription
                    + " after " + attempt + " attempts: " + cause.getMessage(), cause));
            return;
        }
        Duration delay = backoff.delay(attempt);
        log.warn("{} stream: resubscribe {} attempt {} of {} failed ({}); retrying in {} ms", name,
                subscription, attempt, MAX_ATTEMPTS, cause.getMessage(), delay.toMillis());
        try {
            timer.schedule(() -> attempt(subscription, attempt + 1), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("{} stream: closed before retrying {}", name, subscription);
        }
    }

    /** Stops pending retries; attempts in flight end without failing the task. */
    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
    }
}
