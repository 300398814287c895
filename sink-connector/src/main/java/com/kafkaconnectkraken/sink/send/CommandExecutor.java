package com.kafkaconnectkraken.sink.send;

import com.kafkaconnectkraken.client.ws.KrakenWsConnectionException;
import com.kafkaconnectkraken.client.ws.KrakenWsTimeoutException;
import com.kafkaconnectkraken.sink.command.TradingCommand;
import com.kafkaconnectkraken.sink.reconcile.OutcomeReconciler;
import com.kafkaconnectkraken.sink.reply.AckSink;
import com.kafkaconnectkraken.sink.reply.AckStatus;
import com.kafkaconnectkraken.sink.reply.OrderAck;
import com.kafkaconnectkraken.sink.reply.OrderAck.SourceRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Sends one admitted command through its venue ({@link TradingVenue}) and acknowledges the outcome. The
 * venue's answer gives the final acknowledgement; a transient refusal (nothing executed) is thrown for
 * Connect to retry; no answer in time means UNKNOWN: a non-final UNKNOWN acknowledgement is written at
 * once, then the venue's {@link OutcomeReconciler} settles it into the final one. A command is never sent
 * twice by this class: while its outcome is being settled it is kept here and a redelivery resumes the
 * settling.
 *
 * @param <C> the venue's command type
 */
public final class CommandExecutor<C extends TradingCommand> {

    /** sentAt is null for a command an earlier run sent. */
    private record Unsettled<C>(C command, OrderAck unknown, Long wireReqId, Instant sentAt) {
    }

    private final TradingVenue<C> venue;
    private final OutcomeReconciler<C> reconciler;
    private final AckSink acks;
    private final BiConsumer<C, OrderAck> onAccepted;
    private final Duration requestTimeout;
    private final Clock clock;
    private final Map<SourceRef, Unsettled<C>> unsettled = new ConcurrentHashMap<>();

    /**
     * @param venue          the trading connection
     * @param reconciler     settles UNKNOWN outcomes
     * @param acks           acknowledgement output
     * @param onAccepted     told of every command finally acknowledged ACCEPTED (Kraken Spot: the orders the
     *                       rate counter ages)
     * @param requestTimeout how long the venue's answer is awaited (the connection's own timeout; this class
     *                       waits 5 s longer before giving up itself)
     * @param clock          time source
     */
    public CommandExecutor(TradingVenue<C> venue, OutcomeReconciler<C> reconciler, AckSink acks,
                           BiConsumer<C, OrderAck> onAccepted, Duration requestTimeout, Clock clock) {
        this.venue = venue;
        this.reconciler = reconciler;
        this.acks = acks;
        this.onAccepted = onAccepted;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    /** Sends the command and writes its acknowledgement(s). */
    public void execute(SinkRecord record, C command, OrderAck base) {
        TradingVenue.Sent sent = venue.send(command);
        VenueAnswer answer;
        try {
            answer = sent.answer().get(requestTimeout.plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
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
            ack = answer.toAck(base, sent.sentAt(), clock.instant());
        } catch (UncertainOutcomeException e) {
            failed(record, command, base, sent.sentAt(), e);
            return;
        }
        remember(command, ack);
        acks.emit(record, ack);
    }

    /** @return true when the record's outcome was being settled and now is */
    public boolean resumeReconcile(SinkRecord record, SourceRef ref) {
        Unsettled<C> u = unsettled.get(ref);
        if (u == null) {
            return false;
        }
        settle(record, ref, u);
        return true;
    }

    /** Settles a command a previous run acknowledged UNKNOWN (read back from the reply topic). */
    public void reconcileEarlierUnknown(SinkRecord record, C command, OrderAck base) {
        OrderAck unknown = base.withOutcome(null, null, "outcome of an earlier attempt unknown");
        Unsettled<C> u = new Unsettled<>(command, unknown, null, null);
        unsettled.put(base.source(), u);
        settle(record, base.source(), u);
    }

    private void failed(SinkRecord record, C command, OrderAck base, Instant sentAt, Exception e) {
        CommandFailure failure = e instanceof InterruptedException || e instanceof TimeoutException
            ? CommandFailure.UNKNOWN : CommandFailure.of(e);
        switch (failure) {
            case RETRY -> throw new TransientCommandException("not sent: " + base.method(), e.getCause());
            case FATAL -> throw new ConnectException("trading failed for " + base.method(), e.getCause());
            default -> {
                Long wireReqId = e.getCause() instanceof KrakenWsTimeoutException t ? t.reqId() : null;
                String why = e instanceof UncertainOutcomeException ? e.getMessage()
                    : e.getCause() instanceof KrakenWsConnectionException ? "connection lost after sending"
                    : "no answer from " + venue.name() + " within " + requestTimeout.toMillis() + " ms";
                OrderAck unknown = base.withOutcome(null, null, why + "; reconciling");
                Unsettled<C> u = new Unsettled<>(command, unknown, wireReqId, sentAt);
                unsettled.put(base.source(), u);
                acks.emit(record, unknown);
                settle(record, base.source(), u);
            }
        }
    }

    private void settle(SinkRecord record, SourceRef ref, Unsettled<C> u) {
        OrderAck ack = reconciler.resolve(u.command(), u.unknown(), u.wireReqId(), u.sentAt());
        remember(u.command(), ack);
        acks.emit(record, ack);
        unsettled.remove(ref);
    }

    private void remember(C command, OrderAck ack) {
        if (ack.status() == AckStatus.ACCEPTED) {
            onAccepted.accept(command, ack);
        }
    }
}
