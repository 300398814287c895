package com.kafkaconnectkraken.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.exchange.ExchangeFaults;
import com.kafkaconnectkraken.testkit.ConnectStack;
import com.kafkaconnectkraken.testkit.ConnectStackExtension;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.ObjectName;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 15, scenario 7 (RELIABILITY.md row 7): a sink task starts while the venue refuses to let it in for
 * {@link #OUTAGE}: Kraken Spot answers the WebSocket token call (REST GetWebSocketsToken) with
 * {@code EService:Unavailable}, then {@code EAPI:Invalid nonce}; the Trader login answers HTTP 503. Through a real
 * worker and broker: the task stays RUNNING (Connect REST status) far past max.retries, {@code connection-state}
 * reads RETRYING then CONNECTED with one log line per change, and the commands that waited are acknowledged once
 * each: those older than command.max.age.ms EXPIRED with their client order id, the others ACCEPTED and placed once.
 * Refused credentials (a wrong Trader password) still fail the task, with a message that holds no secret.
 */
class VenueOutageIT {

    @RegisterExtension
    static final ConnectStackExtension STACK = new ConnectStackExtension();

    private static final Duration OUTAGE = Duration.ofSeconds(15);
    private static final long MAX_AGE_MS = 10_000;
    private static final int EARLY = 5;
    private static final int LATE = 5;
    private static final String SPOT_ORDER = "{\"method\":\"add_order\",\"add_order\":{\"order_type\":\"limit\","
        + "\"side\":\"buy\",\"order_qty\":\"0.01\",\"limit_price\":\"1000\",\"symbol\":\"BTC/USD\",\"cl_ord_id\":\"%s\"}}";
    private static final String TRADER_ORDER = "{\"method\":\"createOrder\",\"params\":{\"accountId\":\"acc_outage\","
        + "\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":1000,\"clientOrderId\":\"%s\"}}";
    private static KrakenSimulator simulator;

    /**
     * One venue's outage.
     *
     * @param connector the connector's name
     * @param config    its config
     * @param start     turns the fault on
     * @param halfway   changes the fault halfway through
     * @param end       turns it off
     * @param order     the command placing one order with this client order id
     * @param placed    how many orders the venue holds with this client order id
     */
    private record Outage(String connector, Map<String, String> config, Runnable start, Runnable halfway, Runnable end,
                          Function<String, String> order, ToLongFunction<String> placed) {
    }

    @BeforeAll
    static void startSimulator() {
        simulator = KrakenSimulator.builder().account(ItSupport.KEY, ItSupport.SECRET)
            .addTraderUser("alice", "s3cret", "acc_outage").build().start();
        simulator.exchange().deposit(ItSupport.KEY, "USD", new BigDecimal("10000000"));
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void aSpotTokenOutageKeepsTheTaskRunningAndEveryWaitingCommandIsAcknowledgedOnce() throws Exception {
        ConnectStack stack = STACK.get();
        ExchangeFaults faults = simulator.exchange().faults();
        run(stack, new Outage("outage-sink", ItSupport.connector(stack, simulator, "outage-orders"),
            () -> faults.failNextRestCalls(1_000_000, ExchangeFaults.UNAVAILABLE),
            () -> faults.failNextRestCalls(1_000_000, ExchangeFaults.INVALID_NONCE),
            () -> faults.failNextRestCalls(0, ExchangeFaults.UNAVAILABLE),
            SPOT_ORDER::formatted, id -> simulator.exchange().ordersByClOrdId(ItSupport.KEY, id).size()));
    }

    @Test
    void aTraderLoginOutageKeepsTheTaskRunningAndEveryWaitingCommandIsAcknowledgedOnce() throws Exception {
        ConnectStack stack = STACK.get();
        run(stack, new Outage("trader-outage-sink", ItSupport.traderConnector(stack, simulator, "trader-outage-orders"),
            () -> simulator.trader().loginUnavailable(true), () -> { }, () -> simulator.trader().loginUnavailable(false),
            TRADER_ORDER::formatted, id -> simulator.trader().ordersByClientOrderId(id)));
    }

    @Test
    void aRefusedTraderPasswordStillFailsTheTaskWithoutTheSecret() throws Exception {
        ConnectStack stack = STACK.get();
        Map<String, String> config = ItSupport.traderConnector(stack, simulator, "trader-refused-orders");
        config.put("trader.password", "wrong-pass-123");
        stack.createTopic("trader-refused-orders", 1);
        stack.deployConnector("trader-refused-sink", config);
        stack.awaitRunning("trader-refused-sink", 1); // it connects on the first command
        ItSupport.produce(stack, "trader-refused-orders", "r0", TRADER_ORDER.formatted("refused-0"));
        ItSupport.await(() -> "FAILED".equals(taskState(stack, "trader-refused-sink")), "the task fails");
        String trace = stack.cluster().connectorStatus("trader-refused-sink").tasks().get(0).trace();
        assertTrue(trace.contains("cannot work with these settings") && trace.contains("401"), trace);
        assertFalse(trace.contains("wrong-pass-123"), "no password in the trace");
        assertEquals(0, simulator.trader().ordersByClientOrderId("refused-0"));
    }

    private static void run(ConnectStack stack, Outage outage) throws Exception {
        String topic = outage.config().get("topics");
        stack.createTopic(topic, 1);
        Map<String, String> config = new HashMap<>(outage.config());
        config.put("command.max.age.ms", Long.toString(MAX_AGE_MS));
        config.put("reconnect.backoff.ms", "200");
        config.put("reconnect.backoff.max.ms", "1000");
        config.put("max.retries", "2");
        outage.start().run();
        long start = System.nanoTime();
        stack.deployConnector(outage.connector(), config);
        stack.awaitRunning(outage.connector(), 1);
        produce(stack, topic, outage, "early-", EARLY);
        Set<String> states = new LinkedHashSet<>();
        boolean halfway = false;
        boolean late = false;
        while (System.nanoTime() - start < OUTAGE.toNanos()) {
            assertEquals("RUNNING", taskState(stack, outage.connector()), "the task never fails during the outage");
            states.add(connectionState(outage.connector()));
            long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
            if (!halfway && elapsed > OUTAGE.toMillis() / 2) {
                outage.halfway().run();
                halfway = true;
            }
            if (!late && elapsed > OUTAGE.toMillis() - 2_500) {
                produce(stack, topic, outage, "late-", LATE);
                late = true;
            }
            Thread.sleep(250);
        }
        double retries = (Double) metric(outage.connector(), "connect-retry-total");
        outage.end().run();
        check(stack, outage, topic, states, retries);
    }

    private static void check(ConnectStack stack, Outage outage, String topic, Set<String> states, double retries)
            throws Exception {
        List<GenericRecord> acks = ItSupport.acks(stack, topic + "-ack", EARLY + LATE);
        ItSupport.awaitQuiet(stack, topic + "-ack", Duration.ofSeconds(3));
        assertEquals(EARLY + LATE, ItSupport.readAll(stack, topic + "-ack").size(), "one acknowledgement each");
        Map<String, String> statusByClOrdId = acks.stream().collect(Collectors.toMap(a -> a.get("cl_ord_id").toString(),
            a -> a.get("status") + (Boolean.TRUE.equals(a.get("final_ack")) ? "" : " (not final)")));
        Map<String, String> expected = new HashMap<>();
        for (int i = 0; i < EARLY; i++) {
            expected.put("early-" + i, "EXPIRED");
            assertEquals(0, outage.placed().applyAsLong("early-" + i), "expired, not placed");
        }
        for (int i = 0; i < LATE; i++) {
            expected.put("late-" + i, "ACCEPTED");
            assertEquals(1, outage.placed().applyAsLong("late-" + i), "placed once");
        }
        assertEquals(expected, statusByClOrdId);
        assertTrue(states.contains("RETRYING"), "RETRYING during the outage: " + states);
        assertTrue(retries > 2, "retried past max.retries=2 without failing: " + retries);
        ItSupport.await(() -> "CONNECTED".equals(connectionState(outage.connector())), "CONNECTED after the outage");
        assertEquals("RUNNING", taskState(stack, outage.connector()));
        String task = " " + outage.connector() + "-0: venue connection ";
        assertEquals(1, SinkWarnings.containing("WARN", task + "CONNECTING -> RETRYING (").size(),
            "one line for the change, not one per attempt");
        assertEquals(1, SinkWarnings.containing("INFO", task + "RETRYING -> CONNECTED").size());
        assertEquals(0, SinkWarnings.containing(task + "CONNECTED ->").size());
        System.out.printf("VenueOutageIT %s: outage %d s, %d connect attempts failed, states %s, acks %d EXPIRED / %d "
            + "ACCEPTED, one each%n", outage.connector(), OUTAGE.toSeconds(), (long) retries, states, EARLY, LATE);
    }

    private static void produce(ConnectStack stack, String topic, Outage outage, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            ItSupport.produce(stack, topic, prefix + i, outage.order().apply(prefix + i));
        }
    }

    private static String taskState(ConnectStack stack, String connector) {
        ConnectorStateInfo status = stack.cluster().connectorStatus(connector);
        return status.tasks().isEmpty() ? "NONE" : status.tasks().get(0).state();
    }

    private static String connectionState(String connector) {
        try {
            return (String) metric(connector, "connection-state");
        } catch (JMException e) {
            return "UNREGISTERED";
        }
    }

    private static Object metric(String connector, String name) throws JMException {
        return ManagementFactory.getPlatformMBeanServer().getAttribute(new ObjectName(
            "kafka.connect.kraken:type=sink-task-metrics,connector=" + connector + ",task=0"), name);
    }
}
