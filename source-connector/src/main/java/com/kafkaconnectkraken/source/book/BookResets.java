package com.kafkaconnectkraken.source.book;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.source.config.RecordType;
import com.kafkaconnectkraken.source.mapping.RecordContract;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.metrics.TaskMetrics;
import java.time.Instant;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles a broken local book (checksum mismatch or unusable frame): counts it, asks for a
 * per-symbol resync (unsubscribe + subscribe; healthy symbols untouched) and builds the
 * {@code book_reset} record that tells consumers to drop their state for that symbol.
 */
public final class BookResets {

    private static final Logger log = LoggerFactory.getLogger(BookResets.class);

    private final RecordFactory records;
    private final RecordContract type;
    private final Resync resync;
    private final TaskMetrics metrics;

    /** Starts the resubscription of one symbol of one channel, asynchronously. */
    @FunctionalInterface
    public interface Resync {
        /** @param channel {@code book} or {@code level3} */
        void start(String channel, String symbol);
    }

    /**
     * @param records record factory
     * @param resync  starts a per-symbol resubscription (must not block)
     * @param metrics task metrics
     */
    public BookResets(RecordFactory records, Resync resync, TaskMetrics metrics) {
        this(records, RecordType.BOOK_RESET, resync, metrics);
    }

    /**
     * @param records record factory of the venue
     * @param type    the venue's book reset record type (schema {@code book_reset})
     * @param resync  starts a per-symbol resubscription (must not block)
     * @param metrics task metrics
     */
    public BookResets(RecordFactory records, RecordContract type, Resync resync, TaskMetrics metrics) {
        this.records = records;
        this.type = type;
        this.resync = resync;
        this.metrics = metrics;
    }

    /**
     * A checksum mismatch: counts it, starts the resync and returns the reset record.
     *
     * @param timestamp exchange time text of the frame, or null
     */
    SourceRecord mismatch(String channel, String symbol, long expected, long computed, String timestamp, Instant receivedAt) {
        log.warn("{} {}: checksum mismatch (exchange {}, local {}); resubscribing this symbol", channel, symbol, expected, computed);
        metrics.checksumFailure();
        return resync(channel, symbol, "checksum_mismatch", expected, computed, timestamp, receivedAt);
    }

    /**
     * A sequenced book message that does not follow the last one (Kraken Futures {@code seq}): counts it, starts
     * the resync of that product and returns the reset record.
     */
    public SourceRecord sequenceGap(String channel, String productId, long expected, long received, Instant receivedAt) {
        log.warn("{} {}: seq {} received, {} expected; resubscribing this product", channel, productId, received, expected);
        metrics.checksumFailure();
        metrics.resync();
        resync.start(channel, productId);
        ObjectNode item = KrakenJson.mapper().createObjectNode();
        item.put("symbol", productId).put("channel", channel).put("reason", "sequence_gap");
        item.put("expected_seq", expected).put("received_seq", received);
        return records.record(type, item, receivedAt);
    }

    /** A frame the book cannot apply: starts the resync and returns the reset record. */
    public SourceRecord malformed(String channel, String symbol, String problem, String timestamp, Instant receivedAt) {
        log.warn("{} {}: unusable frame ({}); resubscribing this symbol", channel, symbol, problem);
        metrics.malformed();
        return resync(channel, symbol, "malformed_frame", null, null, timestamp, receivedAt);
    }

    /** A reset without resync (e.g. after a reconnect, where the session resubscribes by itself). */
    public SourceRecord reset(String channel, String symbol, String reason, Instant at) {
        return record(channel, symbol, reason, null, null, null, at);
    }

    private SourceRecord resync(String channel, String symbol, String reason, Long expected, Long computed,
                                String timestamp, Instant receivedAt) {
        metrics.resync();
        resync.start(channel, symbol);
        return record(channel, symbol, reason, expected, computed, timestamp, receivedAt);
    }

    private SourceRecord record(String channel, String symbol, String reason, Long expected, Long computed,
                                String timestamp, Instant receivedAt) {
        ObjectNode item = KrakenJson.mapper().createObjectNode();
        item.put("symbol", symbol).put("channel", channel).put("reason", reason);
        item.put("expected_checksum", expected).put("computed_checksum", computed);
        item.put("timestamp", timestamp);
        try {
            return records.record(type, item, receivedAt);
        } catch (DataException | java.time.DateTimeException | ArithmeticException e) {
            // the book is already dropped: its reset must be published even when the bad frame's timestamp is unusable
            log.debug("{} {}: reset record without the frame's timestamp ({})", channel, symbol, e.getMessage());
            item.putNull("timestamp");
            return records.record(type, item, receivedAt);
        }
    }
}
