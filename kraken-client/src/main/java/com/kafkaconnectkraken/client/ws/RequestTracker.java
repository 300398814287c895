package com.kafkaconnectkraken.client.ws;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * Correlates responses with requests by {@code req_id} (docs/protocol/kraken-spot.md §1.2/1.3). Kraken echoes the
 * client's integer {@code req_id} but does not enforce uniqueness, so ids come from one counter
 * per session (1, 2, 3...) and are never reused, even across reconnects.
 *
 * <p>A request expects a number of response frames: 1 for most methods, one per symbol for
 * {@code subscribe}/{@code unsubscribe}, one per id for {@code cancel_order}. The future
 * completes with the frames in arrival order once all arrived, or exceptionally with
 * {@link KrakenWsTimeoutException} (carrying the frames received so far) after the timeout.
 * For symbol-scoped requests a failed frame without {@code symbol} is a request-level rejection
 * and completes the request at once. Only the {@code req_id} is trusted, never {@code method}
 * (an unsubscribe error is observed to come back as {@code "method":"subscribe"}). Thread-safe.
 */
final class RequestTracker {

    private final AtomicLong lastReqId = new AtomicLong();
    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;

    /**
     * @param timer runs the timeouts
     */
    RequestTracker(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /**
     * @return a new {@code req_id}, unique within this session
     */
    long nextReqId() {
        return lastReqId.incrementAndGet();
    }

    /**
     * Starts waiting for the responses to a request that is about to be sent.
     *
     * @param reqId        the request's id from {@link #nextReqId()}
     * @param method       the request method (for messages)
     * @param expected     number of response frames (&gt;= 1)
     * @param symbolScoped whether a failed frame without {@code symbol} ends the request early
     * @param timeout      how long to wait for the last frame
     * @return completes with the frames, or exceptionally on timeout/failure
     */
    CompletableFuture<List<KrakenWsResponse>> track(long reqId, String method, int expected,
                                                   boolean symbolScoped, Duration timeout) {
        if (expected < 1) {
            throw new IllegalArgumentException("expected response frames must be >= 1, was " + expected);
        }
        Pending request = new Pending(method, expected, symbolScoped);
        pending.put(reqId, request);
        try {
            request.timeout = timer.schedule(() -> expire(reqId, timeout), timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            fail(reqId, new KrakenWsConnectionException("Session is closed", closed, false));
        }
        return request.future;
    }

    /**
     * Routes a response frame to its request.
     *
     * @param response the frame
     * @return {@code false} when no pending request has its {@code req_id} (late or unsolicited)
     */
    boolean accept(KrakenWsResponse response) {
        Long reqId = response.reqId();
        Pending request = reqId == null ? null : pending.get(reqId);
        if (request == null) {
            return false;
        }
        List<KrakenWsResponse> complete = request.add(response);
        if (complete != null && pending.remove(reqId, request)) {
            request.cancelTimeout();
            request.future.complete(complete);
        }
        return true;
    }

    /**
     * Fails one pending request (no-op if it already completed).
     *
     * @param reqId the request
     * @param cause the failure
     */
    void fail(long reqId, Throwable cause) {
        Pending request = pending.remove(reqId);
        if (request != null) {
            request.cancelTimeout();
            request.future.completeExceptionally(cause);
        }
    }

    /**
     * Fails every pending request, e.g. when the connection is lost or the session closes.
     *
     * @param cause builds the failure from (req_id, method)
     */
    void failAll(BiFunction<Long, String, Throwable> cause) {
        for (Long reqId : List.copyOf(pending.keySet())) {
            Pending request = pending.get(reqId);
            if (request != null) {
                fail(reqId, cause.apply(reqId, request.method));
            }
        }
    }

    /**
     * @return number of requests waiting for responses
     */
    int pendingCount() {
        return pending.size();
    }

    private void expire(long reqId, Duration timeout) {
        Pending request = pending.remove(reqId);
        if (request != null) {
            request.future.completeExceptionally(new KrakenWsTimeoutException(
                    request.method, reqId, timeout, request.expected, request.received()));
        }
    }

    /** One request waiting for its frames. */
    private static final class Pending {
        private final String method;
        private final int expected;
        private final boolean symbolScoped;
        private final List<KrakenWsResponse> frames = new ArrayList<>();
        private final CompletableFuture<List<KrakenWsResponse>> future = new CompletableFuture<>();
        private volatile ScheduledFuture<?> timeout;

        Pending(String method, int expected, boolean symbolScoped) {
            this.method = method;
            this.expected = expected;
            this.symbolScoped = symbolScoped;
        }

        /** @return all frames when the request is complete, else {@code null} */
        synchronized List<KrakenWsResponse> add(KrakenWsResponse response) {
            frames.add(response);
            boolean rejected = symbolScoped && !response.success() && response.symbol() == null;
            return frames.size() >= expected || rejected ? List.copyOf(frames) : null;
        }

        synchronized List<KrakenWsResponse> received() {
            return List.copyOf(frames);
        }

        void cancelTimeout() {
            ScheduledFuture<?> scheduled = timeout;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
    }
}
