package com.kafkaconnectkraken.benchmarks.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.client.ws.KrakenWsListener;
import com.kafkaconnectkraken.client.ws.KrakenWsResponse;
import com.kafkaconnectkraken.client.ws.KrakenWsSession;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The baseline: the project's own WebSocket client ({@link KrakenWsSession}, authenticated with a
 * REST {@code GetWebSocketsToken} token) sending {@code add_order} requests straight to the simulator's
 * private endpoint (https://docs.kraken.com/api/docs/websocket-v2/add_order). Latency is request
 * written to response frame handled, on {@code System.nanoTime()}.
 */
final class DirectClient implements OrderPath {

    private final KrakenWsSession session;

    /**
     * Connects to {@code simulator}'s private endpoint.
     *
     * @throws Exception if the token or the connection fails within 30 s
     */
    DirectClient(KrakenSimulator simulator, String apiKey, String secretBase64) throws Exception {
        KrakenRestClient rest = KrakenRestClient.builder(simulator.rest()).credentials(apiKey, secretBase64).build();
        KrakenWsConfig config = KrakenWsConfig.builder(simulator.privateWs()).name("direct").maxRequestsPerSecond(100_000)
                .build();
        session = new KrakenWsSession(config, () -> rest.webSocketsToken().token(), new KrakenWsListener() { });
        session.connect().get(30, TimeUnit.SECONDS);
    }

    @Override
    public Latencies paced(String prefix, int perSecond, int count) throws Exception {
        Latencies latencies = new Latencies();
        List<CompletableFuture<?>> answers = new ArrayList<>(count);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            ObjectNode params = params(prefix, i);
            OrderPath.awaitNanos(start + (long) (i * 1e9 / perSecond));
            long sent = System.nanoTime();
            answers.add(send(params).thenAccept(r -> {
                long micros = (System.nanoTime() - sent) / 1_000;
                synchronized (latencies) {
                    latencies.record(micros);
                }
            }));
        }
        CompletableFuture.allOf(answers.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
        return latencies;
    }

    @Override
    public double burst(String prefix, int count) throws Exception {
        List<CompletableFuture<?>> answers = new ArrayList<>(count);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            answers.add(send(params(prefix, i)));
        }
        CompletableFuture.allOf(answers.toArray(new CompletableFuture<?>[0])).get(120, TimeUnit.SECONDS);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * One order after the other, each sent when the previous one was answered.
     *
     * @return orders per second
     */
    double sequential(String prefix, int count) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            send(params(prefix, i)).get(30, TimeUnit.SECONDS);
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private CompletableFuture<KrakenWsResponse> send(ObjectNode params) {
        return session.request("add_order", params).thenApply(DirectClient::accepted);
    }

    private static ObjectNode params(String prefix, int i) {
        try {
            return (ObjectNode) KrakenJson.mapper().readTree(OrderPath.addOrderParams(prefix, i));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KrakenWsResponse accepted(KrakenWsResponse response) {
        if (!response.success()) {
            throw new IllegalStateException("add_order rejected: " + response.error());
        }
        return response;
    }

    @Override
    public void close() {
        session.close();
    }
}
