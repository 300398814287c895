package com.kafkaconnectkraken.cli;

import com.kafkaconnectkraken.registry.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A Kafka Connect worker in distributed mode ({@code org.apache.kafka.connect.cli.ConnectDistributed}) on
 * loopback, loading plugins only from the stack's {@code plugin.path} with {@code plugin.discovery=service_load}.
 * Its config, offset and status topics live in the stack's broker, so connectors and their offsets survive
 * restarts of the stack.
 */
final class ConnectWorker {

    private final StackLayout layout;
    private final StackOptions options;
    private ChildProcess process;

    ConnectWorker(StackLayout layout, StackOptions options) {
        this.layout = layout;
        this.options = options;
    }

    /** Writes {@code connect.properties} and starts the worker (not waiting for it). */
    void start() {
        Path config = writeConfig();
        List<String> command = StackProcesses.javaCommand("768m", layout.kafkaClasspath(),
                "org.apache.kafka.connect.cli.ConnectDistributed",
                "-Dlog4j2.configurationFile=" + layout.config().resolve("log4j2.properties"));
        command.add(config.toString());
        process = StackProcesses.start(layout, "connect", command, Map.of());
    }

    /**
     * Waits until the REST API lists connectors (the herder has joined the group and read the config topic).
     *
     * @throws StackException if the worker exits or is not ready in time
     */
    void awaitReady(ConnectRest rest, Duration timeout) {
        Wait.until("Kafka Connect worker", timeout, process, rest::ready);
    }

    ChildProcess process() {
        return process;
    }

    String restUrl() {
        return "http://127.0.0.1:" + options.connectPort();
    }

    private Path writeConfig() {
        String worker = String.join("\n",
                "# Written by kraken-connect on every run; edits are overwritten.",
                "bootstrap.servers=" + options.bootstrapServers(),
                "group.id=kraken-connect",
                "listeners=" + restUrl(),
                "rest.advertised.host.name=127.0.0.1",
                "rest.advertised.port=" + options.connectPort(),
                "config.storage.topic=_connect-configs",
                "offset.storage.topic=_connect-offsets",
                "status.storage.topic=_connect-status",
                "config.storage.replication.factor=1",
                "offset.storage.replication.factor=1",
                "status.storage.replication.factor=1",
                "offset.storage.partitions=1",
                "status.storage.partitions=1",
                "offset.flush.interval.ms=5000",
                "# a sink consumer left in the group by a killed run expires in 10 s, not 45 s",
                "consumer.session.timeout.ms=10000",
                "consumer.heartbeat.interval.ms=3000",
                "# ${file:<path>:<key>} in connector configs (the config-examples/ read their credentials so)",
                "config.providers=file",
                "config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider",
                "key.converter=org.apache.kafka.connect.storage.StringConverter",
                "value.converter=org.apache.kafka.connect.json.JsonConverter",
                "plugin.path=" + layout.plugins(),
                "plugin.discovery=service_load",
                "");
        try {
            Path config = layout.config().resolve("connect.properties");
            Files.writeString(config, worker);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the worker config in " + layout.config(), e);
        }
    }
}
