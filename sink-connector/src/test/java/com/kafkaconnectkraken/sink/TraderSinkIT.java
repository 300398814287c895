package com.kafkaconnectkraken.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.trader.TraderOrderState;
import com.kafkaconnectkraken.simulator.trader.TraderPositionState;
import com.kafkaconnectkraken.testkit.ConnectStack;
import com.kafkaconnectkraken.testkit.ConnectStackExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Trader sink in a real Connect worker with a real broker, the Apicurio registry (acknowledgements in the
 * Confluent Avro wire format) and the simulator's Trader endpoint (docs/protocol/trader-api.md): every trading action
 * gets exactly one final acknowledgement; a withheld answer is UNKNOWN, then reconciled from {@code orderHistory};
 * a socket dropped between an order and its answer never produces a second order.
 */
class TraderSinkIT {

    @RegisterExtension
    static final ConnectStackExtension STACK = new ConnectStackExtension();

    private static final String ACCOUNT = "acc_it";
    private static KrakenSimulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = KrakenSimulator.builder().addTraderUser("alice", "s3cret", ACCOUNT).build().start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void acceptedInvalidGuardedAndServerRejectedCommandsEachGetOneFinalAck() throws Exception {
        ConnectStack stack = deploy("trader-orders");
        ItSupport.produce(stack, "trader-orders", "t1", create("EURUSD", "MARKET", "10000", null, "it-t-1"));
        ItSupport.produce(stack, "trader-orders", "t2", create("EURUSD", "MARKET", "1", null, null).replace("BUY", "buy"));
        ItSupport.produce(stack, "trader-orders", "t3", create("EURUSD", "MARKET", "200000", null, null));
        ItSupport.produce(stack, "trader-orders", "t4", create("XAUUSD", "MARKET", "1000", null, null));
        ItSupport.produce(stack, "trader-orders", "t5", "not json");
        GenericRecord accepted = ItSupport.finalAck(stack, "trader-orders-ack", 0);
        assertEquals("ACCEPTED", accepted.get("status").toString(), accepted.toString());
        assertEquals("it-t-1", accepted.get("cl_ord_id").toString());
        assertEquals(order("it-t-1").orderId(), accepted.get("order_id").toString());
        assertEquals("INVALID", ItSupport.finalAck(stack, "trader-orders-ack", 1).get("status").toString());
        GenericRecord guarded = ItSupport.finalAck(stack, "trader-orders-ack", 2);
        assertEquals("REJECTED", guarded.get("status").toString());
        assertTrue(guarded.get("error").toString().contains("guard.max.qty"), guarded.toString());
        GenericRecord server = ItSupport.finalAck(stack, "trader-orders-ack", 3);
        assertEquals("REJECTED", server.get("status").toString());
        assertTrue(server.get("error").toString().startsWith("INVALID_SYMBOL: "), server.toString());
        assertEquals("INVALID", ItSupport.finalAck(stack, "trader-orders-ack", 4).get("status").toString());
        for (long offset = 0; offset < 5; offset++) {
            assertEquals(1, ItSupport.finalAcks(stack, "trader-orders-ack", offset), "offset " + offset);
        }
    }

    @Test
    void everyTradingActionGetsExactlyOneFinalAck() throws Exception {
        ConnectStack stack = deploy("trader-actions");
        String topic = "trader-actions";
        ItSupport.produce(stack, topic, "a0", create("EURUSD", "LIMIT", "2000", "0.5", "it-a-limit"));
        String orderId = accepted(stack, topic, 0).get("order_id").toString();
        ItSupport.produce(stack, topic, "a1", action("amendOrder", "\"orderId\":\"" + orderId + "\",\"price\":0.6"));
        accepted(stack, topic, 1);
        assertEquals(0, new BigDecimal("0.6").compareTo(order("it-a-limit").price()));
        ItSupport.produce(stack, topic, "a2", action("cancelOrder", "\"orderId\":\"" + orderId + "\""));
        accepted(stack, topic, 2);
        assertEquals("CANCELLED", order("it-a-limit").status().name());
        ItSupport.produce(stack, topic, "a3", create("GBPUSD", "MARKET", "3000", null, "it-a-market"));
        accepted(stack, topic, 3);
        String positionId = position("GBPUSD").positionId();
        ItSupport.produce(stack, topic, "a4", action("amendPosition", "\"positionId\":\"" + positionId + "\",\"stopLoss\":0.5"));
        accepted(stack, topic, 4);
        ItSupport.produce(stack, topic, "a5", action("closePosition", "\"positionId\":\"" + positionId + "\""));
        accepted(stack, topic, 5);
        for (long offset = 0; offset < 6; offset++) {
            assertEquals(1, ItSupport.finalAcks(stack, topic + "-ack", offset), "offset " + offset);
        }
    }

    @Test
    void aWithheldAnswerIsUnknownThenReconciledFromTheOrderHistoryAndNeverResent() throws Exception {
        ConnectStack stack = deploy("trader-lost");
        simulator.trader().withholdNextReply();
        ItSupport.produce(stack, "trader-lost", "l1", create("EURUSD", "MARKET", "5000", null, null));
        GenericRecord ack = ItSupport.finalAck(stack, "trader-lost-ack", 0);
        assertEquals("ACCEPTED", ack.get("status").toString(), ack.toString());
        assertEquals("order_history", ack.get("resolved_by").toString());
        List<GenericRecord> all = ItSupport.acks(stack, "trader-lost-ack", 2);
        assertEquals("UNKNOWN", all.get(0).get("status").toString());
        assertEquals(Boolean.FALSE, all.get(0).get("final_ack"));
        String clientOrderId = ack.get("cl_ord_id").toString();
        assertEquals(1, simulator.trader().ordersByClientOrderId(clientOrderId), "sent once");
        assertEquals(order(clientOrderId).orderId(), ack.get("order_id").toString());
    }

    @Test
    void aSocketDroppedBetweenAnOrderAndItsAnswerNeverPlacesItTwice() throws Exception {
        ConnectStack stack = deploy("trader-drop");
        simulator.trader().withholdNextReply();
        long before = simulator.trader().ordersCreated();
        ItSupport.produce(stack, "trader-drop", "d1", create("EURUSD", "MARKET", "7000", null, "it-drop-1"));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (simulator.trader().ordersCreated() == before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        simulator.trader().dropConnections();
        GenericRecord ack = ItSupport.finalAck(stack, "trader-drop-ack", 0);
        assertEquals("ACCEPTED", ack.get("status").toString(), ack.toString());
        ItSupport.awaitQuiet(stack, "trader-drop-ack", Duration.ofSeconds(3));
        assertEquals(1, ItSupport.finalAcks(stack, "trader-drop-ack", 0));
        assertEquals(1, simulator.trader().ordersByClientOrderId("it-drop-1"), "placed once");
    }

    private static ConnectStack deploy(String commands) throws InterruptedException {
        ConnectStack stack = STACK.get();
        stack.createTopic(commands, 1);
        stack.deployConnector(commands + "-sink", ItSupport.traderConnector(stack, simulator, commands));
        stack.awaitRunning(commands + "-sink", 1);
        return stack;
    }

    private static GenericRecord accepted(ConnectStack stack, String topic, long offset) throws InterruptedException {
        GenericRecord ack = ItSupport.finalAck(stack, topic + "-ack", offset);
        assertEquals("ACCEPTED", ack.get("status").toString(), ack.toString());
        return ack;
    }

    private static String create(String symbol, String type, String quantity, String price, String clientOrderId) {
        return action("createOrder", "\"symbol\":\"" + symbol + "\",\"side\":\"BUY\",\"type\":\"" + type
            + "\",\"quantity\":" + quantity + (price == null ? "" : ",\"price\":" + price)
            + (clientOrderId == null ? "" : ",\"clientOrderId\":\"" + clientOrderId + "\""));
    }

    private static String action(String method, String fields) {
        return "{\"method\":\"" + method + "\",\"params\":{\"accountId\":\"" + ACCOUNT + "\"," + fields + "}}";
    }

    private static TraderOrderState order(String clientOrderId) {
        return simulator.trader().orders(ACCOUNT).stream().filter(o -> clientOrderId.equals(o.clientOrderId()))
            .findFirst().orElseThrow(() -> new AssertionError("no order " + clientOrderId + " at the simulator"));
    }

    private static TraderPositionState position(String symbol) {
        TraderPositionState p = simulator.trader().positions(ACCOUNT).stream()
            .filter(s -> symbol.equals(s.symbol()) && s.quantity().signum() > 0).findFirst().orElse(null);
        assertNotNull(p, "no open " + symbol + " position");
        return p;
    }
}
