package com.kafkaconnectkraken.source.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.exchange.ExchangeConfig;
import com.kafkaconnectkraken.simulator.exchange.OrderView;
import com.kafkaconnectkraken.simulator.exchange.account.LedgerEntry;
import com.kafkaconnectkraken.source.config.KrakenSourceConnectorConfig;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.mapping.StructMapper;
import com.kafkaconnectkraken.source.offset.HistoryCursor;
import com.kafkaconnectkraken.source.offset.HistoryPartition;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HistoryPoller against the simulator's real REST history endpoints (50 per page, newest first, start/end/ofs/count). */
class HistoryPollerIT {

    private static final String KEY = "history-poller-test-key";
    private static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQ=";

    private KrakenSimulator simulator;
    private KrakenRestClient rest;
    private final RecordFactory records = new RecordFactory(new StructMapper(DecimalHandlingMode.PRECISE),
            new KrakenSourceConnectorConfig(Map.of("symbols", "BTC/USD")).topicNames());

    @BeforeEach
    void start() {
        simulator = RestHistoryExchange.start(KEY, SECRET);
        rest = KrakenRestClient.builder(simulator.rest()).credentials(KEY, SECRET).build();
    }

    @AfterEach
    void stop() {
        rest.close();
        simulator.close();
    }

    private void deposit(int count) {
        for (int i = 0; i < count; i++) {
            simulator.exchange().deposit(KEY, "USD", new BigDecimal("1.0001").add(BigDecimal.valueOf(i)));
        }
    }

    private void fill(int count) {
        for (int i = 0; i < count; i++) {
            simulator.exchange().fill(KEY, "BTC/USD", "buy", new BigDecimal("0.0001").add(new BigDecimal("0.0001").multiply(BigDecimal.valueOf(i % 7))));
        }
    }

    private HistoryPoller poller(HistoryStream stream, HistoryCursor cursor, String start) {
        return new HistoryPoller(stream, rest, records, HistoryPartition.forApiKey(stream.endpoint().method(), KEY), cursor, start,
                Instant::now);
    }

    /** Polls like the scheduler: one interval's run, then at once while a paged read is under way. */
    private static List<SourceRecord> drain(HistoryPoller poller) {
        List<SourceRecord> out = new ArrayList<>(poller.poll());
        while (poller.hasMore()) {
            out.addAll(poller.poll());
        }
        return out;
    }

    private List<String> ledgerIds() {
        return simulator.exchange().ledgerEntries(KEY).stream().map(LedgerEntry::id).toList();
    }

    private List<String> closedOrderIds() {
        return simulator.exchange().orders(KEY).stream().map(OrderView::orderId).toList();
    }

    /**
     * Every expected id exactly once, and in time order (entries sharing Kraken's 100 µs time are
     * ordered by id, not by booking).
     */
    private static void assertOnceOldestFirst(List<String> expected, List<SourceRecord> out, String idField, String timeField) {
        List<String> seen = ids(out, idField);
        assertEquals(expected.size(), seen.size(), "as many records as entries");
        assertEquals(new HashSet<>(expected), new HashSet<>(seen), "each entry once");
        for (int i = 1; i < out.size(); i++) {
            java.util.Date before = (java.util.Date) ((Struct) out.get(i - 1).value()).get(timeField);
            java.util.Date after = (java.util.Date) ((Struct) out.get(i).value()).get(timeField);
            assertTrue(!after.before(before), "oldest first at record " + i);
        }
    }

    private static List<String> ids(List<SourceRecord> out, String field) {
        return out.stream().map(r -> (String) ((Struct) r.value()).get(field)).toList();
    }

    @Test
    void earliestReadsTheWholeHistoryAcrossPagesOldestFirstWithCursorOffsets() {
        deposit(123);
        HistoryPoller poller = poller(HistoryStream.LEDGERS, null, "earliest");
        List<SourceRecord> out = drain(poller);
        assertOnceOldestFirst(ledgerIds(), out, "ledger_id", "time");
        SourceRecord last = out.get(out.size() - 1);
        assertEquals(HistoryPartition.forApiKey("Ledgers", KEY).toMap(), last.sourcePartition());
        assertEquals(HistoryCursor.fromMap(last.sourceOffset(), "ledger_id"), poller.cursor());
        assertEquals(ids(out, "ledger_id").get(123), poller.cursor().id(), "the cursor is the last record's entry");
        assertEquals(List.of(), drain(poller));
    }

    @Test
    void newTradesAreReadOnceAndAResumedPollerContinuesAfterTheStoredCursor() {
        fill(60);
        HistoryPoller first = poller(HistoryStream.TRADES_HISTORY, null, "earliest");
        assertEquals(60, drain(first).size());
        fill(3);
        List<SourceRecord> three = drain(first);
        assertEquals(3, three.size());
        HistoryCursor stored = HistoryCursor.fromMap(three.get(2).sourceOffset(), "txid");
        fill(55);
        HistoryPoller resumed = poller(HistoryStream.TRADES_HISTORY, stored, "earliest");
        List<SourceRecord> rest55 = drain(resumed);
        assertEquals(55, rest55.size());
        assertEquals(118, new HashSet<>(ids(rest55, "txid")).size() + 63, "no trade of the first 63 again");
        assertEquals(List.of(), drain(resumed));
    }

    @Test
    void latestStartsAfterTheNewestExistingClosedOrderAndRecordsCarryTheirEndpoint() {
        fill(5);
        HistoryPoller poller = poller(HistoryStream.CLOSED_ORDERS, null, "latest");
        assertEquals(List.of(), drain(poller));
        fill(2);
        List<SourceRecord> out = drain(poller);
        // the two orders may close within one 100 µs tick: then they come ordered by id, not by booking
        assertOnceOldestFirst(closedOrderIds().subList(5, 7), out, "order_id", "closetm");
        assertEquals("ClosedOrders", ((Struct) out.get(0).value()).get("endpoint"));
    }

    @Test
    void entriesArrivingWhilePagingAreNeitherSkippedNorRepeated() throws Exception {
        fill(300);
        HistoryPoller trades = poller(HistoryStream.TRADES_HISTORY, null, "earliest");
        HistoryPoller orders = poller(HistoryStream.CLOSED_ORDERS, null, "earliest");
        Thread writer = new Thread(() -> fill(200));
        writer.start();
        List<SourceRecord> seenTrades = new ArrayList<>();
        List<SourceRecord> seenOrders = new ArrayList<>();
        while (writer.isAlive()) {
            seenTrades.addAll(trades.poll()); // one call at a time, interleaved with the writer
            seenOrders.addAll(orders.poll());
        }
        writer.join();
        seenTrades.addAll(drain(trades));
        seenOrders.addAll(drain(orders));
        assertEquals(500, closedOrderIds().size());
        assertOnceOldestFirst(closedOrderIds(), seenOrders, "order_id", "closetm");
        assertEquals(500, new HashSet<>(ids(seenTrades, "txid")).size());
        assertOnceOldestFirst(ids(seenTrades, "txid"), seenTrades, "txid", "time");
    }

    @Test
    void unsortedPagesNeitherDuplicateNorSkip() {
        simulator.exchange().faults().unsortHistoryPages(true);
        deposit(40);
        HistoryPoller poller = poller(HistoryStream.LEDGERS, null, "earliest");
        List<SourceRecord> seen = new ArrayList<>(drain(poller));
        for (int round = 0; round < 5; round++) {
            deposit(37);
            seen.addAll(drain(poller));
        }
        assertOnceOldestFirst(ledgerIds(), seen, "ledger_id", "time");
        assertTrue(simulator.exchange().faults().historyPagesUnsorted());
    }

    @Test
    void moreThanAPageSharingTheCursorsSecondEndsTheReadInsteadOfRepeatingIt() {
        Clock frozen = Clock.fixed(Instant.parse("2026-01-01T00:00:00.5Z"), ZoneOffset.UTC);
        try (KrakenSimulator still = KrakenSimulator.builder().account(KEY, SECRET)
                .exchangeConfig(ExchangeConfig.builder().clock(frozen).restTier(new RestTier(1_000_000, 1_000))
                        .historyCallCost(1).build()).build().start();
             KrakenRestClient stillRest = KrakenRestClient.builder(still.rest()).credentials(KEY, SECRET).build()) {
            still.exchange().deposit(KEY, "USD", new BigDecimal("100000000"));
            still.exchange().updateMarket("BTC/USD", new BigDecimal("30000.0"), new BigDecimal("30001.0"));
            for (int i = 0; i < 120; i++) {
                still.exchange().fill(KEY, "BTC/USD", "buy", new BigDecimal("0.0001"));
            }
            HistoryPoller poller = new HistoryPoller(HistoryStream.TRADES_HISTORY, stillRest, records,
                    HistoryPartition.forApiKey("TradesHistory", KEY), null, "earliest", Instant::now);
            assertEquals(120, new HashSet<>(ids(drainWithin(poller, 12), "txid")).size(), "every trade once");
            assertEquals(List.of(), drainWithin(poller, 6), "the known trades of the cursor's second are read once per interval, not in a loop");
        }
    }

    /** Like {@link #drain}, but fails when the read has not ended after {@code maxCalls} calls. */
    private static List<SourceRecord> drainWithin(HistoryPoller poller, int maxCalls) {
        List<SourceRecord> out = new ArrayList<>(poller.poll());
        for (int calls = 1; poller.hasMore(); calls++) {
            assertTrue(calls < maxCalls, "the read ended within " + maxCalls + " calls");
            out.addAll(poller.poll());
        }
        return out;
    }

    @Test
    void executionsBackfillReadsEveryPageOfTheGapOnceOldestFirst() {
        Instant gapStart = Instant.now();
        simulator.exchange().faults().unsortHistoryPages(true);
        fill(120);
        List<String> expected = simulator.exchange().trades(KEY).stream().map(t -> t.id()).toList();
        ExecutionBackfill backfill = new ExecutionBackfill(rest, records, KEY);
        List<SourceRecord> out = backfill.backfill(gapStart, Instant.now());
        assertOnceOldestFirst(expected, out, "exec_id", "timestamp");
        assertEquals("rest_backfill", ((Struct) out.get(0).value()).get("source"));
        assertEquals(List.of(), backfill.backfill(gapStart, Instant.now()), "a second backfill of the same gap adds nothing");
    }
}
