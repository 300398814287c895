package com.kafkaconnectkraken.source.testing;

import com.kafkaconnectkraken.source.KrakenSourceConnector;
import com.kafkaconnectkraken.source.KrakenSourceTask;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/**
 * Runs the real connector and its tasks in-process the way a worker does (start, taskConfigs,
 * task start/poll/commitRecord/stop), with an in-memory offset store, and collects what poll() returns.
 */
public final class TaskHarness implements AutoCloseable {

    private final Map<Map<String, Object>, Map<String, Object>> offsets = new HashMap<>();
    private final List<KrakenSourceTask> tasks = new ArrayList<>();
    private final List<SourceRecord> records = new CopyOnWriteArrayList<>();

    /**
     * Starts the connector and every task config it returns, then polls until every stream of the connector is
     * connected and subscribed (JMX {@code connection-state} CONNECTED; the tasks subscribe in the background), so a
     * fault a test injects next hits a running stream, as it did when {@code start()} blocked.
     *
     * @throws AssertionError if the streams are not all connected within 20 s
     */
    public TaskHarness start(Map<String, String> props, int maxTasks) {
        startWithoutWaiting(props, maxTasks);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        try {
            while (!allConnected(props.getOrDefault("name", "kraken-source"))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("streams of " + props.get("name") + " not connected within 20 s");
                }
                pollOnce();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the streams", e);
        }
        return this;
    }

    private static boolean allConnected(String connector) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            for (ObjectName name : server.queryNames(new ObjectName("kafka.connect.kraken:type=source-stream-metrics,connector="
                    + connector + ",*"), null)) {
                if (!"CONNECTED".equals(server.getAttribute(name, "connection-state"))) {
                    return false;
                }
            }
            return true;
        } catch (JMException e) {
            throw new IllegalStateException("cannot read connection-state of " + connector, e);
        }
    }

    /** Starts the connector and every task config it returns; the tasks may still be connecting. */
    public TaskHarness startWithoutWaiting(Map<String, String> props, int maxTasks) {
        KrakenSourceConnector connector = new KrakenSourceConnector();
        connector.start(props);
        for (Map<String, String> taskProps : connector.taskConfigs(maxTasks)) {
            KrakenSourceTask task = new KrakenSourceTask();
            task.initialize(context(taskProps));
            task.start(taskProps);
            tasks.add(task);
        }
        return this;
    }

    /** Polls every task until {@code done} holds over all records so far, or fails after {@code timeout}. */
    public List<SourceRecord> pollUntil(Predicate<List<SourceRecord>> done, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.test(records)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Condition not met within " + timeout + "; records by topic: " + countByTopic());
            }
            pollOnce();
        }
        return records;
    }

    /**
     * Polls until no task returned a record for {@code quiet} (so nothing is still in flight), or
     * fails after {@code timeout}.
     */
    public void pollUntilQuiet(Duration quiet, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        int seen = records.size();
        Instant quietSince = Instant.now();
        while (Duration.between(quietSince, Instant.now()).compareTo(quiet) < 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Records kept arriving for " + timeout + "; records by topic: " + countByTopic());
            }
            pollOnce();
            if (records.size() != seen) {
                seen = records.size();
                quietSince = Instant.now();
            }
        }
    }

    /** One poll() of every task; committed offsets are stored like the worker does. */
    public void pollOnce() throws InterruptedException {
        for (KrakenSourceTask task : tasks) {
            List<SourceRecord> batch = task.poll();
            if (batch != null) {
                records.addAll(batch);
                for (SourceRecord record : batch) {
                    if (record.sourcePartition() != null) {
                        offsets.put(new HashMap<>(record.sourcePartition()), new HashMap<>(record.sourceOffset()));
                    }
                }
            }
        }
    }

    /** Records so far on one topic. */
    public List<SourceRecord> topic(String topic) {
        return records.stream().filter(r -> r.topic().equals(topic)).toList();
    }

    /** All records so far. */
    public List<SourceRecord> records() {
        return records;
    }

    /** Counts by topic, for failure messages. */
    public Map<String, Long> countByTopic() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        records.forEach(r -> counts.merge(r.topic(), 1L, Long::sum));
        return counts;
    }

    /** Stops the tasks, keeping the stored offsets (a later {@link #start} resumes from them). */
    public void stopTasks() {
        tasks.forEach(KrakenSourceTask::stop);
        tasks.clear();
    }

    /** Forgets collected records (offsets stay). */
    public void clearRecords() {
        records.clear();
    }

    private SourceTaskContext context(Map<String, String> taskProps) {
        return new SourceTaskContext() {
            @Override
            public Map<String, String> configs() {
                return taskProps;
            }

            @Override
            public org.apache.kafka.common.metrics.PluginMetrics pluginMetrics() {
                return null;
            }

            @Override
            public OffsetStorageReader offsetStorageReader() {
                return new OffsetStorageReader() {
                    @Override
                    @SuppressWarnings("unchecked")
                    public <T> Map<String, Object> offset(Map<String, T> partition) {
                        return offsets.get((Map<String, Object>) (Map<String, ?>) partition);
                    }

                    @Override
                    public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
                        Map<Map<String, T>, Map<String, Object>> result = new HashMap<>();
                        partitions.forEach(p -> result.put(p, offset(p)));
                        return result;
                    }
                };
            }
        };
    }

    @Override
    public void close() {
        stopTasks();
    }
}
