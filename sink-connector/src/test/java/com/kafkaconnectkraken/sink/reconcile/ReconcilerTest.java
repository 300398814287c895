package com.kafkaconnectkraken.sink.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.rest.KrakenApiException;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import com.kafkaconnectkraken.client.ws.KrakenWsResponse;
import com.kafkaconnectkraken.sink.command.CommandMethod;
import com.kafkaconnectkraken.sink.command.OrderCommand;
import com.kafkaconnectkraken.sink.reply.AckStatus;
import com.kafkaconnectkraken.sink.reply.OrderAck;
import com.kafkaconnectkraken.sink.send.TransientCommandException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Settling an UNKNOWN add_order (sent, no answer) without the simulator: every way the outcome can become known. */
class ReconcilerTest {

    private static final Instant SENT = Instant.parse("2023-09-22T10:33:05Z");
    /** Past the engine's default 5 s deadline: only the grace period is waited for. */
    private static final Clock CLOCK = Clock.fixed(SENT.plusSeconds(10), ZoneOffset.UTC);
    private static final long WIRE_REQ_ID = 41L;
    private static final OrderAck UNKNOWN = new OrderAck(AckStatus.UNKNOWN, false, "add_order", "k",
        new OrderAck.SourceRef("orders", 0, 7), null, "a1", null, null, "no answer; reconciling", List.of(), null, null,
        null, null, SENT);
    private static final OrderCommand ADD = new OrderCommand(CommandMethod.ADD_ORDER, null,
        KrakenJson.mapper().createObjectNode().put("symbol", "BTC/USD").put("cl_ord_id", "a1"), List.of("a1"));

    private final ExecutionsTracker executions = new ExecutionsTracker();
    private final KnownOrders history = new KnownOrders();
    private final Reconciler reconciler = new Reconciler(executions, history, CLOCK);

    @Test
    void anExecutionReportSettlesItAsAccepted() {
        ObjectNode frame = KrakenJson.mapper().createObjectNode().put("channel", "executions").put("type", "update");
        frame.putArray("data").addObject().put("order_id", "OK4GJX-KSTLS-7DZZO5").put("cl_ord_id", "a1");
        executions.onMessage(KrakenWsMessage.from(frame, SENT, 0));
        OrderAck ack = reconciler.resolve(ADD, UNKNOWN, WIRE_REQ_ID, SENT);
        assertEquals(AckStatus.ACCEPTED, ack.status());
        assertTrue(ack.finalAck());
        assertEquals("OK4GJX-KSTLS-7DZZO5", ack.orderId());
        assertEquals("executions", ack.resolvedBy());
        assertEquals(List.of(), history.lookups());
    }

    @Test
    void aLateAnswerSettlesItWithKrakensOutcome() throws Exception {
        OrderAck ack = withLateAnswer("{\"method\":\"add_order\",\"req_id\":41,\"success\":true,"
            + "\"result\":{\"order_id\":\"OPS23M-VS41G-DDE5Z2\",\"cl_ord_id\":\"a1\"}}");
        assertEquals(AckStatus.ACCEPTED, ack.status());
        assertEquals("OPS23M-VS41G-DDE5Z2", ack.orderId());
        assertEquals("late_response", ack.resolvedBy());
    }

    @Test
    void aLateInternalErrorProvesNothingSoTheHistoryDecides() throws Exception {
        history.order("a1", "O-PLACED", "open");
        OrderAck ack = withLateAnswer("{\"method\":\"add_order\",\"req_id\":41,\"success\":false,"
            + "\"error\":\"EGeneral:Internal error\"}");
        assertEquals(AckStatus.ACCEPTED, ack.status());
        assertEquals("O-PLACED", ack.orderId());
        assertEquals("order_history", ack.resolvedBy());
    }

    @Test
    void silenceThenAnOrderInTheHistoryIsAccepted() {
        history.order("a1", "O-PLACED", "closed");
        OrderAck ack = reconciler.resolve(ADD, UNKNOWN, WIRE_REQ_ID, SENT);
        assertEquals(AckStatus.ACCEPTED, ack.status());
        assertEquals("order_history", ack.resolvedBy());
        assertEquals(List.of("a1"), history.lookups());
    }

    @Test
    void silenceAndNoOrderInTheHistoryAfterTheDeadlineIsRejected() {
        OrderAck ack = reconciler.resolve(ADD, UNKNOWN, WIRE_REQ_ID, SENT);
        assertEquals(AckStatus.REJECTED, ack.status());
        assertTrue(ack.finalAck());
        assertEquals("not placed: no order with cl_ord_id a1 in Kraken's order history after its deadline", ack.error());
    }

    @Test
    void anUnreadableHistoryLeavesItUnknownForALaterAttempt() {
        history.failing(new KrakenApiException("OpenOrders", List.of("EService:Unavailable")));
        assertThrows(TransientCommandException.class, () -> reconciler.resolve(ADD, UNKNOWN, WIRE_REQ_ID, SENT));
    }

    /** Resolves on another thread and delivers the late frame once the reconciler waits for it. */
    private OrderAck withLateAnswer(String json) throws Exception {
        CompletableFuture<OrderAck> settled = CompletableFuture.supplyAsync(
            () -> reconciler.resolve(ADD, UNKNOWN, WIRE_REQ_ID, SENT));
        KrakenWsResponse late = KrakenWsResponse.from(KrakenJson.mapper().readTree(json), SENT.plusSeconds(9));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!settled.isDone() && System.nanoTime() < deadline) {
            executions.onUnmatchedResponse(late);
            Thread.sleep(1);
        }
        return settled.get(10, TimeUnit.SECONDS);
    }
}
