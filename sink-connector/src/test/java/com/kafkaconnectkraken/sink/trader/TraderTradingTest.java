package com.kafkaconnectkraken.sink.trader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import com.kafkaconnectkraken.client.ws.NoAnswerException;
import com.kafkaconnectkraken.client.ws.TraderRejectedException;
import com.kafkaconnectkraken.sink.command.CommandParser;
import com.kafkaconnectkraken.sink.command.TraderCommand;
import com.kafkaconnectkraken.sink.command.TraderCommandParser;
import com.kafkaconnectkraken.sink.reconcile.ExecutionsTracker;
import com.kafkaconnectkraken.sink.reply.AckStatus;
import com.kafkaconnectkraken.sink.reply.OrderAck;
import com.kafkaconnectkraken.sink.send.CommandFailure;
import com.kafkaconnectkraken.sink.send.TradingVenue;
import com.kafkaconnectkraken.sink.send.VenueAnswer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

class TraderTradingTest {

    static final Instant SENT = Instant.parse("2026-06-01T12:00:00Z");
    static final OrderAck BASE = new OrderAck(AckStatus.UNKNOWN, false, "createOrder", "k1",
        new OrderAck.SourceRef("orders", 0, 42), 7L, "cid-1", null, null, null, List.of(), null, null, null, null, SENT);

    static TraderCommand command(boolean derive, String json) {
        SinkRecord record = new SinkRecord("orders", 0, null, null, null, json, 42);
        return new TraderCommandParser(derive).parse(record, CommandParser.tree(record));
    }

    static final String CREATE = "{\"method\":\"createOrder\",\"params\":{\"accountId\":\"acc_123\",\"symbol\":\"EURUSD\","
        + "\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":10000,\"clientOrderId\":\"cid-1\"}}";

    private final ExecutionsTracker executions = new ExecutionsTracker();

    private OrderAck ack(ScriptedTrader socket, TraderCommand command) throws Exception {
        TradingVenue.Sent sent = new TraderTrading(socket, executions).send(command);
        VenueAnswer answer = sent.answer().get();
        return answer.toAck(BASE, SENT, SENT.plusSeconds(1));
    }

    @Test
    void theExecutionEventWithTheEchoedClientOrderIdIsAcceptedWithItsOrderId() throws Exception {
        ScriptedTrader socket = new ScriptedTrader().answer(TraderMessageType.EXECUTION_EVENT, "{\"accountId\":\"acc_123\","
            + "\"orderId\":\"ord_77\",\"clientOrderId\":\"cid-1\",\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"type\":\"MARKET\","
            + "\"quantity\":10000,\"filledQuantity\":0,\"status\":\"ACCEPTED\",\"ts\":\"2026-06-01T12:00:00.2Z\"}");
        OrderAck ack = ack(socket, command(true, CREATE));
        assertEquals(AckStatus.ACCEPTED, ack.status());
        assertTrue(ack.finalAck());
        assertEquals("ord_77", ack.orderId());
        assertEquals(250L, ack.roundTripMs());
        assertEquals("createOrder", socket.asked().get(0).action().wireName());
        assertEquals("cid-1", socket.asked().get(0).payload().path("clientOrderId").textValue());
    }

    @Test
    void correlationTakesOnlyTheCommandsOwnAnswer() {
        TraderCommand create = command(true, CREATE);
        var answers = TraderCorrelation.answers(create);
        assertFalse(answers.test(ScriptedTrader.message(TraderMessageType.EXECUTION_EVENT,
            "{\"orderId\":\"o\",\"clientOrderId\":\"someone-else\",\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"quantity\":10000}")));
        assertTrue(answers.test(ScriptedTrader.message(TraderMessageType.EXECUTION_EVENT,
            "{\"orderId\":\"o\",\"accountId\":\"acc_123\",\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"quantity\":10000.0}")));
        assertFalse(answers.test(ScriptedTrader.message(TraderMessageType.EXECUTION_EVENT,
            "{\"orderId\":\"o\",\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"quantity\":10001}")));
        assertFalse(answers.test(ScriptedTrader.message(TraderMessageType.PORTFOLIO_EVENT, "{\"accountId\":\"acc_123\"}")));
        var cancel = TraderCorrelation.answers(command(true,
            "{\"method\":\"cancelOrder\",\"params\":{\"accountId\":\"acc_123\",\"orderId\":\"ord_1\"}}"));
        assertFalse(cancel.test(ScriptedTrader.message(TraderMessageType.EXECUTION_EVENT,
            "{\"orderId\":\"ord_1\",\"status\":\"PARTIALLY_FILLED\"}")));
        assertTrue(cancel.test(ScriptedTrader.message(TraderMessageType.EXECUTION_EVENT,
            "{\"orderId\":\"ord_1\",\"status\":\"CANCELLED\"}")));
        var amend = TraderCorrelation.answers(command(true,
            "{\"method\":\"amendOrder\",\"params\":{\"accountId\":\"acc_123\",\"orderId\":\"ord_1\",\"price\":\"1.2\"}}"));
        assertFalse(amend.test(ScriptedTrader.message(TraderMessageType.EXECUTION_EVENT, "{\"orderId\":\"ord_1\",\"price\":1.1}")));
        assertTrue(amend.test(ScriptedTrader.message(TraderMessageType.EXECUTION_EVENT, "{\"orderId\":\"ord_1\",\"price\":1.20}")));
    }

    @Test
    void aRejectedErrorIsTheFinalRejectedAckWithTheServersCodeAndMessage() throws Exception {
        ScriptedTrader socket = new ScriptedTrader().fail(new TraderRejectedException("createOrder FOO", "INVALID_SYMBOL",
            "unknown symbol FOO"));
        OrderAck ack = ack(socket, command(true, CREATE));
        assertEquals(AckStatus.REJECTED, ack.status());
        assertTrue(ack.finalAck());
        assertEquals("INVALID_SYMBOL: unknown symbol FOO", ack.error());
        assertNull(ack.orderId());
    }

    @Test
    void retriableErrorsAndNoAnswerStayFailuresTheSharedClassifierReads() {
        TraderTrading trading = new TraderTrading(new ScriptedTrader()
            .fail(new TraderRejectedException("createOrder EURUSD", "SERVICE_UNAVAILABLE", "try later"))
            .fail(new NoAnswerException("createOrder EURUSD", Duration.ofSeconds(3))), executions);
        ExecutionException retry = assertThrows(ExecutionException.class,
            () -> trading.send(command(true, CREATE)).answer().get());
        assertEquals(CommandFailure.RETRY, CommandFailure.of(retry));
        ExecutionException unknown = assertThrows(ExecutionException.class,
            () -> trading.send(command(true, CREATE)).answer().get());
        assertInstanceOf(NoAnswerException.class, unknown.getCause());
        assertEquals(CommandFailure.UNKNOWN, CommandFailure.of(unknown));
    }

    @Test
    void executionEventsOnTheSocketAreRememberedByClientOrderId() {
        TraderTrading.listener(executions).onTraderMessage(ScriptedTrader.message(TraderMessageType.EXECUTION_EVENT,
            "{\"orderId\":\"ord_5\",\"clientOrderId\":\"cid-5\",\"status\":\"FILLED\"}"));
        assertEquals(Optional.of("ord_5"), executions.orderId("cid-5"));
    }
}
