package com.kafkaconnectkraken.source.stream;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.errors.ConnectException;

/** Waits for a session's connect or subscribe at task start, turning every failure into a {@link ConnectException}. */
public final class Await {

    private Await() {
    }

    /**
     * Waits without a time limit, e.g. for a first connection the session retries while the exchange is unreachable.
     *
     * @param future the session's future
     * @param what   what it does, for the message
     * @param venue  {@code Kraken} or {@code Kraken Futures}, the start of the message
     * @throws ConnectException with the cause's message on failure or interruption
     */
    public static void await(CompletableFuture<?> future, String what, String venue) {
        try {
            future.get();
        } catch (ExecutionException e) {
            throw new ConnectException(venue + ": could not " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while trying to " + what, e);
        }
    }

    /**
     * @param future  the session's future
     * @param what    what it does, e.g. {@code subscribe book [BTC/USD]}, for the message
     * @param timeout how long to wait
     * @param venue   {@code Kraken} or {@code Kraken Futures}, the start of the message
     * @throws ConnectException with the cause's message on failure, timeout or interruption
     */
    public static void await(CompletableFuture<?> future, String what, Duration timeout, String venue) {
        try {
            future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new ConnectException(venue + ": could not " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new ConnectException(venue + ": no answer within " + timeout.toMillis() + " ms to " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted while trying to " + what, e);
        }
    }
}
