package com.kafkaconnectkraken.source.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.client.ws.KrakenWsListener;
import com.kafkaconnectkraken.client.ws.KrakenWsResponse;
import com.kafkaconnectkraken.client.ws.KrakenWsSession;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.exchange.ExchangeConfig;
import com.kafkaconnectkraken.simulator.exchange.account.Trade;
import com.kafkaconnectkraken.source.config.KrakenSourceConnectorConfig;
import com.kafkaconnectkraken.source.config.RecordType;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.mapping.StructMapper;
import com.kafkaconnectkraken.source.offset.ExecutionCursor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ExecutionBackfill's QueryOrders lookup of the orders last seen open and its resume of the fills booked while no task
 * ran, against the simulator's REST and matching engine.
 */
class ExecutionBackfillTest {

    private static final String KEY = "backfill-test-key";
    private static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQ=";

    private KrakenSimulator simulator;
    private KrakenRestClient rest;
    private KrakenWsSession trader;
    private final RecordFactory records = new RecordFactory(new StructMapper(DecimalHandlingMode.PRECISE),
            new KrakenSourceConnectorConfig(Map.of("symbols", "BTC/USD")).topicNames());

    @BeforeEach
    void start() throws Exception {
        simulator = KrakenSimulator.builder().account(KEY, SECRET)
                .exchangeConfig(ExchangeConfig.builder().restTier(new RestTier(1_000_000, 1_000)).historyCallCost(1).build())
                .build().start();
        rest = KrakenRestClient.builder(simulator.rest()).credentials(KEY, SECRET).build();
        simulator.exchange().deposit(KEY, "USD", new BigDecimal("100000000"));
        simulator.exchange().updateMarket("BTC/USD", new BigDecimal("30000.0"), new BigDecimal("30001.0"));
        String token = rest.webSocketsToken().token();
        trader = new KrakenWsSession(KrakenWsConfig.builder(simulator.privateWs()).name("trader").build(), () -> token,
                new KrakenWsListener() { });
        trader.connect().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        trader.close();
        rest.close();
        simulator.close();
    }

    private KrakenWsResponse request(String method, ObjectNode params) throws Exception {
        KrakenWsResponse ack = trader.request(method, params).get(10, TimeUnit.SECONDS);
        assertTrue(ack.success(), ack.toString());
        return ack;
    }

    /** A resting limit buy of 0.01 BTC at 29000.0, well below the market. */
    private String restingBuy() throws Exception {
        ObjectNode params = KrakenJson.mapper().createObjectNode().put("order_type", "limit").put("side", "buy")
                .put("order_qty", new BigDecimal("0.01")).put("limit_price", new BigDecimal("29000.0"))
                .put("symbol", "BTC/USD");
        return request("add_order", params).result().get("order_id").asText();
    }

    private void cancel(String orderId) throws Exception {
        ObjectNode params = KrakenJson.mapper().createObjectNode();
        params.putArray("order_id").add(orderId);
        request("cancel_order", params);
    }

    /** An execution record as the WebSocket would give it: only ids and status. */
    private SourceRecord wsExecution(String orderId, String execType, String status) {
        ObjectNode node = KrakenJson.mapper().createObjectNode().put("order_id", orderId).put("exec_type", execType)
                .put("order_status", status).put("type", "update").put("source", "ws");
        return records.record(RecordType.EXECUTION, node, Instant.now());
    }

    private static List<Struct> values(List<SourceRecord> out) {
        List<Struct> values = new ArrayList<>();
        out.forEach(r -> values.add((Struct) r.value()));
        return values;
    }

    @Test
    void anOrderCanceledDuringTheGapIsRecoveredOnceWithItsFinalStatus() throws Exception {
        ExecutionBackfill backfill = new ExecutionBackfill(rest, records, KEY);
        String canceled = restingBuy();
        String stillOpen = restingBuy();
        Instant gapFrom = Instant.now();
        backfill.live(List.of(wsExecution(canceled, "new", "new"), wsExecution(stillOpen, "new", "new")));
        assertEquals(Set.of(canceled, stillOpen), backfill.openOrders());
        cancel(canceled);

        List<Struct> out = values(backfill.backfill(gapFrom, Instant.now()));

        assertEquals(1, out.size(), "only the canceled order changed");
        Struct execution = out.get(0);
        assertEquals(canceled, execution.get("order_id"));
        assertEquals("canceled", execution.get("exec_type"));
        assertEquals("canceled", execution.get("order_status"));
        assertEquals("rest_backfill", execution.get("source"));
        assertEquals("buy", execution.get("side"));
        assertEquals("limit", execution.get("order_type"));
        assertEquals(0, new BigDecimal("0.01").compareTo((BigDecimal) execution.get("order_qty")));
        assertEquals(0, new BigDecimal("29000.0").compareTo((BigDecimal) execution.get("limit_price")));
        assertEquals(0, BigDecimal.ZERO.compareTo((BigDecimal) execution.get("cum_qty")));
        assertEquals(Set.of(stillOpen), backfill.openOrders());
        assertEquals(List.of(), backfill.backfill(gapFrom, Instant.now()), "a second gap recovers nothing again");
    }

    @Test
    void aStatusAlreadySeenOnTheWebSocketIsNotRecoveredAgain() throws Exception {
        ExecutionBackfill backfill = new ExecutionBackfill(rest, records, KEY);
        String orderId = restingBuy();
        Instant gapFrom = Instant.now();
        backfill.live(List.of(wsExecution(orderId, "new", "new")));
        cancel(orderId);
        backfill.live(List.of(wsExecution(orderId, "canceled", "canceled")));

        assertEquals(List.of(), backfill.backfill(gapFrom, Instant.now()));
        assertEquals(Set.of(), backfill.openOrders());
    }

    @Test
    void ordersFilledDuringTheGapComeAfterTheirFillsAndMoreThanFiftyAreLookedUpInBatches() throws Exception {
        ExecutionBackfill backfill = new ExecutionBackfill(rest, records, KEY);
        List<SourceRecord> seen = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 51; i++) {
            String orderId = restingBuy();
            ids.add(orderId);
            seen.add(wsExecution(orderId, "new", "new"));
        }
        Instant gapFrom = Instant.now();
        backfill.live(seen);
        simulator.exchange().updateMarket("BTC/USD", new BigDecimal("28990.0"), new BigDecimal("28999.0"));

        List<Struct> out = values(backfill.backfill(gapFrom, Instant.now()));

        assertEquals(102, out.size(), "51 fills (TradesHistory) then 51 status changes (QueryOrders)");
        List<Struct> fills = out.subList(0, 51);
        List<Struct> statuses = out.subList(51, 102);
        assertTrue(fills.stream().allMatch(e -> "trade".equals(e.get("exec_type"))));
        assertEquals(ids, new java.util.HashSet<>(statuses.stream().map(e -> (String) e.get("order_id")).toList()));
        for (Struct status : statuses) {
            assertEquals("filled", status.get("exec_type"));
            assertEquals("filled", status.get("order_status"));
            assertEquals(0, new BigDecimal("0.01").compareTo((BigDecimal) status.get("cum_qty")));
            assertEquals(0, new BigDecimal("29000.0").compareTo((BigDecimal) status.get("avg_price")));
            assertEquals(0, new BigDecimal("290.0").compareTo((BigDecimal) status.get("cum_cost")));
        }
        assertEquals(Set.of(), backfill.openOrders());
    }

    /** A fill as the WebSocket would give it. */
    private SourceRecord wsFill(Trade trade) {
        return wsFill(trade.orderId(), trade.id(), trade.time());
    }

    private SourceRecord wsFill(String orderId, String execId, Instant time) {
        ObjectNode node = KrakenJson.mapper().createObjectNode().put("order_id", orderId).put("exec_type", "trade")
                .put("exec_id", execId).put("order_status", "filled").put("type", "update").put("source", "ws")
                .put("timestamp", time.toString());
        return records.record(RecordType.EXECUTION, node, Instant.now());
    }

    @Test
    void aRestoredCursorDropsTheFillsAnEarlierTaskWroteBeforeAnyRestCall() {
        Instant newest = Instant.parse("2026-12-07T21:10:57.574Z");
        ExecutionCursor stored = new ExecutionCursor("T6SWRV-6EQ2G-WIY5MY", newest,
                Set.of("T6SWRV-6EQ2G-WIY5MY", "TQ7ESA-JKVGQ-W63SUM"));
        ExecutionBackfill backfill = new ExecutionBackfill(rest, records, KEY);
        backfill.restore(stored);
        // a snap_trades snapshot: fills before the window (written by the earlier task), in the cursor, and new ones
        List<SourceRecord> snapshot = List.of(
                wsFill("OAAAAA-AAAAA-AAAAAA", "TOLDER-AAAAA-AAAAAA", newest.minusSeconds(ExecutionCursor.WINDOW_SECONDS + 1)),
                wsFill("OAAAAA-AAAAA-AAAAAB", "TQ7ESA-JKVGQ-W63SUM", newest.minusMillis(525)),
                wsFill("OAAAAA-AAAAA-AAAAAC", "T6SWRV-6EQ2G-WIY5MY", newest),
                wsFill("OAAAAA-AAAAA-AAAAAD", "TINWIN-AAAAA-AAAAAA", newest.minusSeconds(1)),
                wsFill("OAAAAA-AAAAA-AAAAAE", "TAFTER-AAAAA-AAAAAA", newest.plusSeconds(1)));

        assertEquals(List.of("TINWIN-AAAAA-AAAAAA", "TAFTER-AAAAA-AAAAAA"), execIds(backfill.live(snapshot)),
                "only the fills the cursor does not cover: in its window but not named, or after it");
    }

    private static List<String> execIds(List<SourceRecord> out) {
        return values(out).stream().map(e -> (String) e.get("exec_id")).toList();
    }

    @Test
    void aNewTaskWritesTheFillsBookedWhileNoTaskRanOnceFromTheStoredCursor() {
        ExecutionBackfill first = new ExecutionBackfill(rest, records, KEY);
        simulator.exchange().fill(KEY, "BTC/USD", "buy", new BigDecimal("0.01"));
        Trade seenLive = simulator.exchange().trades(KEY).get(0);
        List<SourceRecord> written = first.live(List.of(wsFill(seenLive)));
        assertEquals(List.of(seenLive.id()), execIds(written));
        assertEquals(ExecutionCursor.partition(KEY), written.get(0).sourcePartition());
        // the task dies; two fills are booked while no task runs
        simulator.exchange().fill(KEY, "BTC/USD", "buy", new BigDecimal("0.02"));
        simulator.exchange().fill(KEY, "BTC/USD", "sell", new BigDecimal("0.01"));
        List<String> missed = simulator.exchange().trades(KEY).stream().map(t -> t.id()).filter(id -> !id.equals(seenLive.id()))
                .toList();
        assertEquals(2, missed.size());

        ExecutionBackfill second = new ExecutionBackfill(rest, records, KEY);
        List<SourceRecord> resumed = second.resume(ExecutionCursor.fromMap(written.get(0).sourceOffset()), Instant.now());

        assertEquals(Set.copyOf(missed), Set.copyOf(execIds(resumed)), "the fills booked while no task ran, once");
        assertEquals(2, resumed.size());
        Trade late = simulator.exchange().trades(KEY).stream().filter(t -> t.id().equals(missed.get(1))).findFirst().orElseThrow();
        assertEquals(List.of(), second.live(List.of(wsFill(late))), "the WebSocket's copy of a recovered fill is dropped");
        ExecutionCursor cursor = ExecutionCursor.fromMap(resumed.get(1).sourceOffset());
        assertEquals(Set.of(seenLive.id(), missed.get(0), missed.get(1)), cursor.recentIds());
        assertEquals(List.of(), new ExecutionBackfill(rest, records, KEY).resume(cursor, Instant.now()),
                "a task resuming from the last cursor recovers nothing");
        assertEquals(List.of(), second.resume(null, Instant.now()), "no stored cursor: nothing to resume");
    }
}
