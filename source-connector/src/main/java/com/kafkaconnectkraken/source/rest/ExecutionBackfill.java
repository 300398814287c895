package com.kafkaconnectkraken.source.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.source.config.RecordType;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Recovers fills missed during an executions gap from REST {@code TradesHistory}
 * (https://docs.kraken.com/api/docs/rest-api/get-trade-history) and de-duplicates them against
 * the fills already seen on the WebSocket by execution id (= trade txid); then the status changes of the
 * orders last seen open ({@link OrderStatusBackfill}, {@code QueryOrders}), after the fills.
 *
 * <p>A recovered fill becomes an {@code execution} record with {@code exec_type=trade},
 * {@code type=update}, {@code source=rest_backfill}, {@code exec_id}=trade txid, {@code order_id}=ordertxid,
 * {@code side}=type, {@code order_type}=ordertype, {@code last_qty}=vol, {@code last_price}=price,
 * {@code cost}, {@code trade_id}, {@code liquidity_ind} from {@code maker}, {@code timestamp}=time;
 * the REST-only fields (pair, fee, misc, postxid..., and the margin amount as {@code trade_margin})
 * stay in {@code extra_fields}.
 * Thread-safe.
 */
public final class ExecutionBackfill {

    private static final int REMEMBERED_EXEC_IDS = 10_000;

    private final KrakenRestClient rest;
    private final RecordFactory records;
    private final OrderStatusBackfill orders;
    private final Set<String> seen = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_EXEC_IDS;
        }
    });

    /**
     * @param rest    signed REST client
     * @param records record factory
     */
    public ExecutionBackfill(KrakenRestClient rest, RecordFactory records) {
        this.rest = rest;
        this.records = records;
        this.orders = new OrderStatusBackfill(rest, records);
    }

    /**
     * Remembers the execution ids and the open orders of records read from the WebSocket.
     *
     * @return the records to publish: those whose {@code exec_id} was not seen before (a fill a backfill already
     *     recovered, or one the venue sent again, is dropped), and every record without one
     */
    public synchronized List<SourceRecord> seen(List<SourceRecord> executions) {
        List<SourceRecord> fresh = new ArrayList<>(executions.size());
        for (SourceRecord record : executions) {
            Struct execution = (Struct) record.value();
            Object execId = execution.get("exec_id");
            if (execId != null && !seen.add(execId.toString())) {
                continue;
            }
            fresh.add(record);
            orders.seen(execution, seen);
        }
        return fresh;
    }

    /** The order ids the executions channel last showed open (looked up after a gap). */
    public synchronized Set<String> openOrders() {
        return orders.open();
    }

    /**
     * Reads the fills since {@code from} that were not seen on the WebSocket: every page of the window
     * ({@code ofs} 0, 50, ... up to {@code count}; fills booked meanwhile shift a page onto fills already
     * read, which the seen ids drop), then oldest first by (time, id) whatever order Kraken's keys came in.
     * Then the orders last seen open are looked up ({@link OrderStatusBackfill}). A failure of any call
     * publishes and remembers nothing, so a later call from the same {@code from} recovers it (the caller keeps
     * the start of a failed gap: {@code ChannelRouter}).
     *
     * @param from       start of the gap (one second earlier is requested to cover clock skew)
     * @param receivedAt receive time of the records
     * @return execution records: the fills oldest first, then the status changes oldest first
     * @throws com.kafkaconnectkraken.client.rest.KrakenApiException on REST failure
     * @throws org.apache.kafka.connect.errors.DataException if a trade has no numeric time
     */
    public synchronized List<SourceRecord> backfill(Instant from, Instant receivedAt) {
        String start = Long.toString(from.getEpochSecond() - 1);
        List<ObjectNode> trades = new ArrayList<>();
        HistoryPage page;
        int ofs = 0;
        do {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("start", start);
            if (ofs > 0) {
                params.put("ofs", Integer.toString(ofs));
            }
            page = HistoryPage.parse(HistoryStream.TRADES_HISTORY, rest.privatePost("TradesHistory", params));
            trades.addAll(page.entries());
            ofs += HistoryPoller.PAGE_SIZE;
        } while (page.entries().size() == HistoryPoller.PAGE_SIZE && ofs < page.count());
        trades.sort(HistoryPage.order(HistoryStream.TRADES_HISTORY));
        List<SourceRecord> statuses = orders.recover(seen, receivedAt);
        List<SourceRecord> out = new ArrayList<>();
        for (ObjectNode trade : trades) {
            String execId = trade.remove(HistoryStream.TRADES_HISTORY.idKey()).asText();
            if (seen.add(execId)) {
                trade.put("exec_id", execId);
                out.add(records.record(RecordType.EXECUTION, asExecution(trade), receivedAt));
            }
        }
        out.addAll(statuses);
        return out;
    }

    private static ObjectNode asExecution(ObjectNode trade) {
        rename(trade, "ordertxid", "order_id");
        rename(trade, "type", "side");
        rename(trade, "ordertype", "order_type");
        rename(trade, "vol", "last_qty");
        rename(trade, "price", "last_price");
        rename(trade, "time", "timestamp");
        rename(trade, "margin", "trade_margin"); // REST margin is an amount; execution.margin is a flag
        JsonNode maker = trade.remove("maker");
        if (maker != null && maker.isBoolean()) {
            trade.put("liquidity_ind", maker.booleanValue() ? "m" : "t");
        }
        trade.put("exec_type", "trade");
        trade.put("type", "update");
        trade.put("source", "rest_backfill");
        return trade;
    }

    private static void rename(ObjectNode node, String from, String to) {
        JsonNode value = node.remove(from);
        if (value != null) {
            node.set(to, value);
        }
    }
}
