package com.kafkaconnectkraken.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.kafkaconnectkraken.registry.ConfluentAvro;
import com.kafkaconnectkraken.registry.SchemaRegistryProcess;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;

/**
 * A real single-node KRaft broker, a real distributed-mode Connect worker (Kafka's
 * {@link EmbeddedConnectCluster}, in-process) and a real Apicurio schema registry (child process),
 * started together: the registry is launched first and boots while the cluster starts. Meant for one
 * stack per test class (start ≈ 4-6 s); see {@link ConnectStackExtension}.
 *
 * <p>Workers use {@code plugin.discovery=service_load}: connectors on the test classpath are found through
 * their {@code META-INF/services/org.apache.kafka.connect.*.*Connector} files. Worker converters default to
 * {@code StringConverter}; connectors pick Avro with {@link #avroValueConverter()}. The broker auto-creates
 * topics on first use (one partition), like a stock broker.
 */
public final class ConnectStack implements AutoCloseable {

    private final EmbeddedConnectCluster cluster;
    private final SchemaRegistryProcess registry;
    private KafkaProducer<byte[], byte[]> producer;

    ConnectStack(EmbeddedConnectCluster cluster, SchemaRegistryProcess registry) {
        this.cluster = cluster;
        this.registry = registry;
    }

    /** @return a builder with one worker, one broker and a schema registry */
    public static ConnectStackBuilder builder() {
        return new ConnectStackBuilder();
    }

    /**
     * Starts the default stack: one broker, one worker, one schema registry.
     *
     * @return the running stack
     * @throws IllegalStateException if the registry or the cluster does not start (message names the registry log)
     */
    public static ConnectStack start() {
        return builder().start();
    }

    /** @return the embedded Connect cluster, for anything the helpers here do not cover */
    public EmbeddedConnectCluster cluster() {
        return cluster;
    }

    /**
     * @return the schema registry
     * @throws IllegalStateException if the stack was built {@link ConnectStackBuilder#withoutRegistry() without} one
     */
    public SchemaRegistryProcess registry() {
        if (registry == null) {
            throw new IllegalStateException("This ConnectStack was built without a schema registry");
        }
        return registry;
    }

    /** @return the broker's bootstrap servers ({@code host:port}) */
    public String bootstrapServers() {
        return cluster.kafka().bootstrapServers();
    }

    /** @return connector properties selecting Apicurio's AvroConverter for values, Confluent wire format */
    public Map<String, String> avroValueConverter() {
        return ApicurioConverterConfig.valueConverter(registry().registryV2Url());
    }

    /** @return connector properties selecting Apicurio's AvroConverter for keys, Confluent wire format */
    public Map<String, String> avroKeyConverter() {
        return ApicurioConverterConfig.keyConverter(registry().registryV2Url());
    }

    /** @return a Confluent-wire-format Avro reader bound to this stack's registry */
    public ConfluentAvro avro() {
        return new ConfluentAvro(registry().ccompatUrl());
    }

    /**
     * Creates or replaces a connector: {@code PUT /connectors/<name>/config}.
     *
     * @param name   connector name
     * @param config connector configuration including {@code connector.class}
     * @throws org.apache.kafka.connect.runtime.rest.errors.ConnectRestException if the worker rejects it
     */
    public void deployConnector(String name, Map<String, String> config) {
        cluster.configureConnector(name, config);
    }

    /**
     * Waits (up to Kafka's {@code ConnectAssertions.CONNECTOR_SETUP_DURATION_MS}) until the connector and
     * exactly {@code tasks} tasks are RUNNING.
     *
     * @param name  connector name
     * @param tasks expected number of running tasks
     * @throws AssertionError if they do not run in time; the message includes the worker's status and traces
     */
    public void awaitRunning(String name, int tasks) {
        try {
            cluster.assertions().assertConnectorAndExactlyNumTasksAreRunning(name, tasks,
                    "Connector " + name + " did not reach RUNNING with " + tasks + " task(s)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for connector " + name, e);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; status: " + describeStatus(name), e);
        }
    }

    private String describeStatus(String name) {
        try {
            ConnectorStateInfo status = cluster.connectorStatus(name);
            StringBuilder text = new StringBuilder("connector ").append(status.connector().state());
            if (status.connector().trace() != null) {
                text.append(" trace=").append(status.connector().trace());
            }
            status.tasks().forEach(task -> text.append("; task ").append(task.id()).append(' ')
                    .append(task.state()).append(task.trace() == null ? "" : " trace=" + task.trace()));
            return text.toString();
        } catch (RuntimeException e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }

    /**
     * Creates a topic with replication factor 1.
     *
     * @param topic      topic name
     * @param partitions number of partitions
     */
    public void createTopic(String topic, int partitions) {
        cluster.kafka().createTopic(topic, partitions);
    }

    /**
     * Produces one record and waits for the broker's acknowledgement.
     *
     * @param topic target topic (auto-created by the broker if missing)
     * @param key   key bytes, may be null
     * @param value value bytes, may be null (tombstone)
     * @return where the record was written
     * @throws IllegalStateException if the send fails or is not acknowledged within 30 s
     */
    public synchronized RecordMetadata produce(String topic, byte[] key, byte[] value) {
        if (producer == null) {
            producer = cluster.kafka().createProducer(Map.of());
        }
        try {
            return producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Producing to " + topic + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while producing to " + topic, e);
        }
    }

    /**
     * Reads the first {@code count} records of a topic (all partitions, from the earliest offset) with a
     * fresh consumer group.
     *
     * @param topic   topic to read
     * @param count   number of records wanted
     * @param timeout deadline for all of them
     * @return exactly {@code count} records, in poll order (per-partition order preserved)
     * @throws AssertionError if fewer arrive before the deadline; the message says how many did
     */
    public List<ConsumerRecord<byte[], byte[]>> consume(String topic, int count, Duration timeout) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "testkit-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<byte[], byte[]> consumer = cluster.kafka().createConsumerAndSubscribeTo(props, topic)) {
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        if (records.size() < count) {
            throw new AssertionError("Consumed " + records.size() + " of " + count + " records from " + topic
                    + " within " + timeout);
        }
        return records.subList(0, count);
    }

    /** Stops the producer, the Connect cluster and the schema registry. */
    @Override
    public void close() {
        synchronized (this) {
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
            }
        }
        try {
            cluster.stop();
        } finally {
            if (registry != null) {
                registry.close();
            }
        }
    }
}
