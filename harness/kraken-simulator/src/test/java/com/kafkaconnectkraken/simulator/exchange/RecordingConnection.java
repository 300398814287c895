package com.kafkaconnectkraken.simulator.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.transport.ClientConnection;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** The server side of one WebSocket as the transport would give it to the endpoint: records sent frames. */
final class RecordingConnection implements ClientConnection {

    private static final AtomicLong IDS = new AtomicLong(1000);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final long id = IDS.incrementAndGet();
    private final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final List<JsonNode> backlog = new ArrayList<>();
    private volatile boolean open = true;
    private volatile boolean aborted;

    @Override
    public long id() {
        return id;
    }

    @Override
    public void send(String text) {
        if (open) {
            frames.add(text);
        }
    }

    @Override
    public void close(int code, String reason) {
        open = false;
    }

    @Override
    public void abort() {
        open = false;
        aborted = true;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    boolean aborted() {
        return aborted;
    }

    /** @return the next frame that is not a heartbeat (waits up to 10 s) */
    JsonNode next() {
        return next(f -> !"heartbeat".equals(f.path("channel").asText()));
    }

    /**
     * @return the next frame matching {@code filter} (waits up to 10 s); frames that do not match stay queued
     *         for later calls, in order
     */
    synchronized JsonNode next(Predicate<JsonNode> filter) {
        for (Iterator<JsonNode> it = backlog.iterator(); it.hasNext(); ) {
            JsonNode frame = it.next();
            if (filter.test(frame)) {
                it.remove();
                return frame;
            }
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonNode frame = take(deadline - System.nanoTime());
            if (frame == null) {
                throw new AssertionError("no matching frame within " + WAIT + "; unmatched: " + backlog);
            }
            if (filter.test(frame)) {
                return frame;
            }
            if (!"heartbeat".equals(frame.path("channel").asText())) {
                backlog.add(frame);
            }
        }
    }

    /** @return the next non-heartbeat frame already received, else {@code null} */
    synchronized JsonNode poll() {
        if (!backlog.isEmpty()) {
            return backlog.remove(0);
        }
        String text;
        while ((text = frames.poll()) != null) {
            JsonNode frame = parse(text);
            if (!"heartbeat".equals(frame.path("channel").asText())) {
                return frame;
            }
        }
        return null;
    }

    private JsonNode take(long nanos) {
        try {
            String text = nanos <= 0 ? null : frames.poll(nanos, TimeUnit.NANOSECONDS);
            return text == null ? null : parse(text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return ExchangeJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
