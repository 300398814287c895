package com.kafkaconnectkraken.sink.trader;

import static com.kafkaconnectkraken.sink.trader.TraderTradingTest.BASE;
import static com.kafkaconnectkraken.sink.trader.TraderTradingTest.CREATE;
import static com.kafkaconnectkraken.sink.trader.TraderTradingTest.command;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.client.trader.protocol.TraderAction;
import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import com.kafkaconnectkraken.client.ws.NoAnswerException;
import com.kafkaconnectkraken.sink.reconcile.ExecutionsTracker;
import com.kafkaconnectkraken.sink.reply.AckStatus;
import com.kafkaconnectkraken.sink.reply.OrderAck;
import com.kafkaconnectkraken.sink.send.TransientCommandException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TraderReconcilerTest {

    private static final Instant SENT = Instant.parse("2026-06-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(SENT.plusSeconds(5), ZoneOffset.UTC);
    private static final String GIVEN_CREATE = "{\"method\":\"createOrder\",\"params\":{\"accountId\":\"acc_123\","
        + "\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":10000}}";

    private final ExecutionsTracker executions = new ExecutionsTracker();
    private final OrderAck unknown = BASE.withOutcome(null, null, "no answer; reconciling");

    private OrderAck resolve(ScriptedTrader history, String json, Instant sentAt, boolean derive) {
        return new TraderReconciler(executions, new TraderHistory(history), CLOCK)
            .resolve(command(derive, json), unknown, null, sentAt);
    }

    private static ScriptedTrader orders(String ordersJson) {
        return new ScriptedTrader().answer(TraderMessageType.ORDER_HISTORY, "{\"accountId\":\"acc_123\",\"orders\":"
            + ordersJson + "}");
    }

    @Test
    void aLateExecutionEventSettlesACreateOrderWithoutAsking() {
        executions.seen("cid-1", "ord_9");
        ScriptedTrader nothing = new ScriptedTrader();
        OrderAck ack = resolve(nothing, CREATE, SENT, true);
        assertEquals(AckStatus.ACCEPTED, ack.status());
        assertTrue(ack.finalAck());
        assertEquals("ord_9", ack.orderId());
        assertEquals("executions", ack.resolvedBy());
        assertEquals(0, nothing.asked().size());
    }

    @Test
    void theOrderHistoryByClientOrderIdSettlesItEitherWay() {
        ScriptedTrader found = orders("[{\"orderId\":\"ord_1\",\"clientOrderId\":\"other\",\"symbol\":\"EURUSD\"},"
            + "{\"orderId\":\"ord_2\",\"clientOrderId\":\"cid-1\",\"status\":\"FILLED\",\"createdAt\":\"2026-05-01T00:00:00Z\"}]");
        OrderAck ack = resolve(found, CREATE, SENT, true);
        assertEquals(AckStatus.ACCEPTED, ack.status());
        assertEquals("ord_2", ack.orderId());
        assertEquals("order_history", ack.resolvedBy());
        assertEquals(TraderAction.ORDER_HISTORY, found.asked().get(0).action());
        assertEquals("{\"accountId\":\"acc_123\",\"symbol\":\"EURUSD\"}", found.asked().get(0).payload().toString());

        OrderAck missing = resolve(orders("[]"), CREATE, SENT, true);
        assertEquals(AckStatus.REJECTED, missing.status());
        assertTrue(missing.finalAck());
        assertTrue(missing.error().startsWith("not placed"), missing.error());
    }

    @Test
    void withoutClientOrderIdTheFieldsMustMatchWithinTheSendWindow() {
        ScriptedTrader history = orders("[{\"orderId\":\"old\",\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"quantity\":10000,"
            + "\"createdAt\":\"2026-06-01T11:59:57.999Z\"},{\"orderId\":\"ord_3\",\"symbol\":\"EURUSD\",\"side\":\"BUY\","
            + "\"quantity\":10000,\"status\":\"ACCEPTED\",\"createdAt\":\"2026-06-01T12:00:00.100Z\"}]");
        OrderAck ack = resolve(history, GIVEN_CREATE, SENT, false);
        assertEquals(AckStatus.ACCEPTED, ack.status());
        assertEquals("ord_3", ack.orderId());
        assertEquals("2026-06-01T11:59:58Z", history.asked().get(0).payload().path("from").textValue());

        OrderAck untraceable = resolve(new ScriptedTrader(), GIVEN_CREATE, null, false);
        assertEquals(AckStatus.UNKNOWN, untraceable.status());
        assertTrue(untraceable.finalAck());
    }

    @Test
    void aCancelIsSettledFromTheOrdersStatusAndAnUntraceableAmendStaysUnknown() {
        String cancel = "{\"method\":\"cancelOrder\",\"params\":{\"accountId\":\"acc_123\",\"orderId\":\"ord_1\"}}";
        assertEquals(AckStatus.ACCEPTED, resolve(orders("[{\"orderId\":\"ord_1\",\"status\":\"CANCELLED\"}]"), cancel, SENT,
            true).status());
        OrderAck filled = resolve(orders("[{\"orderId\":\"ord_1\",\"status\":\"FILLED\"}]"), cancel, SENT, true);
        assertEquals(AckStatus.REJECTED, filled.status());
        assertEquals("not cancelled: ord_1 is FILLED", filled.error());
        OrderAck amend = resolve(orders("[{\"orderId\":\"ord_1\",\"price\":1.1}]"),
            "{\"method\":\"amendOrder\",\"params\":{\"accountId\":\"acc_123\",\"orderId\":\"ord_1\",\"price\":\"1.2\"}}",
            SENT, true);
        assertEquals(AckStatus.UNKNOWN, amend.status());
        assertTrue(amend.finalAck());
    }

    @Test
    void anUnreadableHistoryLeavesTheOutcomeOpenForTheRetry() {
        ScriptedTrader silent = new ScriptedTrader().fail(new NoAnswerException("orderHistory acc_123", Duration.ofSeconds(3)));
        assertThrows(TransientCommandException.class, () -> resolve(silent,
            "{\"method\":\"cancelOrder\",\"params\":{\"accountId\":\"acc_123\",\"orderId\":\"ord_1\"}}", SENT, true));
    }
}
