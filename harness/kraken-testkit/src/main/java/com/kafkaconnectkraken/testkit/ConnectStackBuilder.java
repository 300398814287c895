package com.kafkaconnectkraken.testkit;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import com.kafkaconnectkraken.registry.SchemaRegistryProcess;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Configures and starts a {@link ConnectStack}: one broker, {@code numWorkers} Connect workers in distributed
 * mode and (unless {@link #withoutRegistry()}) an Apicurio schema registry child process.
 */
public final class ConnectStackBuilder {

    private static final Logger log = LoggerFactory.getLogger(ConnectStackBuilder.class);
    private static final AtomicInteger CLUSTERS = new AtomicInteger();

    private final Map<String, String> workerProps = new HashMap<>();
    private final Properties brokerProps = new Properties();
    private int numWorkers = 1;
    private boolean withRegistry = true;
    private Path registryLogDir = Path.of("target", "schema-registry");

    ConnectStackBuilder() {
        workerProps.put("plugin.discovery", "service_load");
        workerProps.put("offset.flush.interval.ms", "1000");
        brokerProps.put("group.initial.rebalance.delay.ms", "0");
        brokerProps.put("auto.create.topics.enable", "true");
    }

    /** @param numWorkers Connect workers in the cluster (default 1) */
    public ConnectStackBuilder numWorkers(int numWorkers) {
        this.numWorkers = numWorkers;
        return this;
    }

    /** Adds or overrides one worker property (defaults: service_load discovery, 1 s offset flush). */
    public ConnectStackBuilder workerProperty(String key, String value) {
        workerProps.put(key, value);
        return this;
    }

    /**
     * Adds or overrides one broker property (defaults: topic auto-creation on, as on a stock broker;
     * no initial rebalance delay).
     */
    public ConnectStackBuilder brokerProperty(String key, String value) {
        brokerProps.put(key, value);
        return this;
    }

    /** Starts no schema registry (for tests that only use JSON or strings). */
    public ConnectStackBuilder withoutRegistry() {
        this.withRegistry = false;
        return this;
    }

    /** @param dir directory for the registry's log file (default {@code target/schema-registry}) */
    public ConnectStackBuilder registryLogDir(Path dir) {
        this.registryLogDir = dir;
        return this;
    }

    /**
     * Launches the registry, starts broker and worker(s), then waits for the registry.
     *
     * @return the running stack; close it when done
     * @throws IllegalStateException if a part does not start; whatever did start is stopped again
     */
    public ConnectStack start() {
        SchemaRegistryProcess launched = withRegistry
                ? SchemaRegistryProcess.launch(TestRegistryDistribution.locate(), registryLogDir) : null;
        EmbeddedConnectCluster cluster = new EmbeddedConnectCluster.Builder()
                .name("kraken-connect-" + CLUSTERS.incrementAndGet())
                .numWorkers(numWorkers)
                .numBrokers(1)
                .workerProps(workerProps)
                .brokerProps(brokerProps)
                .build();
        SchemaRegistryProcess registry = launched;
        try {
            cluster.start();
            if (launched != null) {
                registry = launched.awaitReadyOnFreePort(SchemaRegistryProcess.DEFAULT_READY_TIMEOUT);
            }
        } catch (RuntimeException | Error e) {
            stopQuietly(cluster, launched, e);
            throw e;
        }
        log.info("Connect stack up: bootstrap {}, registry {}", cluster.kafka().bootstrapServers(),
                registry == null ? "none" : registry.url());
        return new ConnectStack(cluster, registry);
    }

    private static void stopQuietly(EmbeddedConnectCluster cluster, SchemaRegistryProcess registry, Throwable cause) {
        try {
            cluster.stop();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
        if (registry != null) {
            registry.close();
        }
    }
}
