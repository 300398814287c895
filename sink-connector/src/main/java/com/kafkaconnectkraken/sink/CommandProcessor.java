package com.kafkaconnectkraken.sink;

import com.kafkaconnectkraken.sink.command.TradingCommand;
import com.kafkaconnectkraken.sink.guard.CommandLimiter;
import com.kafkaconnectkraken.sink.redelivery.RedeliveryCheck;
import com.kafkaconnectkraken.sink.reply.AckSink;
import com.kafkaconnectkraken.sink.reply.AckStatus;
import com.kafkaconnectkraken.sink.reply.OrderAck;
import com.kafkaconnectkraken.sink.reply.OrderAck.SourceRef;
import com.kafkaconnectkraken.sink.reply.ReplyHistory;
import com.kafkaconnectkraken.sink.send.CommandExecutor;
import com.kafkaconnectkraken.sink.send.TransientCommandException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one command record to exactly one final acknowledgement, for any venue (the venue's parts are
 * its {@link CommandGate} parser and rule, its rate counter, and its {@link CommandExecutor} connection
 * and reconciler). Per record: an acknowledgement
 * left unwritten by a failed attempt is written first; a command already finally acknowledged
 * (reply topic) is skipped; the {@link CommandGate} may refuse it; the first new command of a
 * partition after (re)assignment - every one when no reply history is read - is looked up by
 * client order id before sending ({@link RedeliveryCheck}), and a command with an earlier UNKNOWN is
 * reconciled instead of sent; the client-side rate counter may refuse
 * it; then {@link CommandExecutor} sends it. Records of one partition must be given in order from
 * one thread; different partitions may run concurrently.
 *
 * @param <C> the venue's command type
 */
public final class CommandProcessor<C extends TradingCommand> {

    private static final Logger log = LoggerFactory.getLogger(CommandProcessor.class);

    private final CommandGate<C> gate;
    private final RedeliveryCheck redelivery;
    private final CommandLimiter<C> limiter;
    private final CommandExecutor<C> executor;
    private final AckSink acks;
    private final ReplyHistory history;
    private final Clock clock;
    private final boolean checkEveryPlacement;
    private final Set<TopicPartition> unchecked = ConcurrentHashMap.newKeySet();

    /**
     * @param gate       pre-send checks
     * @param redelivery order-history check for possibly redelivered commands
     * @param limiter    the venue's client-side rate counter, or null when off
     * @param executor   sends and settles commands through the venue
     * @param acks       acknowledgement output
     * @param history    acknowledgements already written
     * @param clock      time source
     * @param checkEveryPlacement true when the reply history is not read at assignment
     *                   ({@code reply.history.lookup.enabled=false}): then every placing command
     *                   is looked up by client order id before sending, not only the first of a partition
     */
    public CommandProcessor(CommandGate<C> gate, RedeliveryCheck redelivery, CommandLimiter<C> limiter,
                            CommandExecutor<C> executor, AckSink acks, ReplyHistory history, Clock clock,
                            boolean checkEveryPlacement) {
        this.gate = gate;
        this.redelivery = redelivery;
        this.limiter = limiter;
        this.executor = executor;
        this.acks = acks;
        this.history = history;
        this.clock = clock;
        this.checkEveryPlacement = checkEveryPlacement;
    }

    /** Marks partitions whose first new command must be checked against the order history. */
    public void assigned(Iterable<TopicPartition> partitions) {
        partitions.forEach(unchecked::add);
    }

    /**
     * @param record one command record
     * @throws TransientCommandException    when it must be retried later (nothing was executed,
     *                                      or its outcome is still being settled)
     * @throws org.apache.kafka.connect.errors.ConnectException when trading is impossible
     */
    public void process(SinkRecord record) {
        SourceRef ref = SourceRef.of(record);
        if (acks.retryUnwritten(record, ref) || executor.resumeReconcile(record, ref)) {
            return;
        }
        Optional<ReplyHistory.Known> known = history.get(ref);
        if (known.isPresent() && known.get().finalAck()) {
            log.debug("Skipping {}: already acknowledged {}", ref, known.get().status());
            acks.reportRedelivered(record, known.get());
            return;
        }
        CommandGate.Verdict<C> verdict = gate.check(record);
        OrderAck base = base(record, ref, verdict);
        if (verdict.refusal() != null) {
            refuse(record, verdict, base);
            return;
        }
        if (known.isPresent()) {
            executor.reconcileEarlierUnknown(record, verdict.command(), base);
            unchecked.remove(ref.topicPartition());
            return;
        }
        if (verdict.command().method().placesOrders() && mustCheck(ref)) {
            Optional<OrderAck> already = redelivery.alreadyPlaced(verdict.command(), base);
            if (already.isPresent()) {
                acks.emit(record, already.get());
                unchecked.remove(ref.topicPartition());
                return;
            }
        }
        // the partition's check is used up only once it has run: a failed lookup is retried with the record
        unchecked.remove(ref.topicPartition());
        send(record, verdict.command(), base);
    }

    /** Acknowledges a refused command; an INVALID one also gets one WARN line (coordinates and reason only). */
    private void refuse(SinkRecord record, CommandGate.Verdict<C> verdict, OrderAck base) {
        SourceRef ref = base.source();
        if (verdict.refusal() == AckStatus.INVALID) {
            // the reasons name fields and places, never the command's text (it may carry secrets)
            log.warn("INVALID command at {}: {}", ref.coordinates(), verdict.reason());
        }
        acks.emit(record, OrderAck.refused(verdict.refusal(), verdict.method(), base.commandKey(), ref,
            verdict.reqId(), verdict.clOrdId(), verdict.reason(), clock.instant()));
        unchecked.remove(ref.topicPartition());
    }

    /**
     * @return whether a placing command may have been sent by an earlier run: the first new one of
     *     a partition after assignment, or - without reply history - every one (which commands were
     *     acknowledged before a crash is then unknown)
     */
    private boolean mustCheck(SourceRef ref) {
        return checkEveryPlacement || unchecked.contains(ref.topicPartition());
    }

    private void send(SinkRecord record, C command, OrderAck base) {
        Optional<String> limited = limiter == null ? Optional.empty() : limiter.tryAcquire(command);
        if (limited.isPresent()) {
            acks.emit(record, OrderAck.refused(AckStatus.REJECTED, base.method(), base.commandKey(), base.source(),
                base.reqId(), base.clOrdId(), limited.get(), clock.instant()));
            return;
        }
        executor.execute(record, command, base);
    }

    private OrderAck base(SinkRecord record, SourceRef ref, CommandGate.Verdict<C> verdict) {
        return new OrderAck(AckStatus.UNKNOWN, false, verdict.method(), keyText(record.key()), ref, verdict.reqId(),
            verdict.clOrdId(), null, null, null, List.of(), null, null, null, null, clock.instant());
    }

    static String keyText(Object key) {
        if (key == null) {
            return null;
        }
        return key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : key.toString();
    }
}
