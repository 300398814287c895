package com.kafkaconnectkraken.sink.redelivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.rest.KrakenApiException;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import com.kafkaconnectkraken.sink.command.CommandMethod;
import com.kafkaconnectkraken.sink.command.OrderCommand;
import com.kafkaconnectkraken.sink.reconcile.ExecutionsTracker;
import com.kafkaconnectkraken.sink.reconcile.KnownOrders;
import com.kafkaconnectkraken.sink.reply.AckStatus;
import com.kafkaconnectkraken.sink.reply.OrderAck;
import com.kafkaconnectkraken.sink.send.TransientCommandException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedeliveryCheckTest {

    private static final Instant NOW = Instant.parse("2023-09-22T10:33:06Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final OrderAck BASE = new OrderAck(AckStatus.UNKNOWN, false, "add_order", "k",
        new OrderAck.SourceRef("orders", 0, 7), null, "a1", null, null, null, List.of(), null, null, null, null, NOW);

    private final ExecutionsTracker executions = new ExecutionsTracker();
    private final KnownOrders history = new KnownOrders();
    private final RedeliveryCheck check = new RedeliveryCheck(executions, history, CLOCK);

    private static OrderCommand add(String... clOrdIds) {
        ObjectNode params = KrakenJson.mapper().createObjectNode().put("symbol", "BTC/USD");
        return new OrderCommand(clOrdIds.length == 1 ? CommandMethod.ADD_ORDER : CommandMethod.BATCH_ADD, null, params,
            List.of(clOrdIds));
    }

    private void executionReport(String clOrdId, String orderId) {
        ObjectNode frame = KrakenJson.mapper().createObjectNode().put("channel", "executions").put("type", "update");
        frame.putArray("data").addObject().put("order_id", orderId).put("cl_ord_id", clOrdId)
            .put("exec_type", "new").put("symbol", "BTC/USD");
        executions.onMessage(KrakenWsMessage.from(frame, NOW, 0));
    }

    @Test
    void anOrderSeenOnTheExecutionsStreamIsNotSentAgainNorLookedUp() {
        executionReport("a1", "OK4GJX-KSTLS-7DZZO5");
        OrderAck ack = check.alreadyPlaced(add("a1"), BASE).orElseThrow();
        assertEquals(AckStatus.ACCEPTED, ack.status());
        assertTrue(ack.finalAck());
        assertEquals("OK4GJX-KSTLS-7DZZO5", ack.orderId());
        assertEquals("order_history", ack.resolvedBy());
        assertEquals(List.of(), history.lookups());
    }

    @Test
    void anOrderInKrakensHistoryIsNotSentAgain() {
        history.order("a1", "O2-FILLED", "closed");
        OrderAck ack = check.alreadyPlaced(add("a1"), BASE).orElseThrow();
        assertEquals(AckStatus.ACCEPTED, ack.status());
        assertEquals("O2-FILLED", ack.orderId());
        assertEquals(List.of("a1"), history.lookups());
    }

    @Test
    void anOrderNobodyKnowsIsSent() {
        assertEquals(Optional.empty(), check.alreadyPlaced(add("a1"), BASE));
    }

    @Test
    void aPartlyPlacedBatchIsNeverResent() {
        history.order("b2", "O-B2", "open");
        OrderAck ack = check.alreadyPlaced(add("b1", "b2"), BASE).orElseThrow();
        assertEquals(AckStatus.ACCEPTED, ack.status());
        assertEquals("only 1 of 2 orders exist; the batch is not re-sent", ack.error());
    }

    @Test
    void anUnreadableHistoryRetriesLaterAndABadKeyStopsTheTask() {
        history.failing(new KrakenApiException("OpenOrders", List.of("EAPI:Rate limit exceeded")));
        assertThrows(TransientCommandException.class, () -> check.alreadyPlaced(add("a1"), BASE));
        KrakenApiException badKey = new KrakenApiException("OpenOrders", List.of("EAPI:Invalid key"));
        KnownOrders refusing = new KnownOrders().failing(badKey);
        RedeliveryCheck strict = new RedeliveryCheck(executions, refusing, CLOCK);
        assertSame(badKey, assertThrows(KrakenApiException.class, () -> strict.alreadyPlaced(add("a1"), BASE)));
    }
}
