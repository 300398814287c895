package com.kafkaconnectkraken.sink.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.ws.KrakenWsConnectionException;
import com.kafkaconnectkraken.client.ws.KrakenWsResponse;
import com.kafkaconnectkraken.client.ws.KrakenWsTimeoutException;
import com.kafkaconnectkraken.sink.command.OrderCommand;
import com.kafkaconnectkraken.sink.guard.PlacedOrders;
import com.kafkaconnectkraken.sink.reconcile.Reconciler;
import com.kafkaconnectkraken.sink.reply.AckSink;
import com.kafkaconnectkraken.sink.reply.AckStatus;
import com.kafkaconnectkraken.sink.reply.OrderAck;
import com.kafkaconnectkraken.sink.reply.OrderAck.SourceRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Sends one admitted command and acknowledges the outcome. Kraken's answer gives the final
 * acknowledgement; a transient refusal (nothing executed) is thrown for Connect to retry; no
 * answer in time means UNKNOWN: a non-final UNKNOWN acknowledgement is written at once, then the
 * {@link Reconciler} settles it into the final one. A command is never sent twice by this class:
 * while its outcome is being settled it is kept here and a redelivery resumes the settling.
 */
public final class CommandExecutor {

    private record Unsettled(OrderCommand command, OrderAck unknown, Long wireReqId, Instant sentAt) {
    }

    private final KrakenTrading trading;
    private final Reconciler reconciler;
    private final AckSink acks;
    private final PlacedOrders orders;
    private final Duration requestTimeout;
    private final Clock clock;
    private final Map<SourceRef, Unsettled> unsettled = new ConcurrentHashMap<>();

    /**
     * @param trading        the Kraken connection
     * @param reconciler     settles UNKNOWN outcomes
     * @param acks           acknowledgement output
     * @param orders         orders placed (for rate-counter costs)
     * @param requestTimeout how long Kraken's answer is awaited
     * @param clock          time source
     */
    public CommandExecutor(KrakenTrading trading, Reconciler reconciler, AckSink acks, PlacedOrders orders,
                           Duration requestTimeout, Clock clock) {
        this.trading = trading;
        this.reconciler = reconciler;
        this.acks = acks;
        this.orders = orders;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    /** Sends the command and writes its acknowledgement(s). */
    public void execute(SinkRecord record, OrderCommand command, OrderAck base) {
        KrakenTrading.Sent sent = trading.send(command);
        List<KrakenWsResponse> responses;
        try {
            responses = sent.responses().get(requestTimeout.plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            failed(record, command, base, sent.sentAt(), e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(record, command, base, sent.sentAt(), e);
            return;
        }
        OrderAck ack;
        try {
            ack = ResponseOutcome.toAck(base, responses, sent.sentAt(), clock.instant());
        } catch (UncertainOutcomeException e) {
            failed(record, command, base, sent.sentAt(), e);
            return;
        }
        remember(command, ack);
        acks.emit(record, ack);
    }

    /** @return true when the record's outcome was being settled and now is */
    public boolean resumeReconcile(SinkRecord record, SourceRef ref) {
        Unsettled u = unsettled.get(ref);
        if (u == null) {
            return false;
        }
        settle(record, ref, u);
        return true;
    }

    /** Settles a command a previous run acknowledged UNKNOWN (read back from the reply topic). */
    public void reconcileEarlierUnknown(SinkRecord record, OrderCommand command, OrderAck base) {
        OrderAck unknown = base.withOutcome(null, null, "outcome of an earlier attempt unknown");
        Unsettled u = new Unsettled(command, unknown, null, clock.instant());
        unsettled.put(base.source(), u);
        settle(record, base.source(), u);
    }

    private void failed(SinkRecord record, OrderCommand command, OrderAck base, Instant sentAt, Exception e) {
        CommandFailure failure = e instanceof InterruptedException || e instanceof TimeoutException
            ? CommandFailure.UNKNOWN : CommandFailure.of(e);
        switch (failure) {
            case RETRY -> throw new TransientCommandException("not sent: " + base.method(), e.getCause());
            case FATAL -> throw new ConnectException("trading failed for " + base.method(), e.getCause());
            default -> {
                Long wireReqId = e.getCause() instanceof KrakenWsTimeoutException t ? t.reqId() : null;
                String why = e instanceof UncertainOutcomeException ? e.getMessage()
                    : e.getCause() instanceof KrakenWsConnectionException ? "connection lost after sending"
                    : "no answer from Kraken within " + requestTimeout.toMillis() + " ms";
                OrderAck unknown = base.withOutcome(null, null, why + "; reconciling");
                Unsettled u = new Unsettled(command, unknown, wireReqId, sentAt);
                unsettled.put(base.source(), u);
                acks.emit(record, unknown);
                settle(record, base.source(), u);
            }
        }
    }

    private void settle(SinkRecord record, SourceRef ref, Unsettled u) {
        OrderAck ack = reconciler.resolve(u.command(), u.unknown(), u.wireReqId(), u.sentAt());
        remember(u.command(), ack);
        acks.emit(record, ack);
        unsettled.remove(ref);
    }

    /** Remembers orders this task placed (pair and time), for the rate counter's age-based costs. */
    private void remember(OrderCommand command, OrderAck ack) {
        if (ack.status() != AckStatus.ACCEPTED) {
            return;
        }
        Instant now = clock.instant();
        switch (command.method()) {
            case ADD_ORDER, EDIT_ORDER -> orders.placed(ack.orderId(), command.clOrdId(), command.symbol(), now);
            case BATCH_ADD -> {
                List<String> ids = command.clOrdIds();
                for (int i = 0; i < ids.size(); i++) {
                    orders.placed(batchOrderId(ack, i), ids.get(i), command.symbol(), now);
                }
            }
            default -> {
            }
        }
    }

    private static String batchOrderId(OrderAck ack, int index) {
        if (ack.result() == null) {
            return null;
        }
        try {
            return KrakenJson.mapper().readTree(ack.result()).path(index).path("order_id").textValue();
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
