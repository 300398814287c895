package com.kafkaconnectkraken.source.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.exchange.ExchangeConfig;
import com.kafkaconnectkraken.simulator.exchange.account.LedgerEntry;
import com.kafkaconnectkraken.source.config.KrakenSourceConnectorConfig;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.mapping.StructMapper;
import com.kafkaconnectkraken.source.offset.LedgerCursor;
import com.kafkaconnectkraken.source.offset.LedgerPartition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** LedgerPoller against the simulator's real REST Ledgers endpoint (50 per page, newest first, start/end). */
class LedgerPollerIT {

    private static final String KEY = "ledger-poller-test-key";
    private static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQ=";

    private KrakenSimulator simulator;
    private KrakenRestClient rest;
    private final RecordFactory records = new RecordFactory(new StructMapper(DecimalHandlingMode.PRECISE),
            new KrakenSourceConnectorConfig(Map.of("symbols", "BTC/USD")).topicNames());
    private final LedgerPartition partition = LedgerPartition.forApiKey(KEY);

    @BeforeEach
    void start() {
        simulator = KrakenSimulator.builder().account(KEY, SECRET)
                .exchangeConfig(ExchangeConfig.builder().restTier(RestTier.PRO).historyCallCost(1).build()).build().start();
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

    private LedgerPoller poller(LedgerCursor cursor, String start) {
        return new LedgerPoller(rest, records, partition, cursor, start, Instant::now);
    }

    private List<String> simulatorIds() {
        return simulator.exchange().ledgerEntries(KEY).stream().map(LedgerEntry::id).toList();
    }

    private static List<String> ids(List<SourceRecord> out) {
        return out.stream().map(r -> (String) ((Struct) r.value()).get("ledger_id")).toList();
    }

    @Test
    void earliestReadsTheWholeHistoryAcrossPagesOldestFirstWithCursorOffsets() {
        deposit(123);
        LedgerPoller poller = poller(null, "earliest");
        List<SourceRecord> out = poller.poll();
        assertEquals(simulatorIds(), ids(out));
        SourceRecord last = out.get(out.size() - 1);
        assertEquals(partition.toMap(), last.sourcePartition());
        assertEquals(LedgerCursor.fromMap(last.sourceOffset()), poller.cursor());
        assertEquals(simulatorIds().get(122), poller.cursor().ledgerId());
        assertEquals(List.of(), poller.poll());
    }

    @Test
    void newEntriesAreReadOnceAndAResumedPollerContinuesAfterTheStoredCursor() {
        deposit(60);
        LedgerPoller first = poller(null, "earliest");
        first.poll();
        deposit(3);
        assertEquals(simulatorIds().subList(60, 63), ids(first.poll()));

        LedgerCursor stored = LedgerCursor.fromMap(first.cursor().toMap());
        deposit(55);
        LedgerPoller resumed = poller(stored, "earliest");
        assertEquals(simulatorIds().subList(63, 118), ids(resumed.poll()));
        assertEquals(List.of(), resumed.poll());
    }

    @Test
    void latestStartsAfterTheNewestExistingEntry() {
        deposit(5);
        LedgerPoller poller = poller(null, "latest");
        assertEquals(List.of(), poller.poll());
        deposit(2);
        assertEquals(simulatorIds().subList(5, 7), ids(poller.poll()));
    }

    @Test
    void entriesArrivingWhilePagingAreNeitherSkippedNorRepeated() throws Exception {
        deposit(300);
        LedgerPoller poller = poller(null, "earliest");
        Thread writer = new Thread(() -> deposit(200));
        writer.start();
        List<String> seen = new ArrayList<>();
        while (writer.isAlive()) {
            seen.addAll(ids(poller.poll()));
        }
        writer.join();
        seen.addAll(ids(poller.poll()));
        assertEquals(500, new HashSet<>(seen).size(), "no duplicates");
        assertEquals(simulatorIds(), seen);
        assertTrue(seen.size() == 500);
    }
}
