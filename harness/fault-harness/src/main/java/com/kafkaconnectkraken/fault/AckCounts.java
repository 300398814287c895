package com.kafkaconnectkraken.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Final acknowledgements per command on the reply topic (JSON acks, contract {@code order_ack.avsc}): an ack counts
 * as final when {@code final_ack} is true; UNKNOWN ({@code final_ack=false}) is counted apart, so an UNKNOWN followed
 * by its reconciled final ack is one final ack.
 *
 * @param finalPerId    final acks per cl_ord_id
 * @param statusPerId   the (last) final ack's status per cl_ord_id
 * @param unknownAcks   UNKNOWN (non-final) acks seen
 * @param finalStatuses final acks per status (ACCEPTED, REJECTED, EXPIRED, INVALID)
 * @param resolvedBy    final acks per {@code resolved_by} ("-" when absent)
 */
record AckCounts(Map<String, Integer> finalPerId, Map<String, String> statusPerId, int unknownAcks, Map<String, Integer> finalStatuses,
                 Map<String, Integer> resolvedBy) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static AckCounts of(List<ConsumerRecord<String, String>> acks) {
        Map<String, Integer> perId = new HashMap<>();
        Map<String, String> statusPerId = new HashMap<>();
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> resolved = new TreeMap<>();
        int unknown = 0;
        for (ConsumerRecord<String, String> record : acks) {
            JsonNode ack = parse(record.value());
            if (!ack.path("final_ack").asBoolean(false)) {
                unknown++;
                continue;
            }
            perId.merge(ack.path("cl_ord_id").asText("-"), 1, Integer::sum);
            statusPerId.put(ack.path("cl_ord_id").asText("-"), ack.path("status").asText("-"));
            statuses.merge(ack.path("status").asText("-"), 1, Integer::sum);
            resolved.merge(ack.path("resolved_by").isTextual() ? ack.path("resolved_by").asText() : "-", 1, Integer::sum);
        }
        return new AckCounts(perId, statusPerId, unknown, statuses, resolved);
    }

    /** @return commands of {@code ids} with more than one final ack */
    long duplicated(Collection<String> ids) {
        return ids.stream().filter(id -> finalPerId.getOrDefault(id, 0) > 1).count();
    }

    /** @return commands of {@code ids} with no final ack */
    long missing(Collection<String> ids) {
        return ids.stream().filter(id -> finalPerId.getOrDefault(id, 0) == 0).count();
    }

    /** @return the commands of {@code ids} whose final ack is ACCEPTED */
    List<String> accepted(Collection<String> ids) {
        return ids.stream().filter(id -> "ACCEPTED".equals(statusPerId.get(id))).toList();
    }

    /** @return the commands of {@code ids} whose final ack is not ACCEPTED (or that have none) */
    List<String> notAccepted(Collection<String> ids) {
        return ids.stream().filter(id -> !"ACCEPTED".equals(statusPerId.get(id))).toList();
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JSON ack: " + value, e);
        }
    }
}
