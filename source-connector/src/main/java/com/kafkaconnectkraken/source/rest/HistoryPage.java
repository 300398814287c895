package com.kafkaconnectkraken.source.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.source.mapping.JsonTime;
import com.kafkaconnectkraken.source.mapping.RestMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One parsed response of a history endpoint: its entries sorted oldest first by (time, id) whatever
 * order Kraken's keys came in, and {@code count}, the number of entries in the requested
 * {@code start}/{@code end} window (https://docs.kraken.com/api/docs/rest-api/get-trade-history).
 *
 * @param entries entries with the id added under the stream's id key, oldest first
 * @param times   the time of each entry (unix seconds, exact), same order
 * @param count   Kraken's {@code count}; -1 when absent
 */
record HistoryPage(List<ObjectNode> entries, List<BigDecimal> times, int count) {

    /**
     * @throws org.apache.kafka.connect.errors.DataException if an entry is not an object or has no numeric time
     */
    static HistoryPage parse(HistoryStream stream, JsonNode result) {
        List<ObjectNode> entries = RestMapper.keyed(result.get(stream.resultField()), stream.idKey(), stream.resultField());
        String path = stream.resultField() + "." + stream.timeField();
        entries.sort(order(stream));
        List<BigDecimal> times = new ArrayList<>(entries.size());
        entries.forEach(e -> times.add(JsonTime.seconds(e.get(stream.timeField()), path)));
        JsonNode count = result.get("count");
        return new HistoryPage(entries, times, count != null && count.canConvertToInt() ? count.intValue() : -1);
    }

    /**
     * Oldest first: by time, then by id (entries with the id added under the stream's id key).
     *
     * @throws org.apache.kafka.connect.errors.DataException when comparing an entry without numeric time
     */
    static Comparator<ObjectNode> order(HistoryStream stream) {
        String path = stream.resultField() + "." + stream.timeField();
        return Comparator.<ObjectNode, BigDecimal>comparing(e -> JsonTime.seconds(e.get(stream.timeField()), path))
                .thenComparing(e -> e.get(stream.idKey()).asText());
    }

    /** Id of entry {@code i}. */
    String id(HistoryStream stream, int i) {
        return entries.get(i).get(stream.idKey()).asText();
    }

    /** Whether this one response holds the whole window. */
    boolean complete() {
        return count >= 0 ? entries.size() >= count : entries.size() < HistoryPoller.PAGE_SIZE;
    }
}
