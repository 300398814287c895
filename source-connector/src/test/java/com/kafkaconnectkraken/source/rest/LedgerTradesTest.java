package com.kafkaconnectkraken.source.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.exchange.account.Trade;
import com.kafkaconnectkraken.source.config.KrakenSourceConnectorConfig;
import com.kafkaconnectkraken.source.config.RecordType;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.mapping.StructMapper;
import com.kafkaconnectkraken.source.offset.HistoryCursor;
import com.kafkaconnectkraken.source.offset.HistoryPartition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ledgers enriched with QueryTrades against the simulator: each trade once, exact, restart-safe. */
class LedgerTradesTest {

    private static final String KEY = "ledger-trades-test-key";
    private static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQ=";

    private KrakenSimulator simulator;
    private KrakenRestClient rest;
    private final KrakenSourceConnectorConfig config = new KrakenSourceConnectorConfig(Map.of("symbols", "BTC/USD"));
    private final RecordFactory records = new RecordFactory(new StructMapper(DecimalHandlingMode.PRECISE), config.topicNames());

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

    private HistoryPoller poller(HistoryCursor cursor) {
        return new HistoryPoller(HistoryStream.LEDGERS, rest, records, HistoryPartition.forApiKey("Ledgers", KEY), cursor,
                "earliest", Instant::now).enrichedWith(new LedgerTrades(rest, records));
    }

    private static List<SourceRecord> drain(HistoryPoller poller) {
        List<SourceRecord> out = new ArrayList<>(poller.poll());
        while (poller.hasMore()) {
            out.addAll(poller.poll());
        }
        return out;
    }

    private List<SourceRecord> topic(List<SourceRecord> out, String name) {
        return out.stream().filter(r -> r.topic().equals(name)).toList();
    }

    private void fill(int count) {
        for (int i = 0; i < count; i++) {
            BigDecimal qty = i == 0 ? new BigDecimal("0.1") : new BigDecimal("0.0012").add(BigDecimal.valueOf(i, 4));
            simulator.exchange().fill(KEY, "BTC/USD", i % 2 == 0 ? "buy" : "sell", qty);
        }
    }

    @Test
    void everyTradeOfTheLedgerIsWrittenOnceWithTheValuesKrakenBooked() {
        fill(25); // 50 trade ledger entries + 1 deposit: two pages, two QueryTrades calls
        List<SourceRecord> out = drain(poller(null));

        List<SourceRecord> trades = topic(out, config.topicNames().topic(RecordType.TRADE_HISTORY));
        List<Trade> booked = simulator.exchange().trades(KEY);
        assertEquals(51, out.size() - trades.size(), "every ledger entry");
        assertEquals(booked.size(), trades.size(), "one record per trade");
        for (Trade expected : booked) {
            Struct actual = trades.stream().map(r -> (Struct) r.value()).filter(t -> expected.id().equals(t.get("txid")))
                    .findFirst().orElseThrow();
            assertEquals(expected.orderId(), actual.get("ordertxid"));
            assertEquals(expected.side(), actual.get("type"));
            assertEquals(0, expected.price().compareTo((BigDecimal) actual.get("price")));
            assertEquals(0, expected.volume().compareTo((BigDecimal) actual.get("vol")));
            assertEquals(0, expected.cost().compareTo((BigDecimal) actual.get("cost")));
            assertEquals(0, expected.fee().compareTo((BigDecimal) actual.get("fee")));
        }
    }

    @Test
    void aRestartAfterAnyLedgerRecordWritesEachTradeExactlyOnce() {
        fill(3);
        List<SourceRecord> first = drain(poller(null));
        String tradeTopic = config.topicNames().topic(RecordType.TRADE_HISTORY);
        for (int cut = 0; cut < first.size(); cut++) {
            if (first.get(cut).topic().equals(tradeTopic)) {
                continue; // a trade is committed together with its ledger record, which follows it
            }
            List<SourceRecord> committed = first.subList(0, cut + 1);
            HistoryCursor cursor = HistoryCursor.fromMap(committed.get(cut).sourceOffset(), "ledger_id");
            List<SourceRecord> all = new ArrayList<>(committed);
            all.addAll(drain(poller(cursor)));
            List<Object> txids = topic(all, tradeTopic).stream().map(r -> ((Struct) r.value()).get("txid")).sorted().toList();
            List<Object> expected = simulator.exchange().trades(KEY).stream().map(t -> (Object) t.id()).sorted().toList();
            assertEquals(expected, txids, "restart after record " + cut);
        }
    }
}
