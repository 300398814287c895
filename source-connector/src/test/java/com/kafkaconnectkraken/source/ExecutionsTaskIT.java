package com.kafkaconnectkraken.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.client.ws.KrakenWsListener;
import com.kafkaconnectkraken.client.ws.KrakenWsResponse;
import com.kafkaconnectkraken.client.ws.KrakenWsSession;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.exchange.ExchangeConfig;
import com.kafkaconnectkraken.simulator.exchange.ExchangeFaults;
import com.kafkaconnectkraken.source.testing.TaskHarness;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Executions against the simulator's matching engine: live fills, and fills made while the connector was cut off. */
class ExecutionsTaskIT {

    private static final String KEY = "executions-test-key";
    private static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQ=";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private KrakenSimulator simulator;
    private KrakenRestClient rest;
    private final TaskHarness harness = new TaskHarness();

    @BeforeEach
    void start() {
        simulator = KrakenSimulator.builder().symbols("BTC/USD").seed(11).rate(200).account(KEY, SECRET)
                .exchangeConfig(ExchangeConfig.builder().restTier(RestTier.PRO).build()).build().start();
        simulator.exchange().deposit(KEY, "USD", new BigDecimal("1000000"));
        rest = KrakenRestClient.builder(simulator.rest()).credentials(KEY, SECRET).build();
    }

    @AfterEach
    void stop() {
        harness.close();
        rest.close();
        simulator.close();
    }

    private Map<String, String> props() {
        Map<String, String> props = new HashMap<>();
        props.put("name", "executions-test");
        props.put("kraken.ws.private.url", simulator.privateWs().toString());
        props.put("kraken.rest.url", simulator.rest().toString());
        props.put("kraken.api.key", KEY);
        props.put("kraken.api.secret", SECRET);
        props.put("channels", "executions");
        props.put("rest.tier", "pro");
        props.put("reconnect.backoff.ms", "100");
        props.put("reconnect.backoff.max.ms", "200");
        props.put("poll.timeout.ms", "100");
        return props;
    }

    /** Places a market buy through a separate trading connection that uses a token fetched beforehand. */
    private String marketBuy(String token) throws Exception {
        KrakenWsConfig config = KrakenWsConfig.builder(simulator.privateWs()).name("trader").build();
        try (KrakenWsSession trader = new KrakenWsSession(config, () -> token, new KrakenWsListener() { })) {
            trader.connect().get(10, TimeUnit.SECONDS);
            ObjectNode params = KrakenJson.mapper().createObjectNode().put("order_type", "market").put("side", "buy")
                    .put("order_qty", new BigDecimal("0.01")).put("symbol", "BTC/USD");
            KrakenWsResponse ack = trader.request("add_order", params).get(10, TimeUnit.SECONDS);
            assertTrue(ack.success(), ack.toString());
            return ack.result().get("order_id").asText();
        }
    }

    private List<Struct> fills(String orderId) {
        return harness.topic("kraken.execution").stream().map(r -> (Struct) r.value())
                .filter(e -> orderId.equals(e.get("order_id")) && "trade".equals(e.get("exec_type"))).toList();
    }

    @Test
    void liveFillsArriveKeyedByOrderId() throws Exception {
        harness.start(props(), 1);
        String orderId = marketBuy(rest.webSocketsToken().token());
        harness.pollUntil(r -> !fills(orderId).isEmpty(), WAIT);
        Struct fill = fills(orderId).get(0);
        assertEquals(0, new BigDecimal("0.01").compareTo((BigDecimal) fill.get("last_qty")));
        assertEquals("ws", fill.get("source"));
        SourceRecord record = harness.topic("kraken.execution").stream()
                .filter(r -> orderId.equals(r.key())).findFirst().orElseThrow();
        assertEquals(orderId, record.key());
    }

    @Test
    void fillsDuringADisconnectAreRecoveredExactlyOnce() throws Exception {
        harness.start(props(), 1);
        String token = rest.webSocketsToken().token();
        simulator.faults().exchange().failNextRestCalls(15, ExchangeFaults.UNAVAILABLE);
        simulator.faults().exchange().dropPrivateConnections();
        String orderId = marketBuy(token);
        // the gap record comes after the reconnect restored the executions subscription (its snapshot
        // follows the ack) and after the REST backfill; then drain whatever is still in flight
        harness.pollUntil(r -> !harness.topic("kraken.gap").isEmpty() && !fills(orderId).isEmpty(), WAIT);
        harness.pollUntilQuiet(Duration.ofSeconds(2), WAIT);
        List<Struct> fills = fills(orderId);
        assertEquals(1, fills.size(), "the fill is written exactly once (live or backfilled)");
        Struct gap = (Struct) harness.topic("kraken.gap").get(0).value();
        assertEquals("executions", gap.get("channel"));
        assertEquals(true, gap.get("backfilled"));
    }

    private KrakenWsResponse trade(String token, String method, ObjectNode params) throws Exception {
        KrakenWsConfig config = KrakenWsConfig.builder(simulator.privateWs()).name("trader").build();
        try (KrakenWsSession trader = new KrakenWsSession(config, () -> token, new KrakenWsListener() { })) {
            trader.connect().get(10, TimeUnit.SECONDS);
            KrakenWsResponse ack = trader.request(method, params).get(10, TimeUnit.SECONDS);
            assertTrue(ack.success(), ack.toString());
            return ack;
        }
    }

    private List<Struct> statuses(String orderId, String status) {
        return harness.topic("kraken.execution").stream().map(r -> (Struct) r.value())
                .filter(e -> orderId.equals(e.get("order_id")) && status.equals(e.get("exec_type"))).toList();
    }

    @Test
    void anOrderCanceledDuringADisconnectAppearsOnceWithItsFinalStatus() throws Exception {
        simulator.exchange().updateMarket("BTC/USD", new BigDecimal("30000.0"), new BigDecimal("30001.0"));
        harness.start(props(), 1);
        String token = rest.webSocketsToken().token();
        ObjectNode buy = KrakenJson.mapper().createObjectNode().put("order_type", "limit").put("side", "buy")
                .put("order_qty", new BigDecimal("0.01")).put("limit_price", new BigDecimal("20000.0")).put("symbol", "BTC/USD");
        String orderId = trade(token, "add_order", buy).result().get("order_id").asText();
        harness.pollUntil(r -> !statuses(orderId, "new").isEmpty(), WAIT);
        String cancelToken = rest.webSocketsToken().token();
        simulator.faults().exchange().failNextRestCalls(15, ExchangeFaults.UNAVAILABLE);
        simulator.faults().exchange().dropPrivateConnections();
        ObjectNode cancel = KrakenJson.mapper().createObjectNode();
        cancel.putArray("order_id").add(orderId);
        trade(cancelToken, "cancel_order", cancel);
        harness.pollUntil(r -> !harness.topic("kraken.gap").isEmpty() && !statuses(orderId, "canceled").isEmpty(), WAIT);
        harness.pollUntilQuiet(Duration.ofSeconds(2), WAIT);
        List<Struct> canceled = statuses(orderId, "canceled");
        assertEquals(1, canceled.size(), "the cancel is written exactly once (live or backfilled)");
        assertEquals("canceled", canceled.get(0).get("order_status"));
    }
}
