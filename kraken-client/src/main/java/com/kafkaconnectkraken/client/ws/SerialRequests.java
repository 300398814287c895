package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Requests of a protocol without request ids, one in flight per session: Kraken Futures v1, whose
 * {@code error}/{@code alert} event names no request [INFERRED, docs/protocol/kraken-futures.md §3], and the
 * Trader API, whose envelope has no id at all (docs/protocol/trader-api.md §5). An error answers the request
 * in flight; sending one at a time makes that reading safe. A request completes when its answer predicate
 * has seen enough frames, fails when the venue's rejection function recognises an error frame, on timeout,
 * or when the connection is lost. Sends are spaced by an optional {@link RequestPacer}. Thread-safe.
 */
final class SerialRequests {

    private final ScheduledExecutorService timer;
    private final Duration timeout;
    private final BiFunction<String, JsonNode, KrakenWsException> rejection;
    private final RequestPacer pacer;
    private final Deque<Pending> queue = new ArrayDeque<>();
    private Pending current;

    /**
     * @param timer     runs the timeouts and paced sends
     * @param timeout   how long one request may wait for its answer
     * @param rejection given what was asked and a frame offered to the request in flight, the failure the
     *                  frame means, or {@code null} when it is no rejection
     * @param pacer     spaces the sends, or {@code null} for no pacing
     */
    SerialRequests(ScheduledExecutorService timer, Duration timeout,
                   BiFunction<String, JsonNode, KrakenWsException> rejection, RequestPacer pacer) {
        this.timer = timer;
        this.timeout = timeout;
        this.rejection = rejection;
        this.pacer = pacer;
    }

    /**
     * Queues a request.
     *
     * @param connection where to send it; {@code null} fails at once (not connected)
     * @param body       the request object
     * @param what       its description for messages, without credentials
     * @param answered   sees each answering event; returns {@code true} once the request is complete
     * @return completes with the last answering event
     */
    CompletableFuture<JsonNode> send(WsConnection connection, ObjectNode body, String what, Predicate<JsonNode> answered) {
        Pending request = new Pending(connection, body.toString(), what, answered);
        if (connection == null) {
            request.future.completeExceptionally(new KrakenWsConnectionException("Not connected: " + what, null, false));
            return request.future;
        }
        synchronized (this) {
            queue.add(request);
            if (current == null) {
                next();
            }
        }
        return request.future;
    }

    /**
     * Offers a frame to the request in flight (Futures: {@code subscribed}, {@code challenge}, {@code error}...;
     * Trader: {@code subscribed}, history answers, {@code error} and the events that answer a trading action).
     *
     * @return whether the request in flight took it
     */
    synchronized boolean accept(JsonNode event) {
        if (current == null || !current.sent) {
            return false;
        }
        KrakenWsException rejected = rejection.apply(current.what, event);
        if (rejected != null) {
            finish(current, null, rejected);
            return true;
        }
        if (!current.answered.test(event)) {
            return false;
        }
        finish(current, event, null);
        return true;
    }

    /** Fails the request in flight and every queued one. */
    synchronized void failAll(String why, Throwable cause, boolean requestSent) {
        Pending failing = current;
        current = null;
        if (failing != null) {
            failing.fail(new KrakenWsConnectionException(why + " before the answer to " + failing.what, cause,
                    requestSent && failing.sent));
        }
        for (Pending queued : queue) {
            queued.fail(new KrakenWsConnectionException(why + " before " + queued.what + " was sent", cause, false));
        }
        queue.clear();
    }

    private void next() {
        current = queue.poll();
        if (current == null) {
            return;
        }
        Pending request = current;
        long waitNanos = pacer == null ? 0 : pacer.reserve();
        if (waitNanos <= 0) {
            transmit(request);
            return;
        }
        try {
            timer.schedule(() -> paced(request), waitNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            finish(request, null, new KrakenWsConnectionException("Session is closed", closed, false));
        }
    }

    private synchronized void paced(Pending request) {
        if (current == request) {
            transmit(request);
        }
    }

    private void transmit(Pending request) {
        if (!request.connection.send(request.text)) {
            finish(request, null, new KrakenWsConnectionException("Could not send " + request.what, null, false));
            return;
        }
        request.sent = true;
        try {
            request.timeout = timer.schedule(() -> expire(request), timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            finish(request, null, new KrakenWsConnectionException("Session is closed", closed, true));
        }
    }

    private synchronized void expire(Pending request) {
        if (current == request) {
            finish(request, null, new NoAnswerException(request.what, timeout));
        }
    }

    private void finish(Pending request, JsonNode answer, Exception failure) {
        if (current == request) {
            current = null;
        }
        if (failure == null) {
            request.complete(answer);
        } else {
            request.fail(failure);
        }
        if (current == null) {
            next();
        }
    }

    private static final class Pending {
        final WsConnection connection;
        final String text;
        final String what;
        final Predicate<JsonNode> answered;
        final CompletableFuture<JsonNode> future = new CompletableFuture<>();
        ScheduledFuture<?> timeout;
        boolean sent;

        Pending(WsConnection connection, String text, String what, Predicate<JsonNode> answered) {
            this.connection = connection;
            this.text = text;
            this.what = what;
            this.answered = answered;
        }

        void complete(JsonNode answer) {
            cancelTimeout();
            future.complete(answer);
        }

        void fail(Exception failure) {
            cancelTimeout();
            future.completeExceptionally(failure);
        }

        private void cancelTimeout() {
            if (timeout != null) {
                timeout.cancel(false);
            }
        }
    }
}
