package com.kafkaconnectkraken.simulator.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.transport.WsConnection;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** The server side of one WebSocket as the transport would give it to the endpoint: records sent frames. */
final class RecordingConnection implements WsConnection {

    private static final AtomicLong IDS = new AtomicLong(1000);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final long id = IDS.incrementAndGet();
    private final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
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

    /** @return the next frame matching {@code filter}, skipping others (waits up to 10 s) */
    JsonNode next(Predicate<JsonNode> filter) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String text;
            try {
                text = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            if (text == null) {
                throw new AssertionError("no matching frame within " + WAIT);
            }
            JsonNode frame = parse(text);
            if (filter.test(frame)) {
                return frame;
            }
        }
    }

    /** @return the next frame if one is already queued (heartbeats skipped), else {@code null} */
    JsonNode poll() {
        String text;
        while ((text = frames.poll()) != null) {
            JsonNode frame = parse(text);
            if (!"heartbeat".equals(frame.path("channel").asText())) {
                return frame;
            }
        }
        return null;
    }

    private static JsonNode parse(String text) {
        try {
            return ExchangeJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
