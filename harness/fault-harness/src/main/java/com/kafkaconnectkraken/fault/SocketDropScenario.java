package com.kafkaconnectkraken.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.cli.FaultCluster;
import com.kafkaconnectkraken.simulator.KrakenSimulatorMain;
import com.kafkaconnectkraken.testkit.TcpRelay;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Scenario 3: socket drops. Every venue connection of six connectors goes through its own {@link TcpRelay} in this
 * JVM instead of straight to the simulator; {@code drops} times a seeded random relay cuts one of its connections
 * (TCP RST) at a random byte offset or moment ({@link TcpRelay#drop}), so cuts land inside snapshots and frames,
 * between an order and its answer, during the WebSocket token / login exchange and in REST polls. Meanwhile
 * {@link CommandDriver} sends Spot {@code add_order} market orders ({@link SpotMarketVenue}, 1/s) and Trader
 * {@code createOrder} limit orders ({@link TraderVenue}, 2/s). The connectors (each tasks.max=1, records as
 * schemaless JSON with decimals as text, reconnect backoff 200 ms doubling to 2 s):
 * <ul>
 *   <li>{@value #SPOT_PUBLIC}: Kraken Spot book (depth 10) and trade of BTC/USD, ETH/USD, SOL/USD (prefix {@code dp});</li>
 *   <li>{@value #SPOT_PRIVATE}: the demo account's executions channel and REST Ledgers (every 10 s, from the earliest),
 *       {@code exactly.once.support=required} (prefix {@code dx});</li>
 *   <li>the stack's demo Spot sink ({@link FaultCluster.Sink#SPOT}) and Trader sink ({@link FaultCluster.Sink#TRADER});</li>
 *   <li>{@value #FUTURES}: Kraken Futures book and trade of PF_XBTUSD, PF_ETHUSD (prefix {@code df}; the simulator
 *       process makes no Futures fills, so the private fills feed is not part of the run);</li>
 *   <li>{@value #TRADER_SOURCE}: Trader API EURUSD depth 5 and the demo account's executions (prefix {@code dt}).</li>
 * </ul>
 * Then it waits for a final ack per command and for the sources to catch up, and counts independently of the
 * connectors' code ({@link SocketDropResult}): book records that do not verify ({@link BookChecks}), ledger entries,
 * Spot trades and Trader order states missing or repeated against the simulator's REST / orderHistory, orders and
 * final acks per command ({@link AckCounts}, {@link ExchangeOrders}), tasks not RUNNING, secrets ({@link SecretScan}).
 */
final class SocketDropScenario {

    static final String SPOT_PUBLIC = "drops-spot-public";
    static final String SPOT_PRIVATE = "drops-spot-private";
    static final String FUTURES = "drops-futures";
    static final String TRADER_SOURCE = "drops-trader-source";

    /** The relays, by the venue connection they carry. */
    static final List<String> VENUES = List.of("spot-public", "spot-private", "spot-sink", "futures", "trader-source",
            "trader-sink");

    private static final String SPOT_SYMBOLS = "BTC/USD,ETH/USD,SOL/USD";
    private static final int TRADER_DEPTH = 5;
    private static final int MAX_DROP_BYTES = 16 * 1024;
    private static final Duration MAX_DROP_WAIT = Duration.ofMillis(1500);
    private static final long MS_PER_DROP = 400;
    private static final long MIN_DROP_MS = 25_000;
    private static final int MAX_PENDING_DROPS = 6;
    private static final long SUBSCRIBE_MS = 5_000;
    private static final int SPOT_RATE = 1;
    private static final int TRADER_RATE = 2;

    private final FaultCluster cluster;
    private final List<String> traces = new ArrayList<>();

    SocketDropScenario(FaultCluster cluster) {
        this.cluster = cluster;
    }

    /**
     * @param drops how many connections to cut
     * @param seed  the seed of the drop plan (relay, byte budget, moment, live or next connection)
     * @return the counts
     */
    SocketDropResult run(int drops, long seed) throws Exception {
        Map<String, TcpRelay> relays = new LinkedHashMap<>();
        try {
            for (String venue : VENUES) {
                relays.put(venue, new TcpRelay(cluster.simulatorPort()));
            }
            return run(relays, drops, seed);
        } finally {
            for (TcpRelay relay : relays.values()) {
                relay.close();
            }
        }
    }

    private SocketDropResult run(Map<String, TcpRelay> relays, int drops, long seed) throws Exception {
        SpotMarketVenue spot = new SpotMarketVenue();
        TraderVenue trader = new TraderVenue();
        // the secrets to scan for, asked for now (a WS token, a JWT), while the account's REST counter has room
        Map<String, String> secrets = new LinkedHashMap<>(spot.secrets(cluster));
        secrets.putAll(trader.secrets(cluster));
        deployAll(relays, spot, trader);
        List<String> connectors = connectors(spot, trader);
        for (String connector : connectors) {
            awaitTasksRunning(connector, 120);
        }
        // RUNNING is the task's start; its subscriptions follow within moments: no trade before they are live
        Thread.sleep(SUBSCRIBE_MS);
        long start = System.nanoTime();
        long dropMillis = Math.max(MIN_DROP_MS, drops * MS_PER_DROP);
        int seconds = (int) (dropMillis / 1000);
        CompletableFuture<List<String>> spotSent = send(spot, seconds * SPOT_RATE, SPOT_RATE);
        CompletableFuture<List<String>> traderSent = send(trader, seconds * TRADER_RATE, TRADER_RATE);
        Map<String, Integer> perVenue = new TreeMap<>();
        List<TcpRelay.Drop> done = dropAll(relays, drops, seed, dropMillis, perVenue);
        double dropSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d connections cut in %.0f s %s%n", done.size(), dropSeconds, perVenue);
        List<String> spotIds = spotSent.get(10, TimeUnit.MINUTES);
        List<String> traderIds = traderSent.get(10, TimeUnit.MINUTES);
        awaitFinalAcks(spot.sink(), spotIds, 180);
        awaitFinalAcks(trader.sink(), traderIds, 180);
        System.out.printf("final acks awaited at %.0f s%n", (System.nanoTime() - start) / 1e9);
        SocketDropResult result = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            // the sources poll REST every 10 s and backfill after their last gap: give them time, then count
            Thread.sleep(attempt == 0 ? 10_000 : 15_000);
            result = count(spot, trader, secrets, spotIds, traderIds, done, perVenue, dropSeconds, connectors, start);
            if (result.historyClean()) {
                break;
            }
            System.out.println("history not complete yet, counting again: " + result.report());
        }
        return result;
    }

    private void deployAll(Map<String, TcpRelay> relays, SpotMarketVenue spot, TraderVenue trader) {
        String sim = "127.0.0.1:";
        Map<String, String> pub = source("com.kafkaconnectkraken.source.KrakenSourceConnector", "dp");
        pub.put("kraken.ws.public.url", "ws://" + sim + relays.get("spot-public").port() + "/public/v2");
        pub.put("kraken.rest.url", "http://" + sim + relays.get("spot-public").port());
        pub.put("channels", "book,trade");
        pub.put("symbols", SPOT_SYMBOLS);
        pub.put("book.depth", "10");
        cluster.deploy(SPOT_PUBLIC, pub);

        int privatePort = relays.get("spot-private").port();
        Map<String, String> priv = source("com.kafkaconnectkraken.source.KrakenSourceConnector", "dx");
        priv.put("kraken.ws.private.url", "ws://" + sim + privatePort + "/auth/v2");
        priv.put("kraken.rest.url", "http://" + sim + privatePort);
        priv.put("kraken.api.key", FaultCluster.API_KEY);
        priv.put("kraken.api.secret", cluster.apiSecret());
        priv.put("channels", "executions");
        priv.put("executions.snap.trades", "true"); // fills before the first subscription (no cursor yet)
        priv.put("rest.endpoints", "Ledgers");
        priv.put("ledgers.start", "earliest");
        priv.put("rest.poll.ledgers.interval.ms", "10000");
        priv.put("exactly.once.support", "required");
        cluster.deploy(SPOT_PRIVATE, priv);

        int spotSinkPort = relays.get("spot-sink").port();
        Map<String, String> spotSink = cluster.sinkConfig(spot.sink());
        spotSink.put("kraken.ws.private.url", "ws://" + sim + spotSinkPort + "/auth/v2");
        spotSink.put("kraken.rest.url", "http://" + sim + spotSinkPort);
        backoff(spotSink);
        cluster.deploy(spot.sink().connector(), spotSink);

        int futuresPort = relays.get("futures").port();
        Map<String, String> futures = source("com.kafkaconnectkraken.source.futures.KrakenFuturesSourceConnector", "df");
        futures.put("futures.ws.url", "ws://" + sim + futuresPort + "/ws/v1");
        futures.put("futures.rest.url", "http://" + sim + futuresPort);
        futures.put("futures.feeds", "book,trade");
        futures.put("futures.product_ids", "PF_XBTUSD,PF_ETHUSD");
        cluster.deploy(FUTURES, futures);

        Map<String, String> traderSource = source("com.kafkaconnectkraken.source.trader.TraderSourceConnector", "dt");
        traderSource.put("trader.url", "ws://" + sim + relays.get("trader-source").port() + "/api/v1/ws");
        traderSource.put("trader.username", KrakenSimulatorMain.TRADER_DEMO_USER);
        traderSource.put("trader.password", KrakenSimulatorMain.TRADER_DEMO_PASSWORD);
        traderSource.put("trader.symbols", "EURUSD");
        traderSource.put("trader.events", "executionEvent");
        traderSource.put("trader.depth.symbols", "EURUSD");
        traderSource.put("trader.depth", Integer.toString(TRADER_DEPTH));
        traderSource.put("trader.account.ids", KrakenSimulatorMain.TRADER_DEMO_ACCOUNT);
        cluster.deploy(TRADER_SOURCE, traderSource);

        Map<String, String> traderSink = cluster.sinkConfig(trader.sink());
        traderSink.put("trader.url", "ws://" + sim + relays.get("trader-sink").port() + "/api/v1/ws");
        backoff(traderSink);
        cluster.deploy(trader.sink().connector(), traderSink);
    }

    private static List<String> connectors(SinkVenue spot, SinkVenue trader) {
        return List.of(SPOT_PUBLIC, SPOT_PRIVATE, spot.sink().connector(), FUTURES, TRADER_SOURCE, trader.sink().connector());
    }

    /** @return a source config: tasks.max=1, JSON values without schemas, decimals as exact text, short backoff */
    private static Map<String, String> source(String connectorClass, String prefix) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", connectorClass);
        config.put("tasks.max", "1");
        config.put("topic.prefix", prefix);
        config.put("decimal.handling.mode", "string");
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter.schemas.enable", "false");
        backoff(config);
        return config;
    }

    private static void backoff(Map<String, String> config) {
        config.put("reconnect.backoff.ms", "200");
        config.put("reconnect.backoff.max.ms", "2000");
    }

    private CompletableFuture<List<String>> send(SinkVenue venue, int commands, int rate) {
        CommandDriver driver = new CommandDriver(cluster.bootstrapServers(), venue);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return driver.send(commands, rate);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Cuts {@code drops} connections, one drop armed every {@code dropMillis / drops} ms on a random relay (at most
     * {@value #MAX_PENDING_DROPS} armed at a time); a drop that found no connection is armed again elsewhere.
     */
    private static List<TcpRelay.Drop> dropAll(Map<String, TcpRelay> relays, int drops, long seed, long dropMillis,
                                               Map<String, Integer> perVenue) throws InterruptedException {
        Random random = new Random(seed);
        List<String> venues = new ArrayList<>(relays.keySet());
        Map<CompletableFuture<TcpRelay.Drop>, String> pending = new LinkedHashMap<>();
        List<TcpRelay.Drop> done = new ArrayList<>();
        long interval = Math.max(1, dropMillis / Math.max(1, drops));
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(dropMillis * 3 + 60_000);
        long next = start;
        while (done.size() < drops && System.nanoTime() < deadline) {
            for (Iterator<Map.Entry<CompletableFuture<TcpRelay.Drop>, String>> it = pending.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<CompletableFuture<TcpRelay.Drop>, String> entry = it.next();
                if (entry.getKey().isDone()) {
                    it.remove();
                    TcpRelay.Drop drop = entry.getKey().join();
                    if (drop != null && done.size() < drops) {
                        done.add(drop);
                        perVenue.merge(entry.getValue(), 1, Integer::sum);
                    }
                }
            }
            if (done.size() + pending.size() < drops && pending.size() < MAX_PENDING_DROPS && System.nanoTime() >= next) {
                String venue = venues.get(random.nextInt(venues.size()));
                pending.put(relays.get(venue).drop(random, MAX_DROP_BYTES, MAX_DROP_WAIT), venue);
                next += TimeUnit.MILLISECONDS.toNanos(interval);
            }
            Thread.sleep(10);
        }
        return done;
    }

    /** Waits until the connector and every task of it are RUNNING; throws IllegalStateException after {@code seconds}. */
    private void awaitTasksRunning(String connector, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (notRunning(connector).isEmpty()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(connector + " not RUNNING within " + seconds + " s: " + cluster.status(connector));
    }

    /** @return what of {@code connector} is not RUNNING ("connector" or "task N: STATE"), empty if all is */
    private List<String> notRunning(String connector) {
        JsonNode status = cluster.status(connector);
        if (status == null) {
            return List.of("no status");
        }
        List<String> problems = new ArrayList<>();
        if (!"RUNNING".equals(status.path("connector").path("state").asText())) {
            problems.add("connector " + status.path("connector").path("state").asText());
        }
        if (status.path("tasks").isEmpty()) {
            problems.add("no task");
        }
        for (JsonNode task : status.path("tasks")) {
            if (task.hasNonNull("trace")) {
                traces.add(task.path("trace").asText());
            }
            if (!"RUNNING".equals(task.path("state").asText())) {
                problems.add("task " + task.path("id").asInt() + " " + task.path("state").asText());
            }
        }
        return problems;
    }

    private void awaitFinalAcks(FaultCluster.Sink sink, List<String> ids, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            AckCounts acks = AckCounts.of(TopicRecords.readAll(cluster.bootstrapServers(), sink.acksTopic()));
            if (acks.missing(ids) == 0) {
                return;
            }
            Thread.sleep(2_000);
        }
    }

    private SocketDropResult count(SpotMarketVenue spot, TraderVenue trader, Map<String, String> secrets,
                                   List<String> spotIds, List<String> traderIds,
                                   List<TcpRelay.Drop> done, Map<String, Integer> perVenue, double dropSeconds,
                                   List<String> connectors, long start) throws Exception {
        String bootstrap = cluster.bootstrapServers();
        Map<String, List<String>> notRunning = new TreeMap<>();
        for (String connector : connectors) {
            List<String> problems = notRunning(connector);
            if (!problems.isEmpty()) {
                notRunning.put(connector, problems);
            }
        }
        BookChecks.Count spotBook = BookChecks.spot(TopicRecords.readAll(bootstrap, "dp.book"));
        BookChecks.Count futuresBook = BookChecks.futures(TopicRecords.readAll(bootstrap, "df.futures.book"));
        BookChecks.Count traderDepth = BookChecks.traderDepth(TopicRecords.readAll(bootstrap, "dt.trader.depth"), TRADER_DEPTH);

        List<ConsumerRecord<String, String>> ledgers = TopicRecords.readAll(bootstrap, "dx.ledger");
        List<ConsumerRecord<String, String>> executions = TopicRecords.readAll(bootstrap, "dx.execution");
        List<ConsumerRecord<String, String>> traderExecutions = TopicRecords.readAll(bootstrap, "dt.trader.executions");
        String rest = cluster.simulatorRest();
        SocketDropResult.Once ledgerCount = once(SpotHistory.ledgerIds(rest, FaultCluster.API_KEY, cluster.apiSecret()),
                ledgers, r -> r.key());
        List<ConsumerRecord<String, String>> fills = executions.stream()
                .filter(r -> "trade".equals(Json.parse(r.value()).path("exec_type").asText())).toList();
        SocketDropResult.Once fillCount = once(SpotHistory.tradeIds(rest, FaultCluster.API_KEY, cluster.apiSecret()),
                fills, r -> Json.parse(r.value()).path("exec_id").asText());
        List<JsonNode> orders = TraderOrders.orders(cluster.simulatorTraderWs(), KrakenSimulatorMain.TRADER_DEMO_USER,
                KrakenSimulatorMain.TRADER_DEMO_PASSWORD, KrakenSimulatorMain.TRADER_DEMO_ACCOUNT);
        Set<String> orderStates = new LinkedHashSet<>();
        orders.forEach(o -> orderStates.add(state(o.path("orderId"), o.path("status"), o.path("filledQuantity"))));
        SocketDropResult.Once traderCount = once(orderStates, traderExecutions, r -> {
            JsonNode v = Json.parse(r.value());
            return state(v.path("order_id"), v.path("status"), v.path("filled_quantity"));
        });

        Map<String, Integer> gaps = new TreeMap<>();
        for (String topic : List.of("dp.gap", "dx.gap", "df.futures.gap", "dt.trader.gap")) {
            gaps.put(topic, TopicRecords.readAll(bootstrap, topic).size());
        }
        gaps.put("dp.book_reset", TopicRecords.readAll(bootstrap, "dp.book_reset").size());
        gaps.put("df.futures.book_reset", TopicRecords.readAll(bootstrap, "df.futures.book_reset").size());

        SocketDropResult.Orders spotOrders = orders(spot, spotIds);
        SocketDropResult.Orders traderOrders = orders(trader, traderIds);

        SecretScan scan = secretScan(spot, trader, secrets, List.of(ledgers, executions, traderExecutions));
        long fresh = done.stream().filter(TcpRelay.Drop::fresh).count();
        long atByte = done.stream().filter(TcpRelay.Drop::atByte).count();
        return new SocketDropResult(done.size(), perVenue, fresh, atByte, dropSeconds, spotBook, futuresBook, traderDepth,
                gaps, ledgerCount, fillCount, traderCount, spotOrders, traderOrders, notRunning, scan.hits(), scan.texts(),
                (System.nanoTime() - start) / 1e9);
    }

    /** @return {@code order_id|status|filled quantity (exact, trailing zeros dropped)} */
    private static String state(JsonNode orderId, JsonNode status, JsonNode filled) {
        String quantity = filled.isMissingNode() || filled.isNull() || filled.asText().isEmpty() ? "0"
                : new BigDecimal(filled.asText()).stripTrailingZeros().toPlainString();
        return orderId.asText() + "|" + status.asText() + "|" + quantity;
    }

    private static SocketDropResult.Once once(Collection<String> truth, List<ConsumerRecord<String, String>> records,
                                              Function<ConsumerRecord<String, String>, String> id) {
        Map<String, Integer> perId = new HashMap<>();
        records.forEach(r -> perId.merge(id.apply(r), 1, Integer::sum));
        List<String> duplicated = perId.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
        List<String> missing = truth.stream().filter(t -> !perId.containsKey(t)).sorted().toList();
        long extra = perId.keySet().stream().filter(k -> !truth.contains(k)).count();
        return new SocketDropResult.Once(truth.size(), records.size(), duplicated.size(), missing.size(), extra,
                duplicated.stream().limit(3).toList(), missing.stream().limit(3).toList());
    }

    private SocketDropResult.Orders orders(SinkVenue venue, List<String> ids) {
        AckCounts acks = AckCounts.of(TopicRecords.readAll(cluster.bootstrapServers(), venue.sink().acksTopic()));
        Map<String, Integer> orders = venue.ordersPerClientOrderId(cluster);
        return new SocketDropResult.Orders(venue.sink().connector(), ids.size(), ExchangeOrders.duplicated(orders, ids),
                ExchangeOrders.missing(orders, acks.accepted(ids)), ExchangeOrders.placed(orders, acks.notAccepted(ids)),
                acks.duplicated(ids), acks.missing(ids), acks.unknownAcks(), acks.finalStatuses());
    }

    private SecretScan secretScan(SinkVenue spot, SinkVenue trader, Map<String, String> secrets,
                                  List<List<ConsumerRecord<String, String>>> records) {
        SecretScan scan = new SecretScan(secrets);
        scan.scanFiles(cluster.logs());
        List<List<ConsumerRecord<String, String>>> all = new ArrayList<>(records);
        for (SinkVenue venue : List.of(spot, trader)) {
            all.add(TopicRecords.readAll(cluster.bootstrapServers(), venue.sink().acksTopic()));
            all.add(TopicRecords.readAll(cluster.bootstrapServers(), venue.sink().dlqTopic()));
        }
        for (List<ConsumerRecord<String, String>> topic : all) {
            for (ConsumerRecord<String, String> r : topic) {
                scan.scan(r.topic(), r.value());
                r.headers().forEach(h -> scan.scan(r.topic() + " header " + h.key(),
                        h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8)));
            }
        }
        traces.forEach(t -> scan.scan("task trace", t));
        return scan;
    }
}
