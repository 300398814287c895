package com.kafkaconnectkraken.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.exchange.ExchangeConfig;
import com.kafkaconnectkraken.simulator.exchange.account.LedgerEntry;
import com.kafkaconnectkraken.source.testing.TaskHarness;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ObjectName;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Component test: connector -> taskConfigs -> task start/poll/stop against the running simulator. */
class KrakenSourceTaskIT {

    private static final String KEY = "task-test-key";
    private static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQ=";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private KrakenSimulator simulator;
    private TaskHarness harness;

    @BeforeEach
    void start() {
        simulator = KrakenSimulator.builder().symbols("BTC/USD", "ETH/USD").seed(7).rate(200).account(KEY, SECRET)
                .exchangeConfig(ExchangeConfig.builder().restTier(RestTier.PRO).build()).build().start();
        harness = new TaskHarness();
    }

    @AfterEach
    void stop() {
        harness.close();
        simulator.close();
    }

    private Map<String, String> props(String channels, String restEndpoints) {
        Map<String, String> props = new HashMap<>();
        props.put("name", "task-test");
        props.put("kraken.ws.public.url", simulator.publicWs().toString());
        props.put("kraken.ws.private.url", simulator.privateWs().toString());
        props.put("kraken.ws.l3.url", simulator.level3Ws().toString());
        props.put("kraken.rest.url", simulator.rest().toString());
        props.put("kraken.api.key", KEY);
        props.put("kraken.api.secret", SECRET);
        props.put("channels", channels);
        props.put("symbols", "BTC/USD,ETH/USD");
        props.put("rest.endpoints", restEndpoints);
        props.put("rest.tier", "pro");
        props.put("rest.poll.ledgers.interval.ms", "1000");
        props.put("ledgers.start", "earliest");
        props.put("poll.timeout.ms", "100");
        return props;
    }

    private static boolean hasTopics(List<SourceRecord> records, String... topics) {
        Set<String> seen = records.stream().map(SourceRecord::topic).collect(Collectors.toSet());
        return seen.containsAll(List.of(topics));
    }

    @Test
    void everyPublicChannelAndAccountSourceProducesTypedRecords() throws Exception {
        simulator.exchange().deposit(KEY, "USD", new BigDecimal("1000.50"));
        harness.start(props("ticker,book,trade,ohlc,instrument,level3,balances", "Ledgers,BalanceEx"), 1);
        harness.pollUntil(r -> hasTopics(r, "kraken.ticker", "kraken.book", "kraken.trade", "kraken.ohlc",
                "kraken.instrument_pair", "kraken.instrument_asset", "kraken.level3", "kraken.balance", "kraken.ledger",
                "kraken.balance_ex"), WAIT);
        for (SourceRecord record : harness.records()) {
            ((Struct) record.value()).validate();
        }
        assertEquals(List.of(), harness.topic("kraken.book_reset"), "no checksum mismatch on a healthy stream");
        Struct ledger = (Struct) harness.topic("kraken.ledger").get(0).value();
        LedgerEntry deposit = simulator.exchange().ledgerEntries(KEY).get(0);
        assertEquals(deposit.id(), ledger.get("ledger_id"));
        assertEquals("deposit", ledger.get("type"));
        assertEquals(0, new BigDecimal("1000.50").compareTo((BigDecimal) ledger.get("amount")));
    }

    @Test
    void publicChannelsRunWithoutCredentials() throws Exception {
        Map<String, String> props = props("ticker,book,trade,ohlc,instrument", "");
        props.remove("kraken.api.key");
        props.remove("kraken.api.secret");
        harness.start(props, 2);
        harness.pollUntil(r -> hasTopics(r, "kraken.ticker", "kraken.book", "kraken.trade", "kraken.ohlc",
                "kraken.instrument_pair"), WAIT);
        assertEquals(Set.of("BTC/USD", "ETH/USD"),
                harness.topic("kraken.book").stream().map(r -> (String) r.key()).collect(Collectors.toSet()));
    }

    @Test
    void corruptChecksumResyncsOnlyThatSymbolWithOneResetRecord() throws Exception {
        harness.start(props("book", ""), 1);
        harness.pollUntil(r -> harness.topic("kraken.book").stream().map(SourceRecord::key).distinct().count() == 2, WAIT);
        simulator.faults().corruptNextChecksum("BTC/USD");
        harness.pollUntil(r -> !harness.topic("kraken.book_reset").isEmpty(), WAIT);
        int before = harness.topic("kraken.book").size();
        harness.pollUntil(r -> harness.topic("kraken.book").stream().skip(before)
                .anyMatch(b -> b.key().equals("BTC/USD") && "snapshot".equals(((Struct) b.value()).get("type"))), WAIT);
        List<SourceRecord> resets = harness.topic("kraken.book_reset");
        assertEquals(1, resets.size());
        assertEquals("BTC/USD", resets.get(0).key());
        assertEquals("checksum_mismatch", ((Struct) resets.get(0).value()).get("reason"));
        long ethSnapshots = harness.topic("kraken.book").stream()
                .filter(b -> b.key().equals("ETH/USD") && "snapshot".equals(((Struct) b.value()).get("type"))).count();
        assertEquals(1, ethSnapshots, "the healthy symbol was not resubscribed");
        assertEquals(1.0, metric("resync-total"));
    }

    @Test
    void aResubscribeThatNeverSucceedsFailsTheTaskNamingTheSymbol() throws Exception {
        harness.start(fastResubscribe(props("book", "")), 1);
        harness.pollUntil(r -> harness.topic("kraken.book").stream().map(SourceRecord::key).distinct().count() == 2, WAIT);
        simulator.faults().delaySubscribeAcks(Duration.ofMinutes(5)); // every resubscribe attempt times out
        simulator.faults().corruptNextChecksum("BTC/USD");
        ConnectException failure = assertThrows(ConnectException.class, () -> harness.pollUntil(r -> false, WAIT));
        assertTrue(failure.getMessage().contains("book [BTC/USD]"), failure.getMessage());
        assertTrue(failure.getMessage().contains("5 attempts"), failure.getMessage());
        assertEquals(1, harness.topic("kraken.book_reset").size(), "the reset was written before the task failed");
    }

    @Test
    void aSymbolWhoseFirstResubscribeFailsComesBackOnARetry() throws Exception {
        harness.start(fastResubscribe(props("book", "")), 1);
        harness.pollUntil(r -> harness.topic("kraken.book").stream().map(SourceRecord::key).distinct().count() == 2, WAIT);
        simulator.faults().delaySubscribeAcks(Duration.ofMinutes(5));
        simulator.faults().corruptNextChecksum("BTC/USD");
        harness.pollUntil(r -> !harness.topic("kraken.book_reset").isEmpty(), WAIT);
        int before = harness.topic("kraken.book").size();
        // keep polling past the first attempt's 300 ms request timeout, so the retry path runs
        Instant firstAttemptTimedOut = Instant.now().plusMillis(600);
        harness.pollUntil(r -> Instant.now().isAfter(firstAttemptTimedOut), WAIT);
        simulator.faults().delaySubscribeAcks(Duration.ZERO);
        harness.pollUntil(r -> harness.topic("kraken.book").stream().skip(before)
                .anyMatch(b -> b.key().equals("BTC/USD") && "snapshot".equals(((Struct) b.value()).get("type"))), WAIT);
        assertEquals(1, harness.topic("kraken.book_reset").size());
    }

    @Test
    void aSymbolTheExchangeNoLongerServesAfterAReconnectFailsTheTask() throws Exception {
        harness.start(fastResubscribe(props("ticker", "")), 1);
        harness.pollUntil(r -> harness.topic("kraken.ticker").stream().map(SourceRecord::key).distinct().count() == 2, WAIT);
        int port = simulator.port();
        simulator.close(); // the exchange restarts without ETH/USD: restoring that subscription is rejected
        simulator = KrakenSimulator.builder().port(port).symbols("BTC/USD").seed(7).rate(200).account(KEY, SECRET)
                .exchangeConfig(ExchangeConfig.builder().restTier(RestTier.PRO).build()).build().start();
        ConnectException failure = assertThrows(ConnectException.class, () -> harness.pollUntil(r -> false, WAIT));
        assertTrue(failure.getMessage().contains("ticker [ETH/USD]"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Currency pair not supported"), failure.getMessage());
    }

    /** Short request timeout and backoff so a resubscribe gives up within about two seconds. */
    private static Map<String, String> fastResubscribe(Map<String, String> props) {
        props.put("ws.request.timeout.ms", "300");
        props.put("reconnect.backoff.ms", "50");
        props.put("reconnect.backoff.max.ms", "200");
        return props;
    }

    @Test
    void malformedFramesAreCountedAndTheTaskKeepsRunning() throws Exception {
        harness.start(props("ticker", ""), 1);
        harness.pollUntil(r -> hasTopics(r, "kraken.ticker"), WAIT);
        assertEquals(1, simulator.faults().sendMalformedFrame(), "one market-data connection got the bad frame");
        harness.pollUntil(r -> metric("malformed-frame-total") >= 1.0, WAIT);
        harness.clearRecords();
        harness.pollUntil(r -> harness.topic("kraken.ticker").size() >= 3, WAIT);
        assertEquals(1.0, metric("malformed-frame-total"), "the one invalid frame is counted once");
        assertEquals(List.of(), harness.topic("kraken.book_reset"));
        assertEquals(Set.of("kraken.ticker"), harness.countByTopic().keySet(), "only ticker records follow");
    }

    @Test
    void droppedConnectionsGiveGapRecordsAndLedgersResumeWithoutLossOrDuplicates() throws Exception {
        for (int i = 0; i < 70; i++) {
            simulator.exchange().deposit(KEY, "USD", BigDecimal.valueOf(i + 1));
        }
        harness.start(props("ticker,balances", "Ledgers"), 1);
        harness.pollUntil(r -> harness.topic("kraken.ledger").size() == 70, WAIT);
        simulator.faults().dropAllConnections();
        simulator.exchange().deposit(KEY, "USD", new BigDecimal("0.5"));
        harness.pollUntil(r -> harness.topic("kraken.gap").size() >= 2 && harness.topic("kraken.ledger").size() == 71, WAIT);
        Set<String> gapChannels = harness.topic("kraken.gap").stream().map(g -> (String) g.key()).collect(Collectors.toSet());
        assertTrue(gapChannels.containsAll(Set.of("ticker", "balances")), gapChannels.toString());

        harness.stopTasks();
        simulator.exchange().deposit(KEY, "USD", new BigDecimal("0.25"));
        harness.start(props("ticker,balances", "Ledgers"), 1);
        harness.pollUntil(r -> harness.topic("kraken.ledger").size() >= 72, WAIT);
        List<String> written = harness.topic("kraken.ledger").stream().map(r -> (String) r.key()).toList();
        LedgerOrder.assertOnceOldestFirst(simulator.exchange().ledgerEntries(KEY), written);
    }

    @Test
    void replayOfTheRecordedBtcUsdBookVerifiesEveryChecksum() throws Exception {
        simulator.close();
        simulator = KrakenSimulator.builder().replay("builtin:btcusd").rate(2000).account(KEY, SECRET).build().start();
        Map<String, String> props = props("book", "");
        props.put("symbols", "BTC/USD");
        harness.start(props, 1);
        harness.pollUntil(r -> harness.topic("kraken.book").size() >= 510, WAIT);
        assertEquals(List.of(), harness.topic("kraken.book_reset"));
        assertEquals(0.0, metric("checksum-failure-total"));
        assertEquals("snapshot", ((Struct) harness.topic("kraken.book").get(0).value()).get("type"));
    }

    private static double metric(String name) {
        try {
            Object value = ManagementFactory.getPlatformMBeanServer().getAttribute(
                    new ObjectName("kafka.connect.kraken:type=source-task-metrics,connector=task-test,task=0"), name);
            return ((Number) value).doubleValue();
        } catch (Exception e) {
            throw new AssertionError("metric " + name + " unavailable", e);
        }
    }
}
