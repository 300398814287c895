package com.kafkaconnectkraken.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/** A real OkHttp WebSocket client that records every text frame and how the connection ended. */
final class WsProbe implements AutoCloseable {

    private static final OkHttpClient CLIENT = new OkHttpClient.Builder().build();

    final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closedByServer = new CompletableFuture<>();
    final CompletableFuture<Throwable> failed = new CompletableFuture<>();
    private final WebSocket socket;

    WsProbe(URI uri) {
        this(uri, CLIENT);
    }

    /** @param client the OkHttp client to connect with (e.g. one that sends WebSocket pings) */
    WsProbe(URI uri, OkHttpClient client) {
        socket = client.newWebSocket(new Request.Builder().url(uri.toString()).build(), new WebSocketListener() {
            @Override
            public void onMessage(WebSocket webSocket, String text) {
                frames.add(text);
            }

            @Override
            public void onClosing(WebSocket webSocket, int code, String reason) {
                closedByServer.complete(code);
                webSocket.close(code, null);
            }

            @Override
            public void onFailure(WebSocket webSocket, Throwable t, Response response) {
                failed.complete(t);
            }
        });
    }

    void send(String text) {
        socket.send(text);
    }

    /** @return the next raw frame, or fails the test after the timeout */
    String nextRaw(Duration timeout) throws InterruptedException {
        String frame = frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (frame == null) {
            throw new AssertionError("No frame within " + timeout);
        }
        return frame;
    }

    /** @return the next frame (parsed) that is not a heartbeat */
    JsonNode next(Duration timeout) throws InterruptedException {
        return nextMatching(f -> !"heartbeat".equals(f.path("channel").asText()), timeout);
    }

    /** @return the next parsed frame that matches, skipping others */
    JsonNode nextMatching(Predicate<JsonNode> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String raw = frames.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (raw == null) {
                throw new AssertionError("No matching frame within " + timeout);
            }
            JsonNode frame = parse(raw);
            if (match.test(frame)) {
                return frame;
            }
        }
    }

    /**
     * Discards frames until none arrives for {@code quiet}, so frames already in flight cannot be mistaken for later
     * ones; fails the test if frames keep coming for longer than {@code max}.
     */
    void drainUntilQuiet(Duration quiet, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (frames.poll(quiet.toMillis(), TimeUnit.MILLISECONDS) != null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Frames still arriving after " + max);
            }
        }
    }

    static JsonNode parse(String raw) {
        try {
            return KrakenJson.mapper().readTree(raw);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + raw, e);
        }
    }

    @Override
    public void close() {
        socket.cancel();
    }
}
