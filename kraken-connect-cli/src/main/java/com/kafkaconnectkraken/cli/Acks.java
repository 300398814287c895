package com.kafkaconnectkraken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an order acknowledgement ({@code schemas/order_ack.avsc}: written by both sinks, as Confluent-framed Avro or
 * JSON, decoded to JSON by {@link RecordDecoder}) and says it in one line. Statuses (enum {@code AckStatus}):
 * ACCEPTED (the venue answered success), REJECTED (the venue answered an error, or the sink refused the command:
 * guard, HMAC, rate limit), UNKNOWN (no answer in time: final_ack=false while reconciled), EXPIRED (too old, not
 * sent), INVALID (malformed, not sent). Only ACCEPTED counts as accepted.
 */
final class Acks {

    private Acks() {
    }

    /** @return whether the acknowledgement is the command's final one ({@code final_ack=true}) */
    static boolean isFinal(JsonNode ack) {
        JsonNode flag = ack.path("final_ack");
        return flag.asBoolean(false) || "true".equals(flag.asText());
    }

    /** @return whether the acknowledgement's status is ACCEPTED */
    static boolean accepted(JsonNode ack) {
        return "ACCEPTED".equals(ack.path("status").asText());
    }

    /**
     * @param ack  the acknowledgement
     * @param from the command record it acknowledges ({@code topic}, {@code partition}, {@code offset})
     * @return whether it acknowledges that record
     */
    static boolean answers(JsonNode ack, String topic, int partition, long offset) {
        return topic.equals(ack.path("topic").asText()) && ack.path("partition").asInt(-1) == partition
                && ack.path("offset").asLong(-1) == offset;
    }

    /**
     * @return e.g. {@code status REJECTED, method add_order, cl_ord_id ab12, error symbol BTC/USD is not allowed
     *         (guard.symbols)}: status and method always, the others only when present; the round trip only when the
     *         sink measured one (an answered request), never {@code null}
     */
    static String describe(JsonNode ack) {
        List<String> parts = new ArrayList<>();
        parts.add("status " + text(ack, "status"));
        parts.add("method " + text(ack, "method"));
        for (String field : List.of("req_id", "cl_ord_id", "order_id")) {
            if (present(ack, field)) {
                parts.add(field + " " + text(ack, field));
            }
        }
        if (present(ack, "round_trip_ms")) {
            parts.add("round trip " + text(ack, "round_trip_ms") + " ms");
        }
        if (present(ack, "resolved_by")) {
            parts.add("resolved by " + text(ack, "resolved_by"));
        }
        if (present(ack, "error")) {
            parts.add("error " + text(ack, "error"));
        }
        return String.join(", ", parts);
    }

    private static boolean present(JsonNode ack, String field) {
        return !ack.path(field).isMissingNode() && !ack.path(field).isNull();
    }

    private static String text(JsonNode ack, String field) {
        return present(ack, field) ? ack.get(field).asText() : "-";
    }
}
