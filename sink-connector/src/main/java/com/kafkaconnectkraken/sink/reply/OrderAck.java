package com.kafkaconnectkraken.sink.reply;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * One acknowledgement, field for field the {@code schemas/order_ack.avsc} record.
 *
 * @param status      outcome
 * @param finalAck    true for the one final acknowledgement of a command
 * @param method      Kraken method, or null when unreadable
 * @param commandKey  command record key as text, or null
 * @param source      coordinates of the command record
 * @param reqId       the command's req_id, or null
 * @param clOrdId     cl_ord_id sent (given or derived), or null
 * @param orderId     Kraken order_id from the result, or null
 * @param result      Kraken result as JSON text, or null
 * @param error       Kraken error text or the connector's reason, or null
 * @param warnings    Kraken warnings (never null)
 * @param timeIn      Kraken time_in text, or null
 * @param timeOut     Kraken time_out text, or null
 * @param roundTripMs measured request round trip in milliseconds, or null
 * @param resolvedBy  executions|order_history|reply_topic|late_response, or null
 * @param ackTime     when the acknowledgement was produced
 */
public record OrderAck(AckStatus status, boolean finalAck, String method, String commandKey, SourceRef source,
                       Long reqId, String clOrdId, String orderId, String result, String error,
                       List<String> warnings, String timeIn, String timeOut, Long roundTripMs,
                       String resolvedBy, Instant ackTime) {

    /**
     * Coordinates of a command record as the consumer read it (topic, partition, offset).
     *
     * @param topic     the command topic (never a name a transformation gave the record)
     * @param partition its partition
     * @param offset    its offset
     */
    public record SourceRef(String topic, int partition, long offset) {

        /**
         * @return the record's consumer coordinates ({@link SinkRecord#originalTopic()},
         *     {@link SinkRecord#originalKafkaPartition()}, {@link SinkRecord#originalKafkaOffset()}):
         *     what offsets are committed for and partitions assigned by, unchanged by an SMT such as
         *     {@code RegexRouter}
         */
        public static SourceRef of(SinkRecord record) {
            return new SourceRef(record.originalTopic(), record.originalKafkaPartition(), record.originalKafkaOffset());
        }

        /**
         * @return {@code <topic>-<partition>-<offset>}, e.g. {@code kraken.orders-0-42}: the acknowledgement's key
         *     when the command record has none
         */
        public String coordinates() {
            return topic + "-" + partition + "-" + offset;
        }

        /** @return the consumer partition of these coordinates */
        public TopicPartition topicPartition() {
            return new TopicPartition(topic, partition);
        }
    }

    public OrderAck {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** @return a final acknowledgement of a command refused before sending (INVALID, REJECTED, EXPIRED). */
    public static OrderAck refused(AckStatus status, String method, String commandKey, SourceRef source,
                                   Long reqId, String clOrdId, String reason, Instant now) {
        return new OrderAck(status, true, method, commandKey, source, reqId, clOrdId, null, null, reason, List.of(),
            null, null, null, null, now);
    }

    /** @return a copy with another status, finality, resolution and time. */
    public OrderAck resolved(AckStatus newStatus, boolean isFinal, String by, Instant now) {
        return new OrderAck(newStatus, isFinal, method, commandKey, source, reqId, clOrdId, orderId, result, error,
            warnings, timeIn, timeOut, roundTripMs, by, now);
    }

    /** @return a copy with the order id, result and error replaced. */
    public OrderAck withOutcome(String newOrderId, String newResult, String newError) {
        return new OrderAck(status, finalAck, method, commandKey, source, reqId, clOrdId, newOrderId, newResult,
            newError, warnings, timeIn, timeOut, roundTripMs, resolvedBy, ackTime);
    }
}
