package com.kafkaconnectkraken.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kafkaconnectkraken.cli.FaultCluster;
import com.kafkaconnectkraken.client.rest.KrakenApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Scenario 2: the Kraken Spot source with {@code exactly.once.support=required} (KIP-618, {@code transaction.boundary=poll})
 * streams the {@code book} of {@link #SYMBOLS} (depth 10) and the private {@code executions} of the demo account and
 * polls REST {@code Ledgers} and {@code TradesHistory} from the earliest entry, while the Kraken Spot sink places
 * market buys ({@link MarketOrderVenue}) that fill at once, so fills and ledger entries keep coming. {@code kill -9}
 * of the worker running the source task ({@code tasks[0].worker_id}) {@code kills} times, evenly spread over the run,
 * each after the task ran at least {@value #MIN_RUN_MS} ms on its worker, a fresh worker replacing each. Then every
 * topic is read from its start with {@code read_committed} and counted: each book record replayed on the harness's
 * own book ({@link BookReplay}), the first record of each symbol after each kill (a snapshot, never an update to
 * the dead task's book), each ledger id and each exec_id once and every ledger entry and trade of the simulator
 * (REST, {@link ExchangeHistory}) present. Scenario 6 scans the logs, the source records and the task traces.
 */
final class SourceKillScenario {

    /** The source connector's name. */
    static final String CONNECTOR = "kraken-source-eos";
    /** Book symbols (the simulator generates them). */
    static final List<String> SYMBOLS = List.of("BTC/USD", "ETH/USD", "SOL/USD");
    private static final String PREFIX = "eos";
    private static final long MIN_RUN_MS = 15_000;
    private static final long SETTLE_MS = 5_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FaultCluster cluster;
    private final MarketOrderVenue venue = new MarketOrderVenue();
    private final List<String> traces = new ArrayList<>();

    SourceKillScenario(FaultCluster cluster) {
        this.cluster = cluster;
    }

    /** @return the source's config: every stream of the scenario, JSON values, decimals as Kraken's text */
    Map<String, String> sourceConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "com.kafkaconnectkraken.source.KrakenSourceConnector");
        config.put("tasks.max", "1");
        config.put("exactly.once.support", "required");
        config.put("transaction.boundary", "poll");
        config.put("kraken.ws.public.url", cluster.simulatorPublicWs());
        config.put("kraken.ws.private.url", cluster.simulatorPrivateWs());
        config.put("kraken.rest.url", cluster.simulatorRest());
        config.put("kraken.api.key", FaultCluster.API_KEY);
        config.put("kraken.api.secret", cluster.apiSecret());
        config.put("channels", "book,executions");
        // the first task has no cursor: the snapshot's last 50 fills cover orders that filled before it subscribed
        config.put("executions.snap.trades", "true");
        config.put("symbols", String.join(",", SYMBOLS));
        config.put("book.depth", "10");
        config.put("rest.endpoints", "Ledgers,TradesHistory");
        config.put("rest.poll.ledgers.interval.ms", "1000");
        config.put("rest.poll.trades_history.interval.ms", "1000");
        config.put("ledgers.start", "earliest");
        config.put("rest.history.start", "earliest");
        // the simulator's REST limits (intermediate: 20, -0.5/s; a history call costs 2)
        config.put("rest.tier", "intermediate");
        config.put("rest.history.cost", "2");
        config.put("topic.prefix", PREFIX);
        config.put("decimal.handling.mode", "string");
        config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter.schemas.enable", "false");
        return config;
    }

    /**
     * @param kills   workers to kill
     * @param seconds how long the orders run
     * @param rate    market orders per second, alternately on two pairs (the sink's guard sustains about 1 per second
     *                per pair)
     */
    SourceKillResult run(int kills, int seconds, int rate) throws Exception {
        cluster.deploySink(venue.sink());
        cluster.deploy(CONNECTOR, sourceConfig());
        awaitTaskRunning(CONNECTOR, 120);
        awaitTaskRunning(venue.sink().connector(), 120);
        long start = System.nanoTime();
        int orders = seconds * rate;
        CommandDriver driver = new CommandDriver(cluster.bootstrapServers(), venue);
        CompletableFuture<List<String>> sent = CompletableFuture.supplyAsync(() -> {
            try {
                return driver.send(orders, rate);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        List<String> killLines = new ArrayList<>();
        List<Long> killedAt = new ArrayList<>();
        killDuring(kills, seconds * 1000L, start, killLines, killedAt);
        List<String> ids = sent.get(10, TimeUnit.MINUTES);
        awaitTaskRunning(CONNECTOR, 120);
        AckCounts acks = awaitFinalAcks(ids, 120);
        return count(killLines, killedAt, ids, acks, start);
    }

    private void killDuring(int kills, long runMillis, long start, List<String> lines, List<Long> killedAt)
            throws InterruptedException {
        long runningSince = System.nanoTime();
        for (int k = 1; k <= kills; k++) {
            long due = start + TimeUnit.MILLISECONDS.toNanos(k * runMillis / (kills + 1));
            // each kill after the task ran a while on the worker the previous kill moved it to
            due = Math.max(due, runningSince + TimeUnit.MILLISECONDS.toNanos(MIN_RUN_MS));
            TimeUnit.NANOSECONDS.sleep(Math.max(0, due - System.nanoTime()));
            String workerId = awaitTaskRunning(CONNECTOR, 180);
            String sinkWorker = runningWorker(venue.sink().connector());
            long at = System.currentTimeMillis();
            String line = String.format("worker %s at %.1f s%s", workerId, (System.nanoTime() - start) / 1e9,
                    workerId.equals(sinkWorker) ? " (ran the sink task too)" : "");
            System.out.println("kill -9 of " + line);
            int starts = taskStarts();
            // books: the records after the dead JVM's last one (exchange time) come from the task that replaced it
            killedAt.add(cluster.killAndReplaceWorker(cluster.workerIndex(workerId)));
            // the status topic may still show the dead worker's RUNNING (the fresh worker has its id): wait for a
            // worker's log to say that it started the task
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (taskStarts() <= starts && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            String next = awaitTaskRunning(CONNECTOR, 180);
            runningSince = System.nanoTime();
            line += String.format(", task RUNNING again on %s %.1f s after the kill", next,
                    (System.currentTimeMillis() - at) / 1e3);
            lines.add(line);
        }
    }

    /** @return how often the workers' logs say that they started a Kraken source task 0 (the cluster runs one source) */
    private int taskStarts() {
        String started = "Starting Kraken source task 0 of ";
        try (Stream<Path> files = Files.list(cluster.logs())) {
            int n = 0;
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("connect-")).toList()) {
                String log = Files.readString(file, StandardCharsets.UTF_8);
                for (int i = log.indexOf(started); i >= 0; i = log.indexOf(started, i + 1)) {
                    n++;
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the worker_id of the connector's task 0, or null when it is not RUNNING */
    private String runningWorker(String connector) {
        JsonNode status = cluster.status(connector);
        JsonNode task = status == null ? null : status.path("tasks").path(0);
        if (task != null && task.hasNonNull("trace")) {
            traces.add(task.path("trace").asText());
        }
        if (task != null && "RUNNING".equals(task.path("state").asText())
                && cluster.workerIndex(task.path("worker_id").asText()) >= 0) {
            return task.path("worker_id").asText();
        }
        return null;
    }

    /** @return the worker_id of the connector's task 0 once it is RUNNING */
    private String awaitTaskRunning(String connector, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String worker = runningWorker(connector);
            if (worker != null) {
                return worker;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(connector + " task not RUNNING within " + seconds + " s: " + cluster.status(connector));
    }

    private AckCounts awaitFinalAcks(List<String> ids, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            AckCounts acks = AckCounts.of(TopicRecords.readAll(cluster.bootstrapServers(), venue.sink().acksTopic()));
            if (acks.missing(ids) == 0 || System.nanoTime() > deadline) {
                return acks;
            }
            Thread.sleep(2_000);
        }
    }

    private SourceKillResult count(List<String> killLines, List<Long> killedAt, List<String> ids, AckCounts acks,
                                   long start) throws InterruptedException {
        Set<String> ledgersAtExchange = ExchangeHistory.ledgerIds(cluster.simulatorRest(), FaultCluster.API_KEY,
                cluster.apiSecret());
        Set<String> tradesAtExchange = ExchangeHistory.tradeIds(cluster.simulatorRest(), FaultCluster.API_KEY,
                cluster.apiSecret());
        // the history pollers run at the interval the REST budget allows (10 s on the simulator's tier): wait until
        // the ledger, trade_history and execution topics have caught up (bounded; what is still absent is counted)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && !(perKey(read("ledger")).keySet().containsAll(ledgersAtExchange)
                && perKey(read("trade_history")).keySet().containsAll(tradesAtExchange)
                && fills(read("execution")).keySet().containsAll(tradesAtExchange))) {
            Thread.sleep(3_000);
        }
        Thread.sleep(SETTLE_MS);
        Map<String, List<ConsumerRecord<String, String>>> topics = new TreeMap<>();
        for (String type : List.of("book", "book_reset", "ledger", "execution", "trade_history", "gap")) {
            topics.put(type, read(type));
        }
        Map<String, Integer> ledgers = perKey(topics.get("ledger"));
        Map<String, Integer> tradeHistory = perKey(topics.get("trade_history"));
        Map<String, Integer> fills = fills(topics.get("execution"));
        int backfilled = (int) topics.get("execution").stream().map(r -> parse(r.value()))
                .filter(e -> isFill(e) && "rest_backfill".equals(e.path("source").asText())).count();
        Map<String, Integer> gaps = new TreeMap<>();
        topics.get("gap").forEach(r -> gaps.merge(parse(r.value()).path("channel").asText() + " backfilled="
                + parse(r.value()).path("backfilled").asBoolean(), 1, Integer::sum));
        BookCounts books = books(topics.get("book"), killedAt);
        String finalState = runningWorker(CONNECTOR) != null ? "RUNNING" : String.valueOf(cluster.status(CONNECTOR));
        SecretScan scan = new SecretScan(secrets());
        scan.scanFiles(cluster.logs());
        topics.values().forEach(records -> records.forEach(r -> scan.scan(r.topic(), r.value())));
        traces.forEach(t -> scan.scan("task trace", t));
        return new SourceKillResult(CONNECTOR, SYMBOLS, killLines, topics.get("book").size(), books.snapshots,
                books.verified, books.mismatched, books.withoutBook, books.resumedWithSnapshot, books.resumedWithUpdate,
                books.notResumed, topics.get("book_reset").size(), topics.get("ledger").size(), ledgersAtExchange.size(),
                duplicated(ledgers), missing(ledgers, ledgersAtExchange), fills.size(), tradesAtExchange.size(),
                duplicated(fills), missing(fills, tradesAtExchange), backfilled, duplicated(tradeHistory),
                missing(tradeHistory, tradesAtExchange), gaps, finalState, ids.size(), acks.finalStatuses(), scan.hits(),
                scan.texts(), (System.nanoTime() - start) / 1e9);
    }

    /** @return the venue's secrets; the token request shares the key with the connectors: a nonce clash is retried */
    private Map<String, String> secrets() throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return venue.secrets(cluster);
            } catch (KrakenApiException e) {
                if (!e.isTransient() || attempt == 10) {
                    throw e;
                }
                Thread.sleep(2_000);
            }
        }
    }

    /** Book counts over the whole topic. */
    private static final class BookCounts {
        int snapshots;
        int verified;
        int mismatched;
        int withoutBook;
        int resumedWithSnapshot;
        int resumedWithUpdate;
        int notResumed;
    }

    /**
     * Replays each symbol's records in log order on its own {@link BookReplay}; for each kill, the symbol's first
     * record with an exchange time after the kill (the records of the killed task all carry earlier times) must be
     * a snapshot.
     */
    private static BookCounts books(List<ConsumerRecord<String, String>> records, List<Long> killedAt) {
        BookCounts counts = new BookCounts();
        Map<String, BookReplay> replays = new HashMap<>();
        Map<String, Integer> nextKill = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            JsonNode value = parse(r.value());
            String symbol = r.key();
            int kill = nextKill.getOrDefault(symbol, 0);
            boolean snapshot = "snapshot".equals(value.path("type").asText());
            if (kill < killedAt.size() && r.timestamp() > killedAt.get(kill)) {
                if (snapshot) {
                    counts.resumedWithSnapshot++;
                } else {
                    counts.resumedWithUpdate++;
                }
                while (kill < killedAt.size() && r.timestamp() > killedAt.get(kill)) {
                    kill++;
                }
                nextKill.put(symbol, kill);
            }
            if (snapshot) {
                counts.snapshots++;
            }
            switch (replays.computeIfAbsent(symbol, s -> new BookReplay()).apply(value)) {
                case SNAPSHOT_VERIFIED, UPDATE_VERIFIED -> counts.verified++;
                case MISMATCH -> counts.mismatched++;
                case UPDATE_WITHOUT_BOOK -> counts.withoutBook++;
                default -> throw new IllegalStateException();
            }
        }
        for (String symbol : SYMBOLS) {
            counts.notResumed += killedAt.size() - nextKill.getOrDefault(symbol, 0);
        }
        return counts;
    }

    /** @return trade executions (fills) per exec_id */
    private static Map<String, Integer> fills(List<ConsumerRecord<String, String>> executions) {
        Map<String, Integer> fills = new HashMap<>();
        for (ConsumerRecord<String, String> r : executions) {
            JsonNode execution = parse(r.value());
            if (isFill(execution)) {
                fills.merge(execution.path("exec_id").asText(), 1, Integer::sum);
            }
        }
        return fills;
    }

    private static boolean isFill(JsonNode execution) {
        return "trade".equals(execution.path("exec_type").asText()) && execution.hasNonNull("exec_id");
    }

    private List<ConsumerRecord<String, String>> read(String type) {
        return TopicRecords.readAll(cluster.bootstrapServers(), PREFIX + "." + type);
    }

    private static Map<String, Integer> perKey(List<ConsumerRecord<String, String>> records) {
        Map<String, Integer> counts = new HashMap<>();
        records.forEach(r -> counts.merge(r.key(), 1, Integer::sum));
        return counts;
    }

    private static long duplicated(Map<String, Integer> counts) {
        return counts.values().stream().filter(n -> n > 1).count();
    }

    private static long missing(Map<String, Integer> counts, Set<String> expected) {
        Set<String> absent = new HashSet<>(expected);
        absent.removeAll(counts.keySet());
        return absent.size();
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JSON record: " + value, e);
        }
    }
}
