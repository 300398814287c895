package com.kafkaconnectkraken.source.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import com.kafkaconnectkraken.registry.ConfluentAvro;
import com.kafkaconnectkraken.schema.KrakenSchemas;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.exchange.ExchangeConfig;
import com.kafkaconnectkraken.simulator.exchange.account.LedgerEntry;
import com.kafkaconnectkraken.source.LedgerOrder;
import com.kafkaconnectkraken.testkit.ConnectStack;
import com.kafkaconnectkraken.testkit.ConnectStackExtension;
import com.kafkaconnectkraken.testkit.SimulatorConnectorConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.test.TestUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Real broker + Connect worker + Apicurio registry + simulator: every record type lands as Avro in the
 * Confluent wire format, registers as the .avsc contract, and decodes (with plain Apache Avro) to what
 * the simulator holds or sent.
 */
class SourceToAvroIT {

    @RegisterExtension
    static final ConnectStackExtension STACK = new ConnectStackExtension();

    private static final String KEY = "it-key";
    private static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQ=";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static KrakenSimulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = KrakenSimulator.builder().symbols("BTC/USD", "ETH/USD").seed(3).rate(100).account(KEY, SECRET)
                .exchangeConfig(ExchangeConfig.builder().restTier(RestTier.PRO).build()).build().start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    static Map<String, String> connectorConfig(ConnectStack stack, String prefix, String channels, String rest) {
        return connectorConfig(stack, simulator, prefix, channels, rest);
    }

    static Map<String, String> connectorConfig(ConnectStack stack, KrakenSimulator simulator, String prefix, String channels,
                                               String rest) {
        Map<String, String> config = new HashMap<>(SimulatorConnectorConfig.endpoints(simulator));
        config.putAll(SimulatorConnectorConfig.credentials(KEY, SECRET));
        config.putAll(stack.avroValueConverter());
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("connector.class", "com.kafkaconnectkraken.source.KrakenSourceConnector");
        config.put("tasks.max", "1");
        config.put("topic.prefix", prefix);
        config.put("channels", channels);
        config.put("symbols", "BTC/USD,ETH/USD");
        config.put("rest.endpoints", rest);
        config.put("rest.tier", "pro");
        config.put("rest.poll.ledgers.interval.ms", "1000");
        config.put("ledgers.start", "earliest");
        return config;
    }

    @Test
    void everyRecordTypeLandsAsConfluentAvroRegisteredAsTheContract() {
        ConnectStack stack = STACK.get();
        String deposit = simulator.exchange().deposit(KEY, "USD", new BigDecimal("1234.5678"));
        stack.deployConnector("avro-all", connectorConfig(stack, "all",
                "ticker,book,trade,ohlc,instrument,level3,balances", "Ledgers,BalanceEx,TradeBalance,TradeVolume"));
        try {
            assertEveryTypeLanded(stack, deposit);
        } finally {
            stack.cluster().deleteConnector("avro-all");
        }
    }

    private static void assertEveryTypeLanded(ConnectStack stack, String deposit) {
        stack.awaitRunning("avro-all", 1);
        Map<String, String> schemaOfTopic = Map.ofEntries(Map.entry("ticker", "ticker"), Map.entry("book", "book"),
                Map.entry("trade", "trade"), Map.entry("ohlc", "ohlc"), Map.entry("instrument_pair", "instrument_pair"),
                Map.entry("instrument_asset", "instrument_asset"), Map.entry("level3", "level3"),
                Map.entry("balance", "balance"), Map.entry("ledger", "ledger"), Map.entry("balance_ex", "balance_ex"),
                Map.entry("trade_balance", "trade_balance"), Map.entry("trade_volume", "trade_volume"));
        for (Map.Entry<String, String> entry : schemaOfTopic.entrySet()) {
            ConsumerRecord<byte[], byte[]> record = stack.consume("all." + entry.getKey(), 1, WAIT).get(0);
            assertEquals(ConfluentAvro.MAGIC_BYTE, record.value()[0], entry.getKey());
            Schema registered = stack.avro().schema(ConfluentAvro.schemaId(record.value()));
            assertSameContract(KrakenSchemas.avro(entry.getValue()), registered);
            GenericRecord value = stack.avro().decodeRecord(record.value());
            assertTrue(value.get("received_at") instanceof Long, entry.getKey());
        }
        // the account is shared with the other tests: find this test's deposit whatever ran before
        List<ConsumerRecord<byte[], byte[]>> ledgers = TopicReads.readUntil(stack, "all.ledger",
                r -> withKey(r, deposit).isPresent(), WAIT);
        GenericRecord ledger = stack.avro().decodeRecord(withKey(ledgers, deposit).orElseThrow().value());
        assertEquals(deposit, ledger.get("ledger_id").toString());
        assertEquals(0, new BigDecimal("1234.5678").compareTo(decimal(ledger, "amount")));
    }

    @Test
    void droppedConnectionsProduceGapRecordsPerChannel() {
        ConnectStack stack = STACK.get();
        // a simulator of its own: dropping every connection must not touch the other tests' connectors
        try (KrakenSimulator own = KrakenSimulator.builder().symbols("BTC/USD", "ETH/USD").seed(4).rate(100)
                .account(KEY, SECRET).exchangeConfig(ExchangeConfig.builder().restTier(RestTier.PRO).build()).build().start()) {
            stack.deployConnector("avro-gap", connectorConfig(stack, own, "gp", "ticker,balances", ""));
            try {
                stack.awaitRunning("avro-gap", 1);
                stack.consume("gp.ticker", 1, WAIT);
                own.faults().dropAllConnections();
                List<ConsumerRecord<byte[], byte[]>> gaps = stack.consume("gp.gap", 2, WAIT);
                Map<String, GenericRecord> byChannel = gaps.stream().map(r -> stack.avro().decodeRecord(r.value()))
                        .collect(Collectors.toMap(g -> g.get("channel").toString(), g -> g));
                GenericRecord ticker = byChannel.get("ticker");
                assertEquals(List.of("BTC/USD", "ETH/USD"),
                        ((List<?>) ticker.get("symbols")).stream().map(Object::toString).toList());
                assertTrue((Long) ticker.get("from") <= (Long) ticker.get("to"));
                assertEquals((Long) ticker.get("to") - (Long) ticker.get("from"), (Long) ticker.get("duration_ms"), 1.0);
                assertEquals(true, byChannel.get("balances").get("backfilled"));
            } finally {
                stack.cluster().deleteConnector("avro-gap");
            }
        }
    }

    @Test
    void bookSnapshotsDecodeToTheLevelsTheSimulatorChecksummed() {
        ConnectStack stack = STACK.get();
        stack.deployConnector("avro-book", connectorConfig(stack, "bk", "book", ""));
        try {
            assertSnapshotsMatchTheirChecksums(stack);
        } finally {
            stack.cluster().deleteConnector("avro-book");
        }
    }

    private static void assertSnapshotsMatchTheirChecksums(ConnectStack stack) {
        stack.awaitRunning("avro-book", 1);
        List<ConsumerRecord<byte[], byte[]>> records = stack.consume("bk.book", 20, WAIT);
        int snapshots = 0;
        for (ConsumerRecord<byte[], byte[]> record : records) {
            GenericRecord book = stack.avro().decodeRecord(record.value());
            if ("snapshot".equals(book.get("type").toString())) {
                snapshots++;
                int pricePrecision = record.key() != null && new String(record.key(), StandardCharsets.UTF_8).startsWith("BTC") ? 1 : 2;
                assertEquals((Long) book.get("checksum"), checksum(book, pricePrecision), "decoded levels match the exchange checksum");
            }
        }
        assertTrue(snapshots >= 1);
    }

    @Test
    void ledgersResumeAfterRestartWithoutLossOrDuplicates() throws Exception {
        ConnectStack stack = STACK.get();
        for (int i = 0; i < 60; i++) {
            simulator.exchange().deposit(KEY, "EUR", BigDecimal.valueOf(i + 1));
        }
        stack.deployConnector("avro-ledgers", connectorConfig(stack, "rs", "", "Ledgers"));
        try {
            stack.awaitRunning("avro-ledgers", 1);
            awaitCommittedCursor(stack, "avro-ledgers", lastLedgerId());
            stack.cluster().restartConnectorAndTasks("avro-ledgers", false, true, false);
            for (int i = 0; i < 5; i++) {
                simulator.exchange().deposit(KEY, "EUR", new BigDecimal("0.01"));
            }
            List<LedgerEntry> expected = simulator.exchange().ledgerEntries(KEY);
            awaitCommittedCursor(stack, "avro-ledgers", lastLedgerId());
            // the committed cursor covers the newest entry, so every record up to it is in the log
            List<String> written = stack.consume("rs.ledger", expected.size(), WAIT).stream()
                    .map(r -> new String(r.key(), StandardCharsets.UTF_8)).collect(Collectors.toList());
            LedgerOrder.assertOnceOldestFirst(expected, written);
            assertEquals(expected.size(), TopicReads.endOffset(stack, "rs.ledger"), "no duplicates after the restart");
        } finally {
            stack.cluster().deleteConnector("avro-ledgers");
        }
    }

    private static Optional<ConsumerRecord<byte[], byte[]>> withKey(List<ConsumerRecord<byte[], byte[]>> records, String key) {
        return records.stream().filter(r -> key.equals(new String(r.key(), StandardCharsets.UTF_8))).findFirst();
    }

    private static String lastLedgerId() {
        List<LedgerEntry> entries = simulator.exchange().ledgerEntries(KEY);
        return entries.get(entries.size() - 1).id();
    }

    /**
     * Polls the worker's GET /connectors/{name}/offsets until the ledger cursor covers {@code ledgerId}: names it,
     * or lists it among the ids written at the cursor's time (bounded).
     */
    private static void awaitCommittedCursor(ConnectStack stack, String connector, String ledgerId) throws InterruptedException {
        String url = stack.cluster().endpointForResource("connectors/" + connector + "/offsets");
        AtomicReference<JsonNode> last = new AtomicReference<>();
        TestUtils.waitForCondition(() -> {
            last.set(getJson(url));
            return committedLedgerIds(last.get()).contains(ledgerId);
        }, WAIT.toMillis(), () -> "committed offsets of " + connector + " never reached ledger " + ledgerId + ": " + last.get());
    }

    /**
     * The {@code ledger_id} and {@code ids_at_time} of every source offset in a KIP-875 answer
     * {@code {"offsets":[{partition, offset}]}}.
     */
    private static List<String> committedLedgerIds(JsonNode offsets) {
        List<String> ids = new ArrayList<>();
        offsets.path("offsets").forEach(o -> {
            ids.add(o.path("offset").path("ledger_id").asText(null));
            ids.addAll(List.of(o.path("offset").path("ids_at_time").asText("").split(",")));
        });
        return ids;
    }

    private static JsonNode getJson(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body());
    }

    /** The registered schema equals the .avsc (names, docs, types, logical types, defaults) apart from connect.* metadata. */
    static void assertSameContract(Schema contract, Schema registered) {
        try {
            ObjectMapper json = new ObjectMapper();
            assertEquals(withoutConnectProps(json.readTree(contract.toString())), withoutConnectProps(json.readTree(registered.toString())),
                    contract.getFullName());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode withoutConnectProps(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(entry -> entry.getKey().startsWith("connect."));
            object.forEach(SourceToAvroIT::withoutConnectProps);
        } else if (node.isArray()) {
            node.forEach(SourceToAvroIT::withoutConnectProps);
        }
        return node;
    }

    private static BigDecimal decimal(GenericRecord record, String field) {
        Schema schema = record.getSchema().getField(field).schema();
        Schema bytes = schema.getType() == Schema.Type.UNION ? schema.getTypes().get(1) : schema;
        return new Conversions.DecimalConversion().fromBytes((ByteBuffer) record.get(field), bytes, bytes.getLogicalType());
    }

    /** Kraken's L2 checksum (docs/protocol/kraken-spot.md §3.1) over decoded levels: asks then bids, top 10, '.' removed, leading zeros stripped. */
    private static long checksum(GenericRecord book, int pricePrecision) {
        StringBuilder text = new StringBuilder();
        for (String side : List.of("asks", "bids")) {
            List<?> levels = (List<?>) book.get(side);
            for (Object level : levels.subList(0, Math.min(10, levels.size()))) {
                GenericRecord l = (GenericRecord) level;
                text.append(token(decimal(l, "price"), pricePrecision)).append(token(decimal(l, "qty"), 8));
            }
        }
        CRC32 crc = new CRC32();
        crc.update(text.toString().getBytes(StandardCharsets.US_ASCII));
        return crc.getValue();
    }

    private static String token(BigDecimal value, int precision) {
        String plain = value.setScale(precision, java.math.RoundingMode.UNNECESSARY).toPlainString().replace(".", "");
        return plain.replaceFirst("^0+(?=.)", "");
    }

}
