package com.kafkaconnectkraken.simulator.trader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

/**
 * A real OkHttp WebSocket client of the Trader endpoint (it answers server pings, as OkHttp always does): records the
 * text frames, how the server closed the connection (code and reason) and failures.
 */
final class TraderWs implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(5);
    private static final OkHttpClient CLIENT = new OkHttpClient.Builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** How the server closed: code and reason. */
    record Closed(int code, String reason) {
    }

    final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    final CompletableFuture<Closed> closed = new CompletableFuture<>();
    final CompletableFuture<Throwable> failed = new CompletableFuture<>();
    private final WebSocket socket;

    TraderWs(URI uri, OkHttpClient client) {
        socket = client.newWebSocket(new Request.Builder().url(uri.toString()).build(), new WebSocketListener() {
            @Override
            public void onMessage(WebSocket webSocket, String text) {
                frames.add(text);
            }

            @Override
            public void onClosing(WebSocket webSocket, int code, String reason) {
                closed.complete(new Closed(code, reason));
                webSocket.close(code, null);
            }

            @Override
            public void onFailure(WebSocket webSocket, Throwable t, Response response) {
                failed.complete(t);
            }
        });
    }

    /** Connects to {@code ws} with {@code ?token=}. */
    static TraderWs connect(URI ws, String token) {
        return new TraderWs(URI.create(ws + "?token=" + token), CLIENT);
    }

    /** @return the HTTP answer of {@code POST <rest>/api/v1/login} with {@code body} */
    static HttpResponse<String> login(URI rest, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(rest + "/api/v1/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code {"type": type, "payload": payloadJson}}. */
    void send(String type, String payloadJson) {
        socket.send("{\"type\":\"" + type + "\",\"payload\":" + payloadJson + "}");
    }

    void sendRaw(String text) {
        socket.send(text);
    }

    /** @return the next frame of {@code type}, skipping others; fails the test after {@link #WAIT} */
    JsonNode next(String type) throws InterruptedException {
        return nextRawMatching(f -> type.equals(f.path("type").asText()), WAIT);
    }

    /** @return the next frame that matches, skipping others */
    JsonNode nextRawMatching(Predicate<JsonNode> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String raw = frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (raw == null) {
                throw new AssertionError("No matching frame within " + timeout);
            }
            JsonNode frame = parse(raw);
            if (match.test(frame)) {
                return frame;
            }
        }
    }

    /** @return every frame that arrives within {@code window}, parsed, minus quote and depth events */
    List<JsonNode> accountFrames(Duration window) throws InterruptedException {
        List<JsonNode> out = new ArrayList<>();
        long deadline = System.nanoTime() + window.toNanos();
        String raw;
        while ((raw = frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
            JsonNode frame = parse(raw);
            String type = frame.path("type").asText();
            if (!type.equals("quoteEvent") && !type.equals("depthEvent")) {
                out.add(frame);
            }
        }
        return out;
    }

    Closed awaitClosed() throws Exception {
        return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
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
