package com.kafkaconnectkraken.sink.reply;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Where acknowledgements go: written durably to the reply topic, remembered in the
 * {@link ReplyHistory}, and - for refused commands (REJECTED, INVALID, EXPIRED) - the command
 * record reported to the dead-letter queue when {@code errors.tolerance=all}. An acknowledgement
 * that could not be written is kept and written first when Connect redelivers its record.
 */
public final class AckSink {

    private final ReplyWriter writer;
    private final ReplyHistory history;
    private final ErrantRecordReporter reporter;
    private final Map<OrderAck.SourceRef, OrderAck> unwritten = new ConcurrentHashMap<>();

    /**
     * @param writer   the reply writer
     * @param history  acknowledgements known so far
     * @param reporter the DLQ reporter, or null when records must not go to a DLQ
     */
    public AckSink(ReplyWriter writer, ReplyHistory history, ErrantRecordReporter reporter) {
        this.writer = writer;
        this.history = history;
        this.reporter = reporter;
    }

    /**
     * Writes an acknowledgement and waits for the broker.
     *
     * @param record the command record (reported to the DLQ for refused commands)
     * @throws org.apache.kafka.connect.errors.RetriableException when the write failed; kept for
     *                                                            {@link #retryUnwritten}
     */
    public void emit(SinkRecord record, OrderAck ack) {
        unwritten.put(ack.source(), ack);
        writer.write(ack);
        unwritten.remove(ack.source());
        history.remember(ack);
        if (reporter != null && ack.finalAck() && isRefusal(ack.status())) {
            reporter.report(record, new ConnectException(ack.status() + ": " + ack.error()));
        }
    }

    /**
     * Reports a command redelivered after a restart whose refusal was acknowledged before it to the DLQ again: the
     * DLQ write of the earlier run may not have completed (the worker died between the acknowledgement and the
     * dead-letter record), so the DLQ is at least once, like Connect's own.
     *
     * @param record the redelivered command record
     * @param known  its acknowledgement found in the reply history
     */
    public void reportRedelivered(SinkRecord record, ReplyHistory.Known known) {
        if (reporter != null && known.finalAck() && isRefusal(known.status())) {
            reporter.report(record, new ConnectException(known.status()
                + " (acknowledged before a restart; the reason is in that acknowledgement)"));
        }
    }

    /**
     * @return true when an acknowledgement for this record was pending and has now been written
     */
    public boolean retryUnwritten(SinkRecord record, OrderAck.SourceRef ref) {
        OrderAck pending = unwritten.get(ref);
        if (pending == null) {
            return false;
        }
        emit(record, pending);
        return pending.finalAck();
    }

    private static boolean isRefusal(AckStatus status) {
        return status == AckStatus.REJECTED || status == AckStatus.INVALID || status == AckStatus.EXPIRED;
    }
}
