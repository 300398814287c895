package com.kafkaconnectkraken.sink.metrics;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.JmxReporter;
import org.apache.kafka.common.metrics.KafkaMetricsContext;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.common.utils.Time;

/**
 * JMX metrics of one sink task, registered with Kafka's metrics library under
 * {@code kafka.connect.kraken:type=sink-task-metrics,connector=<name>,task=<id>} (the source tasks' domain):
 * {@code connection-state} (the task's link to the venue: CONNECTING, CONNECTED, RETRYING or CLOSED) and
 * {@code connect-retry-total} (connection attempts that failed with a transient error). Thread-safe.
 */
public final class SinkTaskMetrics implements AutoCloseable {

    static final String GROUP = "sink-task-metrics";

    private final Metrics metrics;
    private final Map<String, String> tags;
    private final Sensor connectRetries;

    /**
     * @param connector connector name
     * @param task      task id ({@code task.id} of the task config)
     */
    public SinkTaskMetrics(String connector, String task) {
        this.metrics = new Metrics(new MetricConfig(), List.of(new JmxReporter()), Time.SYSTEM,
            new KafkaMetricsContext("kafka.connect.kraken"));
        this.tags = Map.of("connector", connector, "task", task);
        this.connectRetries = metrics.sensor("connect-retry:" + tags);
        connectRetries.add(metrics.metricName("connect-retry-total", GROUP,
            "connection attempts to the venue that failed with a transient error", tags), new CumulativeSum());
    }

    /** @param state the current state's name, e.g. {@code CONNECTED}; registered as the gauge {@code connection-state} */
    public void connectionState(Supplier<String> state) {
        metrics.addMetric(metrics.metricName("connection-state", GROUP,
            "CONNECTING (before the first connection), CONNECTED, RETRYING (venue unreachable or failing transiently) "
                + "or CLOSED", tags), (Gauge<String>) (config, now) -> state.get());
    }

    /** One connection attempt failed with a transient error. */
    public void connectRetry() {
        connectRetries.record();
    }

    /** Unregisters every metric. */
    @Override
    public void close() {
        metrics.close();
    }
}
