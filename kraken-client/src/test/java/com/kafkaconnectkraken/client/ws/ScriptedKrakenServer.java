package com.kafkaconnectkraken.client.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A real WebSocket server on loopback (mockwebserver3) whose Kraken behaviour each test scripts:
 * every handshake becomes a {@link Connection} that records the client's requests and lets the
 * test answer, push frames, stall or drop. Application pings are answered with {@code pong}
 * unless the connection is stalled.
 */
final class ScriptedKrakenServer implements AutoCloseable {

    static final long WAIT_SECONDS = 5;

    private final MockWebServer server = new MockWebServer();
    private final BlockingQueue<Connection> connections = new LinkedBlockingQueue<>();
    private final AtomicInteger handshakes = new AtomicInteger();
    private volatile boolean rejectHandshakes;
    private volatile int rejectFirst;
    private volatile Function<RecordedRequest, MockResponse> http;

    ScriptedKrakenServer() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (http != null && "POST".equals(request.getMethod())) {
                    return http.apply(request);
                }
                int handshake = handshakes.incrementAndGet();
                if (rejectHandshakes || handshake <= rejectFirst) {
                    return new MockResponse.Builder().code(503).build();
                }
                return new MockResponse.Builder().webSocketUpgrade(new Connection(request.getTarget())).build();
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    /** @return {@code ws://127.0.0.1:<port><path>} */
    URI uri(String path) {
        return URI.create("ws://" + server.getHostName() + ":" + server.getPort() + path);
    }

    /** Answers every POST (e.g. a login call) with {@code handler} instead of a WebSocket upgrade. */
    void onPost(Function<RecordedRequest, MockResponse> handler) {
        http = handler;
    }

    void rejectHandshakes() {
        rejectHandshakes = true;
    }

    /** Answers the first {@code count} WebSocket handshakes 503 (an exchange not reachable yet), then upgrades. */
    void rejectFirstHandshakes(int count) {
        rejectFirst = count;
    }

    int handshakes() {
        return handshakes.get();
    }

    Connection awaitConnection() throws InterruptedException {
        Connection connection = connections.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(connection, "client did not connect");
        return connection;
    }

    @Override
    public void close() {
        server.close();
    }

    /** The server side of one client connection. */
    final class Connection extends WebSocketListener {
        final String path;
        final AtomicInteger pings = new AtomicInteger();
        final CountDownLatch closed = new CountDownLatch(1);
        private final BlockingQueue<JsonNode> requests = new LinkedBlockingQueue<>();
        private volatile WebSocket socket;
        private volatile boolean stalled;
        volatile int closeCode = -1;

        Connection(String path) {
            this.path = path;
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            socket = webSocket;
            connections.add(this);
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            JsonNode request = Frames.parse(text);
            if (!"ping".equals(request.path("method").asText())) {
                requests.add(request);
                return;
            }
            pings.incrementAndGet();
            if (!stalled) {
                ObjectNode pong = KrakenJson.mapper().createObjectNode().put("method", "pong")
                        .put("req_id", request.get("req_id").longValue())
                        .put("time_in", "2023-09-24T14:10:23.799685Z").put("time_out", "2023-09-24T14:10:23.799703Z");
                webSocket.send(Frames.text(pong));
            }
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            closeCode = code;
            webSocket.close(code, null);
            closed.countDown();
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            closed.countDown();
        }

        /** @return the next non-ping request, asserted to have {@code method} */
        JsonNode awaitRequest(String method) throws InterruptedException {
            JsonNode request = requests.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(request, "no " + method + " request arrived");
            assertEquals(method, request.path("method").asText(), Frames.text(request));
            return request;
        }

        /** @return the next request, asserted to be a {@code {type, payload}} envelope of {@code type} */
        JsonNode awaitType(String type) throws InterruptedException {
            JsonNode request = requests.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(request, "no " + type + " message arrived");
            assertEquals(type, request.path("type").asText(), Frames.text(request));
            return request;
        }

        /** Closes the connection with {@code code} and {@code reason}, as a server refusing a token does. */
        void close(int code, String reason) {
            socket.close(code, reason);
        }

        /** @return the next non-ping request, or {@code null} if none arrives within the wait */
        JsonNode pollRequest(long millis) throws InterruptedException {
            return requests.poll(millis, TimeUnit.MILLISECONDS);
        }

        void send(JsonNode frame) {
            socket.send(Frames.text(frame));
        }

        void sendText(String text) {
            socket.send(text);
        }

        /** Answers {@code request} with {@code template} carrying the request's {@code req_id}. */
        void reply(JsonNode request, JsonNode template) {
            send(Frames.withReqId(template, request.get("req_id").longValue()));
        }

        /** Stops answering pings (the server goes silent). */
        void stall() {
            stalled = true;
        }

        /**
         * Drops the connection the way a server restart or maintenance does: close code 1001
         * ("going away"). (mockwebserver3's server side cannot cancel a socket outright; abrupt
         * silence is covered by {@link #stall()}.)
         */
        void drop() {
            socket.close(1001, "going away");
        }
    }
}
