package com.kafkaconnectkraken.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.cli.FaultCluster;
import com.kafkaconnectkraken.client.rest.KrakenApiException;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.registry.ConfluentAvro;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Scenario 4: outages of the services around the connectors, one after the other, while the Spot source (the
 * simulator's book of the demo symbols and REST {@code Ledgers} of the demo account, {@code exactly.once.support=required},
 * Avro values through the cluster's registry) and the Spot sink ({@code add_order} from {@link CommandDriver}, each a
 * limit buy above the ask that fills at once, so every accepted command books ledger entries) run:
 * <ol>
 *   <li>broker restart ({@link FaultCluster#restartBroker}: the broker's JVM stopped and started on the same data);</li>
 *   <li>the registry down for {@link Outages#registrySeconds} ({@link FaultCluster#stopRegistry}, then a new, empty
 *       registry process on the same port);</li>
 *   <li>the exchange: every WebSocket dropped, then every REST call answering {@code EService:Unavailable} for the
 *       first half of {@link Outages#exchangeSeconds} and {@code EAPI:Rate limit exceeded} for the second half (the
 *       simulator's fault control), so the sink's reconnect (WS token from REST) and the source's Ledgers polls fail.</li>
 * </ol>
 * A poller reads the REST status of both connectors every 500 ms throughout and keeps every FAILED state it sees. After
 * each fault the scenario waits until every connector and task is RUNNING; at the end it counts: ledger ids on the topic
 * against the simulator's ledger, the book records verified by {@link BookCheck}, final acks and orders per command,
 * the schema ids the restarted registry no longer knows or maps to another schema, and the secret scan.
 */
final class OutageScenario {

    /** The source connector's name; its topics are {@code outage.book} and {@code outage.ledger}. */
    static final String SOURCE = "outage-source";
    private static final String PREFIX = "outage";
    private static final String BOOK_TOPIC = PREFIX + ".book";
    private static final String LEDGER_TOPIC = PREFIX + ".ledger";
    private static final int WARMUP_SECONDS = 8;
    private static final int RECOVERY_SECONDS = 180;
    /** The source converter's {@code apicurio.registry.check-period-ms}. */
    static final long CHECK_PERIOD_MS = 10_000;

    /**
     * The sizes of one run.
     *
     * @param brokerRestarts   broker restarts
     * @param registrySeconds  how long the registry is down
     * @param exchangeSeconds  how long the exchange answers REST errors (half Unavailable, half rate limit)
     * @param rate             commands per second, sent from the start until the last fault ended
     */
    record Outages(int brokerRestarts, int registrySeconds, int exchangeSeconds, int rate) {
    }

    private final FaultCluster cluster;
    private final SinkVenue venue = new SpotVenue("0.002", "100000.00");
    private final FaultCluster.Sink sink = FaultCluster.Sink.SPOT;
    private final Set<String> failedSeen = Collections.synchronizedSet(new LinkedHashSet<>());
    private final List<String> traces = Collections.synchronizedList(new ArrayList<>());

    OutageScenario(FaultCluster cluster) {
        this.cluster = cluster;
    }

    /** @return the source config of the scenario: the stack's demo source, book only, plus Ledgers with exactly once */
    Map<String, String> sourceConfig() {
        Map<String, String> config = cluster.demoSourceConfig();
        config.put("channels", "book");
        config.put("topic.prefix", PREFIX);
        config.put("kraken.rest.url", cluster.simulatorRest());
        config.put("kraken.api.key", FaultCluster.API_KEY);
        config.put("kraken.api.secret", cluster.apiSecret());
        config.put("rest.endpoints", "Ledgers");
        config.put("rest.poll.ledgers.interval.ms", "2000");
        config.put("ledgers.start", "earliest");
        config.put("exactly.once.support", "required");
        // the converter checks its schemas with the registry every 10 s (Apicurio's default: 30 s), so that even the
        // small size's outage spans checks that fail
        config.put("value.converter.apicurio.registry.check-period-ms", Long.toString(CHECK_PERIOD_MS));
        return config;
    }

    OutageResult run(Outages outages) throws Exception {
        cluster.deploy(SOURCE, sourceConfig());
        cluster.deploySink(sink);
        awaitRunning(120);
        ConfluentAvro reader = new ConfluentAvro(cluster.registryCcompatUrl());
        warm(reader);
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        poller.scheduleWithFixedDelay(this::pollStatus, 0, 500, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        // commands from the start until about the end of the last fault
        int planned = WARMUP_SECONDS + outages.brokerRestarts() * 10 + outages.registrySeconds() + outages.exchangeSeconds();
        int commands = planned * outages.rate();
        CommandDriver driver = new CommandDriver(cluster.bootstrapServers(), venue);
        CompletableFuture<List<String>> sent = CompletableFuture.supplyAsync(() -> {
            try {
                return driver.send(commands, outages.rate());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        List<String> phases = new ArrayList<>();
        try {
            Thread.sleep(WARMUP_SECONDS * 1000L);
            for (int i = 1; i <= outages.brokerRestarts(); i++) {
                long down = System.nanoTime();
                cluster.restartBroker();
                phases.add(phase("broker restart " + i + " (back after " + seconds(down) + " s)"));
                warm(reader);
            }
            cluster.stopRegistry();
            Thread.sleep(outages.registrySeconds() * 1000L);
            cluster.startRegistry();
            phases.add(phase("registry down " + outages.registrySeconds() + " s"));
            String dropped = cluster.simulatorFault("drop-connections");
            int unavailable = outages.exchangeSeconds() / 2;
            cluster.simulatorFault("rest-error?error=EService:Unavailable&seconds=" + unavailable);
            Thread.sleep(unavailable * 1000L);
            int limited = outages.exchangeSeconds() - unavailable;
            cluster.simulatorFault("rest-error?error=" + URLEncoder.encode("EAPI:Rate limit exceeded", StandardCharsets.UTF_8)
                    .replace("+", "%20") + "&seconds=" + limited);
            Thread.sleep(limited * 1000L);
            phases.add(phase("exchange: WebSockets dropped " + dropped + ", REST EService:Unavailable " + unavailable
                    + " s then EAPI:Rate limit exceeded " + limited + " s"));
            List<String> ids = sent.get(10, TimeUnit.MINUTES);
            awaitFinalAcks(ids, 180);
            // every command has its final ack: the ledger is complete; read it once (the source polls the same key's
            // REST budget) and wait until the topic holds it
            List<String> ledgerIds = simulatorLedgerIds();
            awaitLedger(ledgerIds, 120);
            List<String> notRunning = notRunning();
            poller.shutdownNow();
            // the reads that follow use the demo key's REST budget too
            cluster.pauseConnector(SOURCE);
            return count(phases, notRunning, ledgerIds, ids, reader, start);
        } finally {
            poller.shutdownNow();
        }
    }

    /** @return "{@code what}: RUNNING after N s" once every connector and task runs */
    private String phase(String what) throws InterruptedException {
        long since = System.nanoTime();
        awaitRunning(RECOVERY_SECONDS);
        String line = what + ": all RUNNING after " + seconds(since) + " s";
        System.out.println(line);
        return line;
    }

    private void pollStatus() {
        for (String connector : List.of(SOURCE, sink.connector())) {
            try {
                JsonNode status = cluster.status(connector);
                if (status == null) {
                    continue;
                }
                note(connector, status.path("connector"));
                for (JsonNode task : status.path("tasks")) {
                    note(connector + " task " + task.path("id").asText(), task);
                }
            } catch (RuntimeException e) {
                // no worker answered (e.g. while the broker restarts); the next poll asks again
            }
        }
    }

    private void note(String what, JsonNode state) {
        if (state.hasNonNull("trace")) {
            traces.add(state.path("trace").asText());
        }
        if ("FAILED".equals(state.path("state").asText())) {
            String trace = state.path("trace").asText("");
            failedSeen.add(what + " FAILED: " + trace.lines().findFirst().orElse(""));
        }
    }

    /** @return connectors and tasks not RUNNING now (empty when all run) */
    private List<String> notRunning() {
        List<String> problems = new ArrayList<>();
        for (String connector : List.of(SOURCE, sink.connector())) {
            JsonNode status = cluster.status(connector);
            if (status == null) {
                problems.add(connector + ": no status");
                continue;
            }
            if (!"RUNNING".equals(status.path("connector").path("state").asText())) {
                problems.add(connector + " " + status.path("connector").path("state").asText());
            }
            if (status.path("tasks").isEmpty()) {
                problems.add(connector + ": no task");
            }
            for (JsonNode task : status.path("tasks")) {
                if (!"RUNNING".equals(task.path("state").asText())) {
                    problems.add(connector + " task " + task.path("id").asText() + " " + task.path("state").asText());
                }
            }
        }
        return problems;
    }

    private void awaitRunning(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<String> problems = List.of("not asked yet");
        while (System.nanoTime() < deadline) {
            try {
                problems = notRunning();
            } catch (RuntimeException e) {
                problems = List.of(e.toString());
            }
            if (problems.isEmpty()) {
                return;
            }
            Thread.sleep(250);
        }
        System.out.println("not all RUNNING within " + seconds + " s: " + problems);
    }

    /** Reads the schema of every id on the source's topics, as a consumer running through the faults holds them. */
    private void warm(ConfluentAvro reader) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Set<Integer> ids = schemaIds();
            if (ids.size() >= 2) {
                ids.forEach(reader::schema);
                return;
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("No book and ledger records within 60 s");
    }

    private Set<Integer> schemaIds() {
        Set<Integer> ids = new LinkedHashSet<>();
        for (String topic : List.of(BOOK_TOPIC, LEDGER_TOPIC)) {
            for (ConsumerRecord<String, byte[]> r : TopicRecords.readAllBytes(cluster.bootstrapServers(), topic)) {
                if (r.value() != null && r.value().length > ConfluentAvro.HEADER_LENGTH) {
                    ids.add(ConfluentAvro.schemaId(r.value()));
                }
            }
        }
        return ids;
    }

    private void awaitFinalAcks(List<String> ids, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (AckCounts.of(TopicRecords.readAll(cluster.bootstrapServers(), sink.acksTopic())).missing(ids) == 0) {
                return;
            }
            Thread.sleep(2_000);
        }
    }

    private void awaitLedger(List<String> ledgerIds, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            Set<String> onTopic = new HashSet<>();
            TopicRecords.readAll(cluster.bootstrapServers(), LEDGER_TOPIC).forEach(r -> onTopic.add(r.key()));
            if (onTopic.containsAll(ledgerIds)) {
                return;
            }
            Thread.sleep(2_000);
        }
    }

    /** Runs a read of the simulator through the demo key's REST, again while the key is rate limited. */
    private static <T> T retried(java.util.function.Supplier<T> read) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return read.get();
            } catch (KrakenApiException e) {
                if (!e.isTransient() || attempt >= 24) {
                    throw e;
                }
                Thread.sleep(5_000);
            }
        }
    }

    /** @return the demo account's ledger ids at the simulator (REST Ledgers, paged by ofs), retried while rate limited */
    private List<String> simulatorLedgerIds() throws InterruptedException {
        return retried(() -> {
            try (KrakenRestClient rest = KrakenRestClient.builder(URI.create(cluster.simulatorRest()))
                    .credentials(FaultCluster.API_KEY, cluster.apiSecret()).build()) {
                List<String> ids = new ArrayList<>();
                while (true) {
                    JsonNode page = rest.privatePost("Ledgers", Map.of("ofs", Integer.toString(ids.size())));
                    int before = ids.size();
                    page.path("ledger").fieldNames().forEachRemaining(ids::add);
                    if (ids.size() == before || ids.size() >= page.path("count").asInt(0)) {
                        return ids;
                    }
                }
            }
        });
    }

    private OutageResult count(List<String> phases, List<String> notRunning, List<String> ledgerIds, List<String> ids,
                               ConfluentAvro reader, long start) throws InterruptedException {
        List<ConsumerRecord<String, String>> ledger = TopicRecords.readAll(cluster.bootstrapServers(), LEDGER_TOPIC);
        Map<String, Integer> perId = new HashMap<>();
        ledger.forEach(r -> perId.merge(r.key(), 1, Integer::sum));
        Set<String> simulator = new HashSet<>(ledgerIds);
        long duplicated = perId.values().stream().filter(n -> n > 1).count();
        long missing = ledgerIds.stream().filter(id -> !perId.containsKey(id)).count();
        long unknown = perId.keySet().stream().filter(id -> !simulator.contains(id)).count();
        BookCheck book = BookCheck.of(TopicRecords.readAllBytes(cluster.bootstrapServers(), BOOK_TOPIC), reader,
                cluster.simulatorRest());
        ConfluentAvro fresh = new ConfluentAvro(cluster.registryCcompatUrl());
        List<Integer> idsUnknown = new ArrayList<>();
        List<Integer> idsChanged = new ArrayList<>();
        for (int id : schemaIds()) {
            Schema now;
            try {
                now = fresh.schema(id);
            } catch (RuntimeException e) {
                idsUnknown.add(id);
                continue;
            }
            if (!now.equals(reader.schema(id))) {
                idsChanged.add(id);
            }
        }
        List<ConsumerRecord<String, String>> ackRecords = TopicRecords.readAll(cluster.bootstrapServers(), sink.acksTopic());
        List<ConsumerRecord<String, String>> dlq = TopicRecords.readAll(cluster.bootstrapServers(), sink.dlqTopic());
        AckCounts acks = AckCounts.of(ackRecords);
        Map<String, Integer> orders = retried(() -> venue.ordersPerClientOrderId(cluster));
        Map<String, String> secrets = retried(() -> venue.secrets(cluster));
        SecretScan scan = secretScan(secrets, ackRecords, dlq);
        return new OutageResult(phases, new ArrayList<>(failedSeen), notRunning, ledgerIds.size(), ledger.size(), duplicated,
                missing, unknown, book, idsUnknown, idsChanged, ids.size(), acks.duplicated(ids), acks.missing(ids),
                ExchangeOrders.duplicated(orders, ids),
                ExchangeOrders.missing(orders, acks.accepted(ids)) + ExchangeOrders.placed(orders, acks.notAccepted(ids)),
                acks.finalStatuses(), scan.hits(), scan.texts(), seconds(start));
    }

    private SecretScan secretScan(Map<String, String> secrets, List<ConsumerRecord<String, String>> acks,
                                  List<ConsumerRecord<String, String>> dlq) {
        SecretScan scan = new SecretScan(secrets);
        scan.scanFiles(cluster.logs());
        for (List<ConsumerRecord<String, String>> topic : List.of(acks, dlq)) {
            for (ConsumerRecord<String, String> r : topic) {
                scan.scan(r.topic(), r.value());
                r.headers().forEach(h -> scan.scan(r.topic() + " header " + h.key(),
                        h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8)));
            }
        }
        synchronized (traces) {
            traces.forEach(t -> scan.scan("task trace", t));
        }
        return scan;
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
    }
}
