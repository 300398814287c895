package com.kafkaconnectkraken.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.simulator.exchange.OrderView;
import com.kafkaconnectkraken.sink.reply.ReplyHistory;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Component test (failsafe: starts the simulator and waits on the wall clock for seconds): the sink
 * pipeline against the real simulator speaking Kraken WS v2 + REST.
 */
class TradingRuntimeIT {

    private final SimulatorHarness h = new SimulatorHarness();

    @AfterEach
    void close() {
        h.close();
    }

    private static Map<String, Object> restingBuy(String price) {
        return Map.of("order_type", "limit", "side", "buy", "order_qty", "0.01", "limit_price", price,
            "symbol", "BTC/USD");
    }

    private Map<String, Object> run(TradingRuntime runtime, long offset, Object value) {
        runtime.processor().process(SimulatorHarness.record(offset, value));
        return h.lastAck();
    }

    private List<OrderView> open() {
        return h.simulator.exchange().openOrders(SimulatorHarness.KEY);
    }

    @Test
    void aRefusalRedeliveredAfterARestartIsDeadLetteredAgainButNotAcknowledgedTwice() {
        ReplyHistory history = new ReplyHistory();
        SinkRecord invalid = SimulatorHarness.record(7, Map.of("method", "add_order", "add_order", Map.of("side", "buy")));
        h.runtime(h.props(), history).processor().process(invalid);
        assertEquals(List.of("INVALID"), h.acks().stream().map(a -> a.get("status")).toList());
        assertEquals(1, h.dlq.size());
        h.runtime(h.props(), history).processor().process(invalid);
        assertEquals(1, h.acks().size(), "one final acknowledgement per command");
        assertEquals(List.of(invalid, invalid), h.dlq, "the DLQ record of the first run may be lost with its worker");
    }

    @Test
    void everyMethodRoundTripsThroughTheSimulator() {
        TradingRuntime rt = h.runtime(h.props());
        Map<String, Object> added = run(rt, 1, Map.of("method", "add_order", "add_order", restingBuy("1000.5")));
        assertEquals("ACCEPTED", added.get("status"), added.toString());
        String orderId = (String) added.get("order_id");
        String clOrdId = (String) added.get("cl_ord_id");
        assertEquals(List.of(clOrdId), open().stream().map(OrderView::clOrdId).toList());
        assertEquals(new BigDecimal("1000.5"), open().get(0).limitPrice());

        Map<String, Object> amended = run(rt, 2, Map.of("method", "amend_order",
            "amend_order", Map.of("cl_ord_id", clOrdId, "limit_price", "1001.5")));
        assertEquals("ACCEPTED", amended.get("status"), amended.toString());
        assertEquals(new BigDecimal("1001.5"), open().get(0).limitPrice());

        Map<String, Object> edited = run(rt, 3, Map.of("method", "edit_order",
            "edit_order", Map.of("order_id", orderId, "symbol", "BTC/USD", "order_qty", "0.02")));
        assertEquals("ACCEPTED", edited.get("status"), edited.toString());
        String newId = (String) edited.get("order_id");
        assertEquals(List.of(newId), open().stream().map(OrderView::orderId).toList());

        Map<String, Object> cancelled = run(rt, 4, Map.of("method", "cancel_order",
            "cancel_order", Map.of("order_id", List.of(newId))));
        assertEquals("ACCEPTED", cancelled.get("status"), cancelled.toString());
        assertTrue(open().isEmpty());

        Map<String, Object> batch = run(rt, 5, Map.of("method", "batch_add", "batch_add", Map.of("symbol", "BTC/USD",
            "orders", List.of(Map.of("order_type", "limit", "side", "buy", "order_qty", "0.01", "limit_price", "900"),
                Map.of("order_type", "limit", "side", "buy", "order_qty", "0.01", "limit_price", "901")))));
        assertEquals("ACCEPTED", batch.get("status"), batch.toString());
        assertEquals(2, open().size());

        Map<String, Object> batchCancel = run(rt, 6, Map.of("method", "batch_cancel",
            "batch_cancel", Map.of("orders", open().stream().map(OrderView::orderId).toList())));
        assertEquals("ACCEPTED", batchCancel.get("status"), batchCancel.toString());
        assertTrue(open().isEmpty());

        run(rt, 7, Map.of("method", "add_order", "add_order", restingBuy("999")));
        Map<String, Object> all = run(rt, 8, Map.of("method", "cancel_all"));
        assertEquals("ACCEPTED", all.get("status"), all.toString());
        assertEquals("{\"count\":1}", all.get("result"));
        assertTrue(open().isEmpty());

        Map<String, Object> after = run(rt, 9, Map.of("method", "cancel_all_orders_after",
            "cancel_all_orders_after", Map.of("timeout", 60)));
        assertEquals("ACCEPTED", after.get("status"), after.toString());
        assertTrue(h.simulator.exchange().deadManSwitchArmed(SimulatorHarness.KEY));
        assertEquals(9, h.acks().size(), "one acknowledgement per command");
        h.acks().forEach(a -> assertEquals(true, a.get("final_ack")));
    }

    @Test
    void ackDelayedPastTimeoutIsUnknownThenResolvedWithOneOrder() {
        Map<String, String> props = h.props();
        props.put("ws.request.timeout.ms", "1000");
        TradingRuntime rt = h.runtime(props);
        h.simulator.exchange().faults().delayTradingAcks(Duration.ofMillis(2500));
        rt.processor().process(SimulatorHarness.record(1, Map.of("method", "add_order", "add_order", restingBuy("1000"))));
        List<Map<String, Object>> acks = h.acks();
        assertEquals(2, acks.size(), acks.toString());
        assertEquals("UNKNOWN", acks.get(0).get("status"));
        assertEquals(false, acks.get(0).get("final_ack"));
        assertEquals("ACCEPTED", acks.get(1).get("status"), acks.get(1).toString());
        assertEquals(true, acks.get(1).get("final_ack"));
        assertNotNull(acks.get(1).get("resolved_by"));
        assertEquals(open().get(0).orderId(), acks.get(1).get("order_id"));
        assertEquals(1L, h.simulator.exchange().ordersPlaced(SimulatorHarness.KEY));
    }

    @Test
    void unansweredCancelIsSettledFromTheOrderStatus() {
        Map<String, String> props = h.props();
        props.put("ws.request.timeout.ms", "1000");
        TradingRuntime rt = h.runtime(props);
        String orderId = (String) run(rt, 1, Map.of("method", "add_order", "add_order", restingBuy("1000"))).get("order_id");
        h.simulator.exchange().faults().delayTradingAcks(Duration.ofSeconds(12));
        rt.processor().process(SimulatorHarness.record(2, Map.of("method", "cancel_order",
            "cancel_order", Map.of("order_id", List.of(orderId)))));
        h.simulator.exchange().faults().delayTradingAcks(Duration.ZERO);
        List<Map<String, Object>> acks = h.acks();
        assertEquals("UNKNOWN", acks.get(1).get("status"), acks.toString());
        assertEquals("ACCEPTED", acks.get(2).get("status"), acks.toString());
        assertEquals("order_history", acks.get(2).get("resolved_by"));
        assertTrue(open().isEmpty());
    }

    @Test
    void redeliveredCommandIsRecognisedEvenAfterItsOrderClosed() {
        Map<String, Object> command = Map.of("method", "add_order", "add_order", restingBuy("1000"));
        TradingRuntime first = h.runtime(h.props());
        first.processor().process(SimulatorHarness.record(40, command));
        String orderId = (String) h.lastAck().get("order_id");
        first.processor().process(SimulatorHarness.record(41, Map.of("method", "cancel_all")));
        assertTrue(open().isEmpty());

        // a restarted task that never saw the acknowledgement gets record 40 again
        TradingRuntime second = h.runtime(h.props());
        second.processor().assigned(List.of(new TopicPartition("orders", 0)));
        second.processor().process(SimulatorHarness.record(40, command));
        Map<String, Object> ack = h.lastAck();
        assertEquals("ACCEPTED", ack.get("status"), ack.toString());
        assertEquals("order_history", ack.get("resolved_by"));
        assertEquals(orderId, ack.get("order_id"));
        assertEquals(1L, h.simulator.exchange().ordersPlaced(SimulatorHarness.KEY));
    }

    @Test
    void withoutReplyHistoryEveryRedeliveredPlacementIsRecognised() {
        Map<String, Object> first = Map.of("method", "add_order", "add_order", restingBuy("1000"));
        Map<String, Object> second = Map.of("method", "add_order", "add_order", restingBuy("1001"));
        TradingRuntime crashed = h.runtime(h.props());
        crashed.processor().process(SimulatorHarness.record(50, first));
        crashed.processor().process(SimulatorHarness.record(51, second));
        crashed.processor().process(SimulatorHarness.record(52, Map.of("method", "cancel_all")));
        assertTrue(open().isEmpty());
        assertEquals(2L, h.simulator.exchange().ordersPlaced(SimulatorHarness.KEY));

        // acknowledged but not committed: the restarted task, reading no reply history, gets 50 and 51 again
        Map<String, String> props = h.props();
        props.put("reply.history.lookup.enabled", "false");
        TradingRuntime restarted = h.runtime(props);
        restarted.processor().assigned(List.of(new TopicPartition("orders", 0)));
        for (long offset : new long[] {50, 51}) {
            restarted.processor().process(SimulatorHarness.record(offset, offset == 50 ? first : second));
            Map<String, Object> ack = h.lastAck();
            assertEquals("ACCEPTED", ack.get("status"), ack.toString());
            assertEquals("order_history", ack.get("resolved_by"), "offset " + offset + " looked up, not re-sent");
        }
        assertEquals(2L, h.simulator.exchange().ordersPlaced(SimulatorHarness.KEY), "no duplicate order");
    }

    @Test
    void aFailedRedeliveryLookupIsRepeatedWhenTheRecordIsRetried() {
        Map<String, Object> command = Map.of("method", "add_order", "add_order", restingBuy("1000"));
        TradingRuntime crashed = h.runtime(h.props());
        crashed.processor().process(SimulatorHarness.record(60, command));
        crashed.processor().process(SimulatorHarness.record(61, Map.of("method", "cancel_all")));
        int acksBefore = h.acks().size();

        TradingRuntime restarted = h.runtime(h.props());
        restarted.processor().assigned(List.of(new TopicPartition("orders", 0)));
        h.simulator.exchange().faults().failNextRestCalls(1, "EService:Unavailable");
        SinkRecord redelivered = SimulatorHarness.record(60, command);
        assertThrows(RetriableException.class, () -> restarted.processor().process(redelivered));
        assertEquals(acksBefore, h.acks().size(), "nothing acknowledged while the history is unreadable");
        restarted.processor().process(redelivered); // Connect redelivers after the backoff
        Map<String, Object> ack = h.lastAck();
        assertEquals("order_history", ack.get("resolved_by"), ack.toString());
        assertEquals(1L, h.simulator.exchange().ordersPlaced(SimulatorHarness.KEY), "no duplicate order");
    }

    @Test
    void refusedCommandsAreAcknowledgedAndDeadLettered() {
        Map<String, String> props = h.props();
        props.put("guard.max.qty", "BTC/USD:0.5");
        TradingRuntime rt = h.runtime(props);
        assertEquals("INVALID", run(rt, 1, "{not json").get("status"));
        assertEquals("INVALID", run(rt, 2, Map.of("method", "add_order", "add_order", Map.of("side", "buy"))).get("status"));
        Map<String, Object> guard = run(rt, 3, Map.of("method", "add_order", "add_order", Map.of("order_type", "limit",
            "side", "buy", "order_qty", "1", "limit_price", "1000", "symbol", "BTC/USD")));
        assertEquals("REJECTED", guard.get("status"));
        assertEquals("order_qty 1 exceeds max 0.5 for BTC/USD (guard.max.qty)", guard.get("error"));
        Map<String, Object> stale = staleAck(rt);
        assertEquals("EXPIRED", stale.get("status"));
        Map<String, Object> funds = run(rt, 5, Map.of("method", "add_order", "add_order", Map.of("order_type", "limit",
            "side", "buy", "order_qty", "0.4", "limit_price", "100000000", "symbol", "BTC/USD")));
        assertEquals("REJECTED", funds.get("status"), funds.toString());
        assertTrue(((String) funds.get("error")).startsWith("EOrder:"), funds.toString());
        assertEquals(5, h.dlq.size());
        assertEquals(0L, h.simulator.exchange().ordersPlaced(SimulatorHarness.KEY));
    }

    @Test
    void aCommandRefusedAfterItParsedIsAcknowledgedWithItsClOrdId() {
        Map<String, String> props = h.props();
        props.put("guard.max.qty", "BTC/USD:0.5");
        TradingRuntime rt = h.runtime(props);
        Map<String, Object> tooBig = new java.util.HashMap<>(restingBuy("1000"));
        tooBig.put("order_qty", "1");
        tooBig.put("cl_ord_id", "5a1e7c52-0b8d-4c55-9d1e-1f0c2b7a9e01");
        Map<String, Object> guard = run(rt, 1, Map.of("method", "add_order", "add_order", tooBig));
        assertEquals("REJECTED", guard.get("status"), guard.toString());
        assertEquals("5a1e7c52-0b8d-4c55-9d1e-1f0c2b7a9e01", guard.get("cl_ord_id"), guard.toString());

        Map<String, Object> old = new java.util.HashMap<>(restingBuy("1000"));
        old.put("cl_ord_id", "5a1e7c52-0b8d-4c55-9d1e-1f0c2b7a9e02");
        rt.processor().process(new org.apache.kafka.connect.sink.SinkRecord("orders", 0, null, "k2", null,
            Map.of("method", "add_order", "add_order", old), 2, System.currentTimeMillis() - 120_000,
            org.apache.kafka.common.record.TimestampType.CREATE_TIME));
        Map<String, Object> expired = h.lastAck();
        assertEquals("EXPIRED", expired.get("status"), expired.toString());
        assertEquals("5a1e7c52-0b8d-4c55-9d1e-1f0c2b7a9e02", expired.get("cl_ord_id"), expired.toString());
        assertEquals(2, h.dlq.size());
        assertEquals(0L, h.simulator.exchange().ordersPlaced(SimulatorHarness.KEY));
    }

    @Test
    void lostConnectionIsRetriedThroughConnectWithoutDuplicates() throws InterruptedException {
        TradingRuntime rt = h.runtime(h.props());
        h.simulator.exchange().faults().expireAllTokens();
        h.simulator.faults().dropAllConnections();
        org.apache.kafka.connect.sink.SinkRecord record = SimulatorHarness.record(1,
            Map.of("method", "add_order", "add_order", restingBuy("1000")));
        int transientFailures = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (h.acks().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no acknowledgement within 30 s");
            }
            try {
                rt.processor().process(record);
            } catch (org.apache.kafka.connect.errors.RetriableException e) {
                transientFailures++;
                assertTrue(transientFailures < 100, "never reconnected");
                Thread.sleep(100); // Connect's context.timeout backoff
            }
        }
        while (h.acks().stream().noneMatch(a -> Boolean.TRUE.equals(a.get("final_ack")))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no final acknowledgement within 30 s: " + h.acks());
            }
            rt.processor().process(record); // Connect redelivers until the outcome is settled
        }
        List<Map<String, Object>> acks = h.acks();
        List<Map<String, Object>> finals = acks.stream().filter(a -> Boolean.TRUE.equals(a.get("final_ack"))).toList();
        assertEquals(1, finals.size(), acks.toString());
        // either sent after reconnecting (ACCEPTED) or lost with the connection and reconciled as not placed
        long expectedOrders = "ACCEPTED".equals(finals.get(0).get("status")) ? 1 : 0;
        assertEquals(expectedOrders, h.simulator.exchange().ordersPlaced(SimulatorHarness.KEY), acks.toString());
        if (expectedOrders == 0) {
            assertEquals("REJECTED", finals.get(0).get("status"));
            assertEquals("order_history", finals.get(0).get("resolved_by"));
        }
    }

    @Test
    void krakenRateLimitErrorIsRejectedAndTheClientLimiterRefusesEarlier() {
        Map<String, String> props = h.props();
        props.put("guard.rate.limit.tier", "none");
        assertEquals("EOrder:Rate limit exceeded", amendUntilRefused(h.runtime(props), 100, "BTC/USD"));
        Map<String, String> limited = h.props();
        limited.put("guard.rate.limit.tier", "starter");
        String clientRefusal = amendUntilRefused(h.runtime(limited), 1000, "ETH/USD");
        assertTrue(clientRefusal.startsWith("client rate limit: ETH/USD counter"), clientRefusal);
        assertFalse(h.dlq.isEmpty());
    }

    /** Amends one young order until refused; returns the refusal reason. */
    private String amendUntilRefused(TradingRuntime rt, long firstOffset, String symbol) {
        Map<String, Object> added = run(rt, firstOffset, Map.of("method", "add_order", "add_order", Map.of(
            "order_type", "limit", "side", "buy", "order_qty", "0.01", "limit_price", "100", "symbol", symbol)));
        assertEquals("ACCEPTED", added.get("status"), added.toString());
        String clOrdId = (String) added.get("cl_ord_id");
        for (int i = 1; i <= 100; i++) {
            Map<String, Object> ack = run(rt, firstOffset + i, Map.of("method", "amend_order", "amend_order",
                Map.of("cl_ord_id", clOrdId, "limit_price", (100 + i) + "")));
            if ("REJECTED".equals(ack.get("status"))) {
                return (String) ack.get("error");
            }
        }
        throw new AssertionError("never refused");
    }

    private Map<String, Object> staleAck(TradingRuntime rt) {
        rt.processor().process(new org.apache.kafka.connect.sink.SinkRecord("orders", 0, null, "k4", null,
            Map.of("method", "cancel_all"), 4, System.currentTimeMillis() - 120_000,
            org.apache.kafka.common.record.TimestampType.CREATE_TIME));
        return h.lastAck();
    }

    @Test
    void deadMansSwitchIsRefreshedDisarmedOnCleanStopAndFiresWhenAbandoned() throws InterruptedException {
        Map<String, String> props = h.props();
        props.put("dms.enabled", "true");
        props.put("dms.refresh.interval.ms", "1000");
        props.put("dms.timeout.seconds", "2");
        TradingRuntime clean = h.runtime(props);
        await(() -> h.simulator.exchange().deadManSwitchArmed(SimulatorHarness.KEY), "armed");
        clean.close(true);
        assertFalse(h.simulator.exchange().deadManSwitchArmed(SimulatorHarness.KEY));

        TradingRuntime dying = h.runtime(props);
        await(() -> h.simulator.exchange().deadManSwitchArmed(SimulatorHarness.KEY), "armed again");
        dying.processor().process(SimulatorHarness.record(1, Map.of("method", "add_order", "add_order", restingBuy("1000"))));
        assertEquals(1, open().size());
        dying.close(false);
        await(() -> open().isEmpty(), "Kraken (simulator) cancelled the open orders after the timeout");
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(50);
        }
    }
}
