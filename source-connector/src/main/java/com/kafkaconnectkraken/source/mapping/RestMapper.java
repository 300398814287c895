package com.kafkaconnectkraken.source.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.source.config.RecordType;
import com.kafkaconnectkraken.source.config.RestEndpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Maps the {@code result} of the account-data REST endpoints
 * (https://docs.kraken.com/api/docs/rest-api/get-ledgers and siblings) to records. Objects keyed
 * by a Kraken id get that id under the contract's key field ({@code ledger_id}, {@code order_id},
 * {@code txid}, {@code position_id}, {@code asset}). Ledgers are mapped by the ledger poller
 * (it needs the cursor), the other endpoints here as snapshots without source offset.
 */
public final class RestMapper {

    private final RecordFactory records;

    /** @param records record factory */
    public RestMapper(RecordFactory records) {
        this.records = records;
    }

    /**
     * Maps one snapshot response.
     *
     * @param endpoint   the endpoint polled (not {@link RestEndpoint#LEDGERS})
     * @param result     the {@code result} node
     * @param params     the request parameters (TradeBalance's {@code asset})
     * @param receivedAt when the response arrived
     * @throws DataException if the response does not fit the contract
     */
    public List<SourceRecord> snapshot(RestEndpoint endpoint, JsonNode result, Map<String, String> params, Instant receivedAt) {
        switch (endpoint) {
            case BALANCE:
                return balances(result, receivedAt);
            case BALANCE_EX:
                return map(RecordType.BALANCE_EX, result, "asset", "endpoint", endpoint.method(), receivedAt);
            case TRADE_BALANCE:
                ObjectNode tb = object(result, "result").deepCopy();
                tb.put("asset", params.getOrDefault("asset", "ZUSD"));
                return List.of(records.record(RecordType.TRADE_BALANCE, tb, receivedAt));
            case OPEN_ORDERS:
                return map(RecordType.ORDER, result.path("open"), "order_id", "endpoint", endpoint.method(), receivedAt);
            case CLOSED_ORDERS:
                return map(RecordType.ORDER, result.path("closed"), "order_id", "endpoint", endpoint.method(), receivedAt);
            case TRADES_HISTORY:
                return map(RecordType.TRADE_HISTORY, result.path("trades"), "txid", null, null, receivedAt);
            case OPEN_POSITIONS:
                return map(RecordType.OPEN_POSITION, result, "position_id", null, null, receivedAt);
            case TRADE_VOLUME:
                return List.of(records.record(RecordType.TRADE_VOLUME, object(result, "result").deepCopy(), receivedAt));
            default:
                throw new IllegalArgumentException(endpoint + " is not a snapshot endpoint");
        }
    }

    /**
     * The entries of an id-keyed object (e.g. {@code result.ledger}) with the id added under {@code keyField}.
     *
     * @throws DataException if the node or an entry is not an object
     */
    public static List<ObjectNode> keyed(JsonNode byId, String keyField, String path) {
        List<ObjectNode> items = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : object(byId, path).properties()) {
            ObjectNode item = object(entry.getValue(), path + "." + entry.getKey()).deepCopy();
            item.put(keyField, entry.getKey());
            items.add(item);
        }
        return items;
    }

    private List<SourceRecord> map(RecordType type, JsonNode byId, String keyField, String extraField, String extraValue,
                                   Instant receivedAt) {
        List<SourceRecord> result = new ArrayList<>();
        for (ObjectNode item : keyed(byId, keyField, type.schemaName())) {
            if (extraField != null) {
                item.put(extraField, extraValue);
            }
            result.add(records.record(type, item, receivedAt));
        }
        return result;
    }

    private List<SourceRecord> balances(JsonNode result, Instant receivedAt) {
        List<SourceRecord> records = new ArrayList<>();
        object(result, "result").properties().forEach(entry -> {
            ObjectNode item = KrakenJson.mapper().createObjectNode();
            item.put("asset", entry.getKey());
            item.put("endpoint", RestEndpoint.BALANCE.method());
            item.set("balance", entry.getValue());
            records.add(this.records.record(RecordType.BALANCE_EX, item, receivedAt));
        });
        return records;
    }

    private static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new DataException("REST response field '" + path + "' must be an object");
        }
        return node;
    }
}
