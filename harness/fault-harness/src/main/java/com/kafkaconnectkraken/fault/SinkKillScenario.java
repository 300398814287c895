package com.kafkaconnectkraken.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.cli.FaultCluster;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Scenario 1 for one venue's sink ({@link SinkVenue}): while {@link CommandDriver} writes the commands, {@code kill -9}
 * the worker running the sink's task ({@code GET /connectors/<sink>/status} -> {@code tasks[0].worker_id}) {@code kills}
 * times, evenly spread over the send time, a fresh worker replacing each; then wait (up to 180 s) for a final ack per
 * command and count orders at the simulator and final acks on the reply topic. Scenario 6 scans the logs, the ack/DLQ
 * records and the task traces for the venue's secrets.
 */
final class SinkKillScenario {

    private static final long SETTLE_MS = 5_000;

    private final FaultCluster cluster;
    private final SinkVenue venue;
    private final FaultCluster.Sink sink;
    private final List<String> traces = new ArrayList<>();

    SinkKillScenario(FaultCluster cluster, SinkVenue venue) {
        this.cluster = cluster;
        this.venue = venue;
        this.sink = venue.sink();
    }

    SinkKillResult run(int commands, int rate, int kills) throws Exception {
        cluster.deploySink(sink);
        awaitTaskRunning(120);
        long start = System.nanoTime();
        CommandDriver driver = new CommandDriver(cluster.bootstrapServers(), venue);
        CompletableFuture<List<String>> sent = CompletableFuture.supplyAsync(() -> {
            try {
                return driver.send(commands, rate);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        List<String> killed = killDuring(kills, commands * 1000L / rate, start);
        List<String> ids = sent.get(10, TimeUnit.MINUTES);
        awaitFinalAcks(ids, 180);
        Thread.sleep(SETTLE_MS);
        return count(commands, rate, killed, ids, start);
    }

    private List<String> killDuring(int kills, long sendMillis, long start) throws InterruptedException {
        List<String> killed = new ArrayList<>();
        for (int k = 1; k <= kills; k++) {
            long due = start + TimeUnit.MILLISECONDS.toNanos(k * sendMillis / (kills + 1));
            TimeUnit.NANOSECONDS.sleep(Math.max(0, due - System.nanoTime()));
            String workerId = awaitTaskRunning(120);
            System.out.printf("kill -9 of worker %s (runs %s task 0) at %.1f s of %.1f s of sending%n", workerId,
                    sink.connector(), (System.nanoTime() - start) / 1e9, sendMillis / 1e3);
            cluster.killAndReplaceWorker(cluster.workerIndex(workerId));
            killed.add(workerId);
        }
        return killed;
    }

    /** @return the worker_id of the sink's task 0 once it is RUNNING */
    private String awaitTaskRunning(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            JsonNode status = cluster.status(sink.connector());
            JsonNode task = status == null ? null : status.path("tasks").path(0);
            if (task != null && task.hasNonNull("trace")) {
                traces.add(task.path("trace").asText());
            }
            if (task != null && "RUNNING".equals(task.path("state").asText())
                    && cluster.workerIndex(task.path("worker_id").asText()) >= 0) {
                return task.path("worker_id").asText();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Sink task not RUNNING within " + seconds + " s: " + cluster.status(sink.connector()));
    }

    private void awaitFinalAcks(List<String> ids, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            AckCounts acks = AckCounts.of(TopicRecords.readAll(cluster.bootstrapServers(), sink.acksTopic()));
            if (acks.missing(ids) == 0) {
                return;
            }
            Thread.sleep(2_000);
        }
    }

    private SinkKillResult count(int commands, int rate, List<String> killed, List<String> ids, long start) {
        List<ConsumerRecord<String, String>> ackRecords = TopicRecords.readAll(cluster.bootstrapServers(), sink.acksTopic());
        List<ConsumerRecord<String, String>> dlq = TopicRecords.readAll(cluster.bootstrapServers(), sink.dlqTopic());
        AckCounts acks = AckCounts.of(ackRecords);
        Map<String, Integer> orders = venue.ordersPerClientOrderId(cluster);
        SecretScan scan = secretScan(ackRecords, dlq);
        return new SinkKillResult(sink.connector(), venue.method(), commands, rate, killed, ExchangeOrders.duplicated(orders, ids),
                ExchangeOrders.missing(orders, acks.accepted(ids)), ExchangeOrders.placed(orders, acks.notAccepted(ids)),
                acks.duplicated(ids), acks.missing(ids), acks.unknownAcks(),
                acks.finalStatuses(), acks.resolvedBy(), dlq.size(), refusedWithoutDlq(acks, ids, dlq), scan.hits(), scan.texts(),
                (System.nanoTime() - start) / 1e9);
    }

    /** @return commands refused (final ack not ACCEPTED) whose command record is not on the DLQ (by cl_ord_id) */
    private static long refusedWithoutDlq(AckCounts acks, List<String> ids, List<ConsumerRecord<String, String>> dlq) {
        Set<String> onDlq = new HashSet<>();
        dlq.forEach(r -> onDlq.add(r.key()));
        return acks.notAccepted(ids).stream().filter(id -> acks.finalPerId().containsKey(id) && !onDlq.contains(id)).count();
    }

    private SecretScan secretScan(List<ConsumerRecord<String, String>> acks, List<ConsumerRecord<String, String>> dlq) {
        SecretScan scan = new SecretScan(venue.secrets(cluster));
        scan.scanFiles(cluster.logs());
        for (List<ConsumerRecord<String, String>> topic : List.of(acks, dlq)) {
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
