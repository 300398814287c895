package com.kafkaconnectkraken.source.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.trader.TraderTokens;
import com.kafkaconnectkraken.client.trader.protocol.TraderAction;
import com.kafkaconnectkraken.client.trader.protocol.TraderMessageType;
import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.client.ws.TraderWsSession;
import com.kafkaconnectkraken.registry.ConfluentAvro;
import com.kafkaconnectkraken.schema.KrakenSchemas;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.testkit.ConnectStack;
import com.kafkaconnectkraken.testkit.ConnectStackExtension;
import com.kafkaconnectkraken.testkit.TcpRelay;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Trader source on a real broker + Connect worker + registry against the simulator's Trader API: every event
 * type lands as Confluent Avro registered as its contract with the values the simulator sent; a connection kept away
 * from the simulator (dropped, refused by a relay while an order fills) gives one gap record, the order backfilled
 * from orderHistory once and nothing twice; expired tokens give a new login and the stream goes on; pings the server
 * leaves unanswered give a reconnect (OkHttp's ping failure) and a gap record.
 */
class TraderSourceIT {

    @RegisterExtension
    static final ConnectStackExtension STACK = new ConnectStackExtension();

    private static final String USER = "it-trader";
    private static final String PASSWORD = "it-password";
    private static final String ACCOUNT = "acc_it";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static KrakenSimulator simulator(long seed) {
        return KrakenSimulator.builder().seed(seed).traderSymbols("EURUSD", "GBPUSD").traderQuoteRate(0)
                .addTraderUser(USER, PASSWORD, ACCOUNT).build().start();
    }

    private static Map<String, String> config(ConnectStack stack, int port, String prefix) {
        Map<String, String> config = new HashMap<>(stack.avroValueConverter());
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("connector.class", "com.kafkaconnectkraken.source.trader.TraderSourceConnector");
        config.put("tasks.max", "1");
        config.put("topic.prefix", prefix);
        config.put("trader.url", "ws://127.0.0.1:" + port + "/api/v1/ws");
        config.put("trader.username", USER);
        config.put("trader.password", PASSWORD);
        config.put("trader.symbols", "EURUSD,GBPUSD");
        config.put("trader.events", "quoteEvent,executionEvent,portfolioEvent");
        config.put("trader.depth.symbols", "EURUSD");
        config.put("trader.depth", "5");
        config.put("trader.account.ids", ACCOUNT);
        config.put("reconnect.backoff.ms", "100");
        config.put("reconnect.backoff.max.ms", "500");
        return config;
    }

    @Test
    void everyEventTypeLandsAsAvroRegisteredAsItsContractWithTheSimulatorsValues() throws Exception {
        ConnectStack stack = STACK.get();
        try (KrakenSimulator simulator = simulator(31)) {
            stack.deployConnector("trader-all", config(stack, simulator.port(), "ta"));
            try {
                stack.awaitRunning("trader-all", 1);
                awaitSubscribed(simulator);
                simulator.trader().setQuote("EURUSD", new BigDecimal("1.08430"), new BigDecimal("1.08450"));
                GenericRecord quote = last(stack, "ta.trader.quotes", r -> dec(r, "bid").compareTo(new BigDecimal("1.0843")) == 0);
                assertEquals("EURUSD", quote.get("symbol").toString());
                assertEquals(0, new BigDecimal("1.0845").compareTo(dec(quote, "ask")));
                GenericRecord depth = last(stack, "ta.trader.depth", r -> dec(level(r, "bids"), "price").compareTo(new BigDecimal("1.0843")) == 0);
                assertEquals(0, new BigDecimal("1.0845").compareTo(dec(level(depth, "asks"), "price")));
                assertEquals(5, ((List<?>) depth.get("bids")).size());
                String orderId = buy(simulator, "EURUSD", 10000);
                GenericRecord filled = last(stack, "ta.trader.executions", r -> orderId.equals(str(r, "order_id")) && "FILLED".equals(str(r, "status")));
                assertEquals(0, new BigDecimal("10000").compareTo(dec(filled, "quantity")));
                assertEquals(0, new BigDecimal("10000").compareTo(dec(filled, "filled_quantity")));
                assertEquals(0, new BigDecimal("1.0845").compareTo(dec(filled, "avg_price")));
                assertEquals("ws", str(filled, "source"));
                GenericRecord portfolio = last(stack, "ta.trader.portfolio", r -> ((List<?>) r.get("positions")).size() == 1);
                GenericRecord position = (GenericRecord) ((List<?>) portfolio.get("positions")).get(0);
                assertEquals(0, new BigDecimal("10000").compareTo(dec(position, "quantity")));
                assertEquals(0, new BigDecimal("1.0845").compareTo(dec(position, "avg_price")));
                GenericRecord metrics = last(stack, "ta.trader.metrics", r -> ACCOUNT.equals(str(r, "account_id")));
                assertEquals(0, simulator.trader().balance(ACCOUNT, "USD").compareTo(dec(metrics, "balance")));
                for (String type : List.of("quote", "depth", "execution", "portfolio", "metrics")) {
                    assertRegisteredAsContract(stack, "ta.trader." + topic(type), "trader/" + type);
                }
            } finally {
                stack.cluster().deleteConnector("trader-all");
            }
        }
    }

    @Test
    void aLostConnectionGivesOneGapRecordAndTheOrderFilledMeanwhileOnce() throws Exception {
        ConnectStack stack = STACK.get();
        try (KrakenSimulator simulator = simulator(32); TcpRelay relay = new TcpRelay(simulator.port())) {
            stack.deployConnector("trader-gap", config(stack, relay.port(), "tg"));
            try {
                stack.awaitRunning("trader-gap", 1);
                awaitSubscribed(simulator);
                simulator.trader().setQuote("EURUSD", new BigDecimal("1.08430"), new BigDecimal("1.08450"));
                last(stack, "tg.trader.quotes", r -> true);
                String before = buy(simulator, "EURUSD", 10000);
                last(stack, "tg.trader.executions", r -> before.equals(str(r, "order_id")) && "FILLED".equals(str(r, "status")));
                relay.refuse(true);
                simulator.trader().dropConnections();
                awaitNoConnection(simulator);
                String meanwhile = buy(simulator, "EURUSD", 20000);
                relay.refuse(false);
                GenericRecord gap = last(stack, "tg.trader.gap", r -> true);
                assertEquals("trader", str(gap, "channel"));
                assertEquals(true, gap.get("backfilled"));
                readUntil(stack, "tg.trader.executions", r -> meanwhile.equals(str(r, "order_id")));
                simulator.trader().setQuote("EURUSD", new BigDecimal("1.08440"), new BigDecimal("1.08460"));
                last(stack, "tg.trader.quotes", r -> dec(r, "bid").compareTo(new BigDecimal("1.0844")) == 0);
                List<GenericRecord> executions = readUntil(stack, "tg.trader.executions", r -> meanwhile.equals(str(r, "order_id")));
                List<GenericRecord> recovered = executions.stream().filter(r -> meanwhile.equals(str(r, "order_id"))).toList();
                assertEquals(1, recovered.size(), "the order filled while down, once");
                assertEquals("order_history", str(recovered.get(0), "source"));
                assertEquals("FILLED", str(recovered.get(0), "status"));
                assertEquals(0, new BigDecimal("20000").compareTo(dec(recovered.get(0), "filled_quantity")));
                Map<String, Long> states = executions.stream().collect(Collectors.groupingBy(
                        r -> str(r, "order_id") + "|" + str(r, "status"), Collectors.counting()));
                assertTrue(states.values().stream().allMatch(n -> n == 1), "no order state twice: " + states);
                assertEquals(1L, states.get(before + "|FILLED"));
                assertEquals(1, TopicReads.endOffset(stack, "tg.trader.gap"), "one gap record per reconnect");
            } finally {
                stack.cluster().deleteConnector("trader-gap");
            }
        }
    }

    @Test
    void expiredTokensGiveANewLoginAndTheStreamGoesOn() throws Exception {
        ConnectStack stack = STACK.get();
        try (KrakenSimulator simulator = simulator(33)) {
            stack.deployConnector("trader-token", config(stack, simulator.port(), "tt"));
            try {
                stack.awaitRunning("trader-token", 1);
                awaitSubscribed(simulator);
                simulator.trader().setQuote("EURUSD", new BigDecimal("1.08430"), new BigDecimal("1.08450"));
                last(stack, "tt.trader.quotes", r -> true);
                long logins = simulator.trader().logins();
                simulator.trader().expireTokens();
                Instant deadline = Instant.now().plus(WAIT);
                while (simulator.trader().logins() == logins || simulator.trader().openConnections() == 0) {
                    assertTrue(Instant.now().isBefore(deadline), "no new login and connection after expireTokens()");
                    Thread.sleep(100);
                }
                simulator.trader().setQuote("EURUSD", new BigDecimal("1.08440"), new BigDecimal("1.08460"));
                last(stack, "tt.trader.quotes", r -> dec(r, "bid").compareTo(new BigDecimal("1.0844")) == 0);
                assertTrue(simulator.trader().logins() > logins);
            } finally {
                stack.cluster().deleteConnector("trader-token");
            }
        }
    }

    @Test
    void unansweredPingsGiveAReconnectAGapRecordAndTheStreamGoesOn() throws Exception {
        ConnectStack stack = STACK.get();
        try (KrakenSimulator simulator = simulator(34)) {
            Map<String, String> config = config(stack, simulator.port(), "tp");
            config.put("ws.ping.interval.ms", "300");
            stack.deployConnector("trader-ping", config);
            try {
                stack.awaitRunning("trader-ping", 1);
                awaitSubscribed(simulator);
                simulator.trader().setQuote("EURUSD", new BigDecimal("1.08430"), new BigDecimal("1.08450"));
                last(stack, "tp.trader.quotes", r -> true);
                long connections = simulator.trader().connections();
                simulator.trader().ignoreClientPings(true);
                Instant deadline = Instant.now().plus(WAIT);
                while (simulator.trader().connections() == connections) {
                    assertTrue(Instant.now().isBefore(deadline), "no reconnect after the pings went unanswered");
                    Thread.sleep(50);
                }
                simulator.trader().ignoreClientPings(false);
                assertEquals("trader", str(last(stack, "tp.trader.gap", r -> true), "channel"));
                simulator.trader().setQuote("EURUSD", new BigDecimal("1.08440"), new BigDecimal("1.08460"));
                last(stack, "tp.trader.quotes", r -> dec(r, "bid").compareTo(new BigDecimal("1.0844")) == 0);
                assertEquals(TopicReads.endOffset(stack, "tp.trader.gap"), simulator.trader().connections() - 1,
                        "one gap record per reconnect");
            } finally {
                stack.cluster().deleteConnector("trader-ping");
            }
        }
    }

    /** Places a MARKET buy on the simulator over a connection of its own; @return the order id */
    private static String buy(KrakenSimulator simulator, String symbol, int quantity) throws Exception {
        KrakenWsConfig ws = KrakenWsConfig.builder(simulator.traderWs()).name("it-trading").build();
        TraderTokens tokens = TraderTokens.given(simulator.trader().issueToken(USER), Clock.systemUTC());
        try (TraderWsSession session = new TraderWsSession(ws, tokens, message -> { })) {
            session.connect().get(10, TimeUnit.SECONDS);
            ObjectNode order = KrakenJson.mapper().createObjectNode().put("accountId", ACCOUNT).put("symbol", symbol)
                    .put("side", "BUY").put("type", "MARKET").put("quantity", quantity);
            return session.request(TraderAction.CREATE_ORDER, order, m -> m.type() == TraderMessageType.EXECUTION_EVENT)
                    .get(10, TimeUnit.SECONDS).text("orderId");
        }
    }

    /** The task subscribes in the background after start(): waits until the simulator has every subscription. */
    private static void awaitSubscribed(KrakenSimulator simulator) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (simulator.trader().messages("subscribe") == 0 || simulator.trader().messages("depthSubscribe") == 0
                || simulator.trader().messages("metricsSubscribe") == 0) {
            assertTrue(Instant.now().isBefore(deadline), "the task did not subscribe");
            Thread.sleep(20);
        }
    }

    private static void awaitNoConnection(KrakenSimulator simulator) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (simulator.trader().openConnections() > 0) {
            assertTrue(Instant.now().isBefore(deadline), "the connector's connection is still open");
            Thread.sleep(20);
        }
    }

    private static void assertRegisteredAsContract(ConnectStack stack, String topic, String schema) {
        ConsumerRecord<byte[], byte[]> record = stack.consume(topic, 1, WAIT).get(0);
        assertEquals(ConfluentAvro.MAGIC_BYTE, record.value()[0], topic);
        SourceToAvroIT.assertSameContract(KrakenSchemas.avro(schema), stack.avro().schema(ConfluentAvro.schemaId(record.value())));
    }

    /** @return every record of {@code topic} decoded, read until one matches */
    private static List<GenericRecord> readUntil(ConnectStack stack, String topic, Predicate<GenericRecord> match) {
        stack.consume(topic, 1, WAIT); // the connector creates the topic with its first record
        List<ConsumerRecord<byte[], byte[]>> raw = TopicReads.readUntil(stack, topic,
                records -> records.stream().map(r -> stack.avro().decodeRecord(r.value())).anyMatch(match), WAIT);
        return raw.stream().map(r -> stack.avro().decodeRecord(r.value())).toList();
    }

    /** @return the last record of {@code topic} that matches, once one does */
    private static GenericRecord last(ConnectStack stack, String topic, Predicate<GenericRecord> match) {
        List<GenericRecord> matching = readUntil(stack, topic, match).stream().filter(match).toList();
        return matching.get(matching.size() - 1);
    }

    private static String topic(String type) {
        return switch (type) {
            case "quote" -> "quotes";
            case "execution" -> "executions";
            default -> type;
        };
    }

    private static GenericRecord level(GenericRecord depth, String side) {
        return (GenericRecord) ((List<?>) depth.get(side)).get(0);
    }

    private static String str(GenericRecord record, String field) {
        Object value = record.get(field);
        return value == null ? null : value.toString();
    }

    private static BigDecimal dec(GenericRecord record, String field) {
        Schema schema = record.getSchema().getField(field).schema();
        Schema bytes = schema.getType() == Schema.Type.UNION ? schema.getTypes().get(1) : schema;
        return new Conversions.DecimalConversion().fromBytes(((ByteBuffer) record.get(field)).duplicate(), bytes, bytes.getLogicalType());
    }
}
