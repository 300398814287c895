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
import java.util.function.Predicate;

/**
 * Kraken Futures v1 requests, one in flight per session. The protocol has no request id and an
 * {@code error}/{@code alert} event names no request, so an error answers the request in flight
 * [INFERRED, docs/protocol/kraken-futures.md]; sending one at a time makes that reading safe whichever is
 * true. A request completes when its answer predicate has seen enough events (one {@code subscribed} per
 * product or one for all: both readings are accepted), fails on an error/alert, on timeout, or when the
 * connection is lost. Thread-safe.
 */
final class FuturesRequests {

    private final ScheduledExecutorService timer;
    private final Duration timeout;
    private final Deque<Pending> queue = new ArrayDeque<>();
    private Pending current;

    /**
     * @param timer   runs the timeouts
     * @param timeout how long one request may wait for its answer
     */
    FuturesRequests(ScheduledExecutorService timer, Duration timeout) {
        this.timer = timer;
        this.timeout = timeout;
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
     * Offers an event frame ({@code subscribed}, {@code unsubscribed}, {@code challenge}, {@code error},
     * {@code alert}) to the request in flight.
     *
     * @return whether the request in flight took it
     */
    synchronized boolean accept(JsonNode event) {
        if (current == null) {
            return false;
        }
        String type = event.path("event").asText();
        if ("error".equals(type) || "alert".equals(type)) {
            finish(current, null, new FuturesRejectedException(current.what, event.path("message").asText()));
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
            failing.fail(new KrakenWsConnectionException(why + " before the answer to " + failing.what, cause, requestSent));
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
        if (!request.connection.send(request.text)) {
            finish(request, null, new KrakenWsConnectionException("Could not send " + request.what, null, false));
            return;
        }
        try {
            request.timeout = timer.schedule(() -> expire(request), timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            finish(request, null, new KrakenWsConnectionException("Session is closed", closed, true));
        }
    }

    private synchronized void expire(Pending request) {
        if (current == request) {
            finish(request, null, new KrakenWsException("No answer to " + request.what + " within "
                    + timeout.toMillis() + " ms"));
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
