package com.kafkaconnectkraken.source.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.JmxReporter;
import org.apache.kafka.common.metrics.KafkaMetricsContext;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.common.metrics.stats.Rate;
import org.apache.kafka.common.utils.Time;

/**
 * JMX metrics of one source task, registered with Kafka's metrics library under
 * {@code kafka.connect.kraken:type=source-task-metrics,connector=<name>,task=<id>} (and
 * {@code type=source-channel-metrics,...,channel=<channel>} for per-channel rates, and
 * {@code type=source-stream-metrics,...,stream=<stream>} for each connection's {@code connection-state}):
 * messages/s and totals by channel, reconnects, resyncs, gaps and total gap time, checksum
 * failures, unverified books (Trader depth events that are unsorted or crossed), malformed frames, unknown fields and
 * the age of the last message (data or heartbeat); and
 * {@code type=source-rest-metrics,...,endpoint=<REST method>}: the configured and the achievable poll
 * interval in milliseconds (they differ when the REST call counter cannot sustain the configuration). Thread-safe.
 */
public final class TaskMetrics implements AutoCloseable {

    static final String TASK_GROUP = "source-task-metrics";
    static final String CHANNEL_GROUP = "source-channel-metrics";
    static final String REST_GROUP = "source-rest-metrics";
    static final String STREAM_GROUP = "source-stream-metrics";

    private final Metrics metrics;
    private final Map<String, String> tags;
    private final Map<String, Sensor> channelSensors = new ConcurrentHashMap<>();
    private final AtomicLong lastMessageMs = new AtomicLong(-1);
    private final Sensor reconnects;
    private final Sensor resyncs;
    private final Sensor gaps;
    private final Sensor gapTime;
    private final Sensor checksumFailures;
    private final Sensor malformed;
    private final Sensor unverifiedBooks;
    private final Sensor unknownFields;

    /**
     * @param connector connector name
     * @param task      task id
     */
    public TaskMetrics(String connector, int task) {
        this.metrics = new Metrics(new MetricConfig(), List.of(new JmxReporter()), Time.SYSTEM,
                new KafkaMetricsContext("kafka.connect.kraken"));
        this.tags = Map.of("connector", connector, "task", Integer.toString(task));
        this.reconnects = counter("reconnect", "WebSocket reconnects");
        this.resyncs = counter("resync", "per-symbol book resyncs after a checksum mismatch");
        this.gaps = counter("gap", "stream gaps (disconnect to healthy again)");
        this.gapTime = counter("gap-time-ms", "total time in gaps, milliseconds");
        this.checksumFailures = counter("checksum-failure", "book/level3 checksum mismatches");
        this.malformed = counter("malformed-frame", "frames or responses that did not fit the contract");
        this.unverifiedBooks = counter("unverified-book", "whole-book events rejected as unsorted or crossed");
        this.unknownFields = counter("unknown-field", "records carrying fields the contract does not model");
        metrics.addMetric(metrics.metricName("last-message-age-ms", TASK_GROUP,
                "milliseconds since the last message (data or heartbeat); -1 before the first", tags),
                (Gauge<Long>) (config, now) -> lastMessageMs.get() < 0 ? -1L : now - lastMessageMs.get());
    }

    private Sensor counter(String name, String description) {
        Sensor sensor = metrics.sensor(name + ":" + tags);
        sensor.add(metrics.metricName(name + "-total", TASK_GROUP, "total " + description, tags), new CumulativeSum());
        sensor.add(metrics.metricName(name + "-rate", TASK_GROUP, description + " per second", tags), new Rate());
        return sensor;
    }

    /** One data message received on {@code channel}. */
    public void message(String channel) {
        channelSensors.computeIfAbsent(channel, this::channelSensor).record();
        lastMessageMs.set(System.currentTimeMillis());
    }

    /** A heartbeat: no data, but the connection is alive (counts for {@code last-message-age-ms}). */
    public void heartbeat() {
        lastMessageMs.set(System.currentTimeMillis());
    }

    /**
     * Registers the gauge {@code connection-state} of one stream.
     *
     * @param stream the stream's name, e.g. {@code public}
     * @param state  the current state's name, e.g. {@code CONNECTED}
     */
    public void connectionState(String stream, Supplier<String> state) {
        Map<String, String> streamTags = new java.util.HashMap<>(tags);
        streamTags.put("stream", stream);
        metrics.addMetric(metrics.metricName("connection-state", STREAM_GROUP,
                "CONNECTING (first connection, retried while unreachable), CONNECTED, RECONNECTING or CLOSED", streamTags),
                (Gauge<String>) (config, now) -> state.get());
    }

    private Sensor channelSensor(String channel) {
        Map<String, String> channelTags = new java.util.HashMap<>(tags);
        channelTags.put("channel", channel);
        Sensor sensor = metrics.sensor("messages:" + channelTags);
        sensor.add(metrics.metricName("messages-rate", CHANNEL_GROUP, "messages per second", channelTags), new Rate());
        sensor.add(metrics.metricName("messages-total", CHANNEL_GROUP, "messages", channelTags), new CumulativeSum());
        return sensor;
    }

    /**
     * Registers the planned poll interval of one REST endpoint.
     *
     * @param endpoint     Kraken's method name, e.g. {@code Ledgers}
     * @param configuredMs the configured interval in milliseconds
     * @param achievableMs the interval the REST call counter allows, in milliseconds
     */
    public void restInterval(String endpoint, long configuredMs, long achievableMs) {
        Map<String, String> endpointTags = new java.util.HashMap<>(tags);
        endpointTags.put("endpoint", endpoint);
        metrics.addMetric(metrics.metricName("configured-interval-ms", REST_GROUP, "configured poll interval, ms", endpointTags),
                (Gauge<Long>) (config, now) -> configuredMs);
        metrics.addMetric(metrics.metricName("achievable-interval-ms", REST_GROUP,
                "poll interval the tier's REST call counter sustains, ms", endpointTags), (Gauge<Long>) (config, now) -> achievableMs);
    }

    /** Current value of a REST metric of {@code endpoint}, e.g. {@code achievable-interval-ms} (for tests and logs). */
    public double restValue(String name, String endpoint) {
        Map<String, String> endpointTags = new java.util.HashMap<>(tags);
        endpointTags.put("endpoint", endpoint);
        Object value = metrics.metric(metrics.metricName(name, REST_GROUP, endpointTags)) == null ? null
                : metrics.metric(metrics.metricName(name, REST_GROUP, endpointTags)).metricValue();
        return value instanceof Number ? ((Number) value).doubleValue() : Double.NaN;
    }

    /** A reconnect attempt was scheduled. */
    public void reconnect() {
        reconnects.record();
    }

    /** A per-symbol resync was started. */
    public void resync() {
        resyncs.record();
    }

    /** A gap ended after {@code duration}. */
    public void gap(Duration duration) {
        gaps.record();
        gapTime.record(duration.toMillis());
    }

    /** A checksum mismatch. */
    public void checksumFailure() {
        checksumFailures.record();
    }

    /** A frame or response that could not be mapped. */
    public void malformed() {
        malformed.record();
    }

    /** A whole-book event was rejected (sides not sorted, or crossed). */
    public void unverifiedBook() {
        unverifiedBooks.record();
    }

    /** A record carried unknown fields. */
    public void unknownField() {
        unknownFields.record();
    }

    /** Current value of a task-level metric, e.g. {@code resync-total} (for tests and logs). */
    public double value(String name) {
        MetricName metricName = metrics.metricName(name, TASK_GROUP, tags);
        Object value = metrics.metric(metricName) == null ? null : metrics.metric(metricName).metricValue();
        return value instanceof Number ? ((Number) value).doubleValue() : Double.NaN;
    }

    @Override
    public void close() {
        metrics.close();
    }
}
