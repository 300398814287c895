package com.kafkaconnectkraken.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.testkit.ConnectStack;
import com.kafkaconnectkraken.testkit.ConnectStackExtension;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Safety features through a real worker: command HMAC, staleness, dead man's switch. */
class SafetyIT {

    @RegisterExtension
    static final ConnectStackExtension STACK = new ConnectStackExtension();

    private static final String ORDER = "{\"method\":\"add_order\",\"add_order\":{\"order_type\":\"limit\",\"side\":\"buy\","
        + "\"order_qty\":\"0.01\",\"limit_price\":\"1000\",\"symbol\":\"BTC/USD\"}}";
    /** {@link #ORDER} with keys sorted, written out by hand: what a producer signs. */
    private static final String ORDER_CANONICAL = "{\"add_order\":{\"limit_price\":\"1000\",\"order_qty\":\"0.01\","
        + "\"order_type\":\"limit\",\"side\":\"buy\",\"symbol\":\"BTC/USD\"},\"method\":\"add_order\"}";
    private static KrakenSimulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = KrakenSimulator.builder().account(ItSupport.KEY, ItSupport.SECRET).build().start();
        simulator.exchange().deposit(ItSupport.KEY, "USD", new BigDecimal("10000000"));
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    private static String hmac(String key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void onlySignedFreshCommandsAreExecuted() throws Exception {
        ConnectStack stack = STACK.get();
        stack.createTopic("signed-orders", 1);
        Map<String, String> config = ItSupport.connector(stack, simulator, "signed-orders");
        config.put("command.hmac.key", "shared-secret");
        stack.deployConnector("signed-sink", config);
        stack.awaitRunning("signed-sink", 1);
        long now = System.currentTimeMillis();
        long placed = simulator.exchange().ordersPlaced(ItSupport.KEY);
        ItSupport.produce(stack, "signed-orders", "s1", ORDER, now,
            Map.of("kraken-command-hmac", hmac("shared-secret", now + "." + ORDER_CANONICAL)));
        ItSupport.produce(stack, "signed-orders", "s2", ORDER, now,
            Map.of("kraken-command-hmac", hmac("wrong-secret", now + "." + ORDER_CANONICAL)));
        long old = now - 120_000;
        ItSupport.produce(stack, "signed-orders", "s3", ORDER, old,
            Map.of("kraken-command-hmac", hmac("shared-secret", old + "." + ORDER_CANONICAL)));
        List<GenericRecord> acks = ItSupport.acks(stack, "signed-orders-ack", 3);
        assertEquals("ACCEPTED", acks.get(0).get("status").toString(), acks.get(0).toString());
        assertEquals("REJECTED", acks.get(1).get("status").toString());
        assertEquals("command signature does not match", acks.get(1).get("error").toString());
        assertEquals("EXPIRED", acks.get(2).get("status").toString());
        assertEquals(placed + 1, simulator.exchange().ordersPlaced(ItSupport.KEY));
        assertEquals(2, stack.consume("signed-orders-dlq", 2, Duration.ofSeconds(30)).size());
        stack.awaitRunning("signed-sink", 1);
    }

    @Test
    void delayedAckIsUnknownThenResolvedAndGuardViolationIsRejected() throws Exception {
        ConnectStack stack = STACK.get();
        stack.createTopic("slow-orders", 1);
        Map<String, String> config = ItSupport.connector(stack, simulator, "slow-orders");
        config.put("ws.request.timeout.ms", "1000");
        config.put("guard.max.qty", "BTC/USD:0.5");
        stack.deployConnector("slow-sink", config);
        stack.awaitRunning("slow-sink", 1);
        long placed = simulator.exchange().ordersPlaced(ItSupport.KEY);
        simulator.exchange().faults().delayTradingAcks(Duration.ofSeconds(3));
        try {
            ItSupport.produce(stack, "slow-orders", "u1", ORDER);
            List<GenericRecord> acks = ItSupport.acks(stack, "slow-orders-ack", 2);
            assertEquals("UNKNOWN", acks.get(0).get("status").toString(), acks.get(0).toString());
            assertEquals(false, acks.get(0).get("final_ack"));
            assertEquals("ACCEPTED", acks.get(1).get("status").toString(), acks.get(1).toString());
            assertEquals(true, acks.get(1).get("final_ack"));
            assertTrue(acks.get(1).get("resolved_by") != null);
        } finally {
            simulator.exchange().faults().delayTradingAcks(Duration.ZERO);
        }
        ItSupport.produce(stack, "slow-orders", "u2", ORDER.replace("0.01", "0.6"));
        GenericRecord guard = ItSupport.acks(stack, "slow-orders-ack", 3).get(2);
        assertEquals("REJECTED", guard.get("status").toString());
        assertEquals("order_qty 0.6 exceeds max 0.5 for BTC/USD (guard.max.qty)", guard.get("error").toString());
        assertEquals(placed + 1, simulator.exchange().ordersPlaced(ItSupport.KEY));
        stack.awaitRunning("slow-sink", 1);
    }

    @Test
    void deadMansSwitchFiresWhenTheTaskLosesKrakenAndIsDisarmedOnCleanStop() throws Exception {
        ConnectStack stack = STACK.get();
        stack.createTopic("dms-orders", 1);
        Map<String, String> config = ItSupport.connector(stack, simulator, "dms-orders");
        config.put("dms.enabled", "true");
        config.put("dms.refresh.interval.ms", "1000");
        config.put("dms.timeout.seconds", "3");
        config.put("reconnect.backoff.max.ms", "2000");
        stack.deployConnector("dms-sink", config);
        stack.awaitRunning("dms-sink", 1);
        ItSupport.produce(stack, "dms-orders", "d1", ORDER);
        assertEquals("ACCEPTED", ItSupport.acks(stack, "dms-orders-ack", 1).get(0).get("status").toString());
        assertTrue(simulator.exchange().deadManSwitchArmed(ItSupport.KEY));
        assertTrue(!simulator.exchange().openOrders(ItSupport.KEY).isEmpty());

        simulator.exchange().faults().failNextRestCalls(1_000_000, "EService:Unavailable");
        simulator.exchange().faults().dropPrivateConnections();
        ItSupport.await(() -> simulator.exchange().openOrders(ItSupport.KEY).isEmpty(),
            "Kraken cancels the open orders once the task stops refreshing");
        simulator.exchange().faults().reset();

        ItSupport.await(() -> simulator.exchange().deadManSwitchArmed(ItSupport.KEY), "re-armed after reconnect");
        stack.cluster().deleteConnector("dms-sink");
        ItSupport.await(() -> !simulator.exchange().deadManSwitchArmed(ItSupport.KEY), "disarmed on clean stop");
    }
}
