package com.kafkaconnectkraken.sink.trader;

import com.kafkaconnectkraken.client.ws.TraderMessage;
import com.kafkaconnectkraken.sink.reply.AckStatus;
import com.kafkaconnectkraken.sink.reply.OrderAck;
import com.kafkaconnectkraken.sink.send.ResponseOutcome;
import com.kafkaconnectkraken.sink.send.VenueAnswer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The Trader API's answer to one command (docs/protocol/trader-api.md §4, §6): the message that answered it,
 * or the {@code error} that refused it (a code of class REJECTED: nothing executed).
 *
 * @param message the answering event, or null for a refusal
 * @param code    the refusal's {@code code}, or null
 * @param reason  the refusal's {@code message}, or null
 */
public record TraderAnswer(TraderMessage message, String code, String reason) implements VenueAnswer {

    /** @return the answer an answering event gives */
    public static TraderAnswer of(TraderMessage message) {
        return new TraderAnswer(message, null, null);
    }

    /** @return the answer an {@code error} gives */
    public static TraderAnswer rejected(String code, String reason) {
        return new TraderAnswer(null, code, reason);
    }

    /**
     * @return REJECTED with {@code "<code>: <message>"} (e.g. {@code INVALID_SYMBOL: unknown symbol FOO}) for a
     *     refusal, or for an {@code executionEvent} with status REJECTED; else ACCEPTED with the event's orderId and
     *     its payload as the result
     */
    @Override
    public OrderAck toAck(OrderAck base, Instant sentAt, Instant now) {
        if (message == null) {
            return new OrderAck(AckStatus.REJECTED, true, base.method(), base.commandKey(), base.source(), base.reqId(),
                base.clOrdId(), null, null, code + ": " + reason, List.of(), null, null, null, null, now);
        }
        String status = message.text("status");
        boolean refused = "REJECTED".equals(status);
        String error = refused ? "REJECTED" + (message.text("reason") == null ? "" : ": " + message.text("reason")) : null;
        return new OrderAck(refused ? AckStatus.REJECTED : AckStatus.ACCEPTED, true, base.method(), base.commandKey(),
            base.source(), base.reqId(), base.clOrdId(), message.text("orderId"), ResponseOutcome.text(message.payload()),
            error, List.of(), null, null, Duration.between(sentAt, message.receivedAt()).toMillis(), null, now);
    }
}
