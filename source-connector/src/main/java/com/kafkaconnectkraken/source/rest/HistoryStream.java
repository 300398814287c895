package com.kafkaconnectkraken.source.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.source.config.RecordType;
import com.kafkaconnectkraken.source.config.RestEndpoint;
import java.util.Map;

/**
 * The REST history endpoints read incrementally by {@link HistoryPoller}: where the entries sit in
 * the result, their id and time fields, the record type they become and the fixed request parameters.
 * All three page alike: 50 per call, newest first, {@code ofs}, {@code start} (exclusive) and
 * {@code end} (inclusive) as unix seconds or an id, plus {@code count}
 * (https://docs.kraken.com/api/docs/rest-api/get-ledgers, .../get-trade-history, .../get-closed-orders).
 */
public enum HistoryStream {
    /** {@code result.ledger}, by entry {@code time}. */
    LEDGERS(RestEndpoint.LEDGERS, "ledger", "time", RecordType.LEDGER, Map.of()),
    /** {@code result.trades}, by fill {@code time}. */
    TRADES_HISTORY(RestEndpoint.TRADES_HISTORY, "trades", "time", RecordType.TRADE_HISTORY, Map.of()),
    /** {@code result.closed}, by {@code closetm}; {@code closetime=close} makes start/end compare the close time. */
    CLOSED_ORDERS(RestEndpoint.CLOSED_ORDERS, "closed", "closetm", RecordType.ORDER, Map.of("closetime", "close"));

    private final RestEndpoint endpoint;
    private final String resultField;
    private final String timeField;
    private final RecordType recordType;
    private final Map<String, String> fixedParams;

    HistoryStream(RestEndpoint endpoint, String resultField, String timeField, RecordType recordType,
                  Map<String, String> fixedParams) {
        this.endpoint = endpoint;
        this.resultField = resultField;
        this.timeField = timeField;
        this.recordType = recordType;
        this.fixedParams = fixedParams;
    }

    /** The stream of {@code endpoint}, or null when it is a snapshot endpoint. */
    public static HistoryStream of(RestEndpoint endpoint) {
        for (HistoryStream stream : values()) {
            if (stream.endpoint == endpoint) {
                return stream;
            }
        }
        return null;
    }

    /** The REST endpoint. */
    public RestEndpoint endpoint() {
        return endpoint;
    }

    /** Field of {@code result} holding the entries keyed by id, e.g. {@code trades}. */
    String resultField() {
        return resultField;
    }

    /** Field of an entry holding its time in unix seconds, e.g. {@code closetm}. */
    String timeField() {
        return timeField;
    }

    /** The record type; its key field is also the id key of the stored cursor. */
    RecordType recordType() {
        return recordType;
    }

    /** The id key of entries and of the stored cursor, e.g. {@code txid}. */
    public String idKey() {
        return recordType.keyField();
    }

    /** Parameters sent with every call besides start, end and ofs. */
    Map<String, String> fixedParams() {
        return fixedParams;
    }

    /** Adds what the record contract wants beyond the entry itself (ClosedOrders: {@code endpoint}). */
    void enrich(ObjectNode entry) {
        if (recordType == RecordType.ORDER) {
            entry.put("endpoint", endpoint.method());
        }
    }
}
