package com.kafkaconnectkraken.source.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.source.config.RecordType;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.offset.ExecutionCursor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
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
 *
 * <p>Across restarts: every fill written (a trade execution, from the WebSocket or from REST) carries the account's
 * {@link ExecutionCursor} as source offset; a new task {@link #restore restores} the stored one before it reads a
 * record (a {@code snap_trades} snapshot's fills the earlier task wrote are dropped) and {@link #resume resumes} from it
 * (the fills booked while no task ran, read from REST), and a fill the WebSocket delivers after REST already gave it
 * is dropped ({@link #live}), so each exec id is written once.
 * Thread-safe.
 */
public final class ExecutionBackfill {

    private static final int REMEMBERED_EXEC_IDS = 10_000;
    private static final int MAX_RECENT_IDS = 1_000;

    private final KrakenRestClient rest;
    private final RecordFactory records;
    private final OrderStatusBackfill orders;
    private final Map<String, String> partition;
    /** exec id -> exchange time of the fills written in the cursor's window, oldest first */
    private final LinkedHashMap<String, Instant> recent = new LinkedHashMap<>();
    private String newestId;
    private Instant newestTime;
    /** start of the restored cursor's window: an earlier task wrote every fill before it; null without a cursor */
    private Instant writtenBefore;
    private final Set<String> seen = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_EXEC_IDS;
        }
    });

    /**
     * @param rest    signed REST client
     * @param records record factory
     * @param apiKey  the account's API key (its fingerprint names the offsets' partition, {@link ExecutionCursor})
     */
    public ExecutionBackfill(KrakenRestClient rest, RecordFactory records, String apiKey) {
        this.rest = rest;
        this.records = records;
        this.orders = new OrderStatusBackfill(rest, records);
        this.partition = ExecutionCursor.partition(apiKey);
    }

    /**
     * Remembers the execution ids and the open orders of records read from the WebSocket, drops the fills already
     * written (by a backfill) and gives every other fill the cursor as source offset.
     *
     * @return the records to write, in order
     */
    public synchronized List<SourceRecord> live(List<SourceRecord> executions) {
        List<SourceRecord> out = new ArrayList<>(executions.size());
        for (SourceRecord record : executions) {
            Struct execution = (Struct) record.value();
            Object execId = execution.get("exec_id");
            boolean fill = execId != null && "trade".equals(execution.get("exec_type"));
            boolean fresh = execId == null || seen.add(execId.toString());
            orders.seen(execution, seen);
            if (!fill) {
                out.add(record);
            } else if (fresh && !writtenEarlier(execution)) {
                out.add(withCursor(record, execId.toString(), execution));
            }
        }
        return out;
    }

    /**
     * Takes over the cursor an earlier task stored, before the first record is read: its ids count as written, and so
     * does every fill older than its window (an earlier task wrote it; a {@code snap_trades} snapshot replays up to 50
     * such fills), so {@link #live} drops them even while the REST read of {@link #resume} keeps failing.
     *
     * @param cursor the stored cursor, or null (nothing was written yet)
     */
    public synchronized void restore(ExecutionCursor cursor) {
        if (cursor == null) {
            return;
        }
        if (newestTime == null || cursor.time().isAfter(newestTime)) {
            newestId = cursor.execId();
            newestTime = cursor.time();
        }
        Instant windowStart = cursor.time().minusSeconds(ExecutionCursor.WINDOW_SECONDS);
        if (writtenBefore == null || windowStart.isAfter(writtenBefore)) {
            writtenBefore = windowStart;
        }
        List<String> known = new ArrayList<>(cursor.recentIds());
        known.add(cursor.execId());
        for (String id : known) {
            seen.add(id);
            recent.putIfAbsent(id, cursor.time());
        }
    }

    /**
     * The fills booked since {@code cursor} (stored by an earlier task) that it does not name: the start of a task
     * is a gap since the last fill written ({@link #backfill}). Call once the executions subscription is live;
     * {@link #restore restores} the cursor if that was not done yet.
     *
     * @param cursor     the stored cursor, or null (nothing was written yet: nothing to resume)
     * @param receivedAt receive time of the records
     * @return execution records as {@link #backfill} gives them; empty without a cursor
     * @throws com.kafkaconnectkraken.client.rest.KrakenApiException on REST failure (nothing remembered)
     */
    public synchronized List<SourceRecord> resume(ExecutionCursor cursor, Instant receivedAt) {
        if (cursor == null) {
            return List.of();
        }
        restore(cursor);
        return backfill(cursor.time(), receivedAt);
    }

    /** @return the partition map of this account's fills */
    public Map<String, String> partition() {
        return partition;
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
                SourceRecord record = records.record(RecordType.EXECUTION, asExecution(trade), receivedAt);
                out.add(withCursor(record, execId, (Struct) record.value()));
            }
        }
        out.addAll(statuses);
        return out;
    }

    /** @return whether the fill is older than the restored cursor's window (an earlier task wrote it) */
    private boolean writtenEarlier(Struct execution) {
        return writtenBefore != null && execution.get("timestamp") instanceof Date date
                && date.toInstant().isBefore(writtenBefore);
    }

    /** @return {@code record} with the cursor after writing fill {@code execId} as its source offset */
    private SourceRecord withCursor(SourceRecord record, String execId, Struct execution) {
        Instant time = execution.get("timestamp") instanceof Date date ? date.toInstant() : Instant.ofEpochMilli(record.timestamp());
        recent.put(execId, time);
        if (newestTime == null || !time.isBefore(newestTime)) {
            newestId = execId;
            newestTime = time;
        }
        Instant from = newestTime.minusSeconds(ExecutionCursor.WINDOW_SECONDS);
        recent.values().removeIf(t -> t.isBefore(from));
        while (recent.size() > MAX_RECENT_IDS) {
            recent.remove(recent.keySet().iterator().next());
        }
        ExecutionCursor cursor = new ExecutionCursor(newestId, newestTime, recent.keySet());
        return new SourceRecord(partition, cursor.toMap(), record.topic(), record.kafkaPartition(), record.keySchema(),
                record.key(), record.valueSchema(), record.value(), record.timestamp(), record.headers());
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
