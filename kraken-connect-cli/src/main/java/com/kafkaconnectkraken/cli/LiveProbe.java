package com.kafkaconnectkraken.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Decides whether Kraken's public WebSocket v2 endpoint is reachable from here: one WebSocket opening handshake
 * (DNS, TCP, TLS, HTTP upgrade) within the timeout, then a normal close. No subscription is sent.
 */
final class LiveProbe {

    private LiveProbe() {
    }

    /**
     * @param url     e.g. {@code wss://ws.kraken.com/v2}
     * @param timeout for the whole handshake
     * @return null if reachable, else why not (for the user)
     */
    static CompletableFuture<String> probe(URI url, Duration timeout) {
        return CompletableFuture.supplyAsync(() -> {
            HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
            try {
                WebSocket socket = http.newWebSocketBuilder().connectTimeout(timeout)
                        .buildAsync(url, new WebSocket.Listener() { })
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "probe");
                return null;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            } catch (TimeoutException e) {
                return "no handshake within " + timeout.toSeconds() + " s";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            } catch (RuntimeException e) {
                return e.toString();
            }
        });
    }
}
