package com.kafkaconnectkraken.benchmarks.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.trader.TraderLogin;
import com.kafkaconnectkraken.client.trader.TraderTokens;
import com.kafkaconnectkraken.client.trader.protocol.TraderAction;
import com.kafkaconnectkraken.client.trader.protocol.TraderEndpoints;
import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.client.ws.TraderMessage;
import com.kafkaconnectkraken.client.ws.TraderWsListener;
import com.kafkaconnectkraken.client.ws.TraderWsSession;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * The project's Trader API client ({@link TraderWsSession}) sending {@code createOrder} straight to the simulator's
 * Trader endpoint (docs/protocol/trader-api.md §3), the baseline of the Trader sink. Latency is action sent to its
 * answering {@code executionEvent} ({@code ACCEPTED}, matched by {@code clientOrderId}); the API has no request id,
 * so actions go one at a time on a connection, and "flat out" is one after the other.
 */
final class TraderDirectClient implements OrderPath {

    private final TraderWsSession session;

    /**
     * Logs in and connects.
     *
     * @throws Exception if the login or the connection fails within 30 s
     */
    TraderDirectClient(KrakenSimulator simulator, String user, String password) throws Exception {
        KrakenWsConfig config = KrakenWsConfig.builder(simulator.traderWs()).name("trader-direct")
                .maxRequestsPerSecond(100_000).build();
        TraderLogin login = new TraderLogin(TraderEndpoints.loginUri(config.uri()), user, password,
                TraderLogin.Fields.DEFAULT, new OkHttpClient());
        session = new TraderWsSession(config, TraderTokens.login(login, Duration.ofMinutes(1), Clock.systemUTC()),
                new TraderWsListener() {
                    @Override
                    public void onTraderMessage(TraderMessage message) {
                    }
                });
        session.connect().get(30, TimeUnit.SECONDS);
    }

    @Override
    public Latencies paced(String prefix, int perSecond, int count) throws Exception {
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            OrderPath.awaitNanos(start + (long) (i * 1e9 / perSecond));
            long sent = System.nanoTime();
            send(prefix, i);
            latencies.record((System.nanoTime() - sent) / 1_000);
        }
        return latencies;
    }

    @Override
    public double burst(String prefix, int count) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            send(prefix, i);
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private void send(String prefix, int i) throws Exception {
        String id = prefix + "-" + i;
        ObjectNode payload = (ObjectNode) KrakenJson.mapper().readTree(TraderSinkEndToEnd.createOrderParams(prefix, i, "0.5"));
        TraderMessage answer = session.request(TraderAction.CREATE_ORDER, payload,
                m -> m.type() == TraderMessageType.EXECUTION_EVENT && id.equals(m.text("clientOrderId")))
                .get(30, TimeUnit.SECONDS);
        if (!"ACCEPTED".equals(answer.text("status"))) {
            throw new IllegalStateException("createOrder not accepted: " + answer.payload());
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
