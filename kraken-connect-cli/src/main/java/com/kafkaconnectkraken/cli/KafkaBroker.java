package com.kafkaconnectkraken.cli;

import com.kafkaconnectkraken.registry.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft Kafka broker ({@code process.roles=broker,controller}) on loopback, run from the stack's
 * {@code lib/} with {@code kafka.Kafka}. The storage is formatted once ({@code kafka.tools.StorageTool format}
 * with a fresh cluster id); later runs reuse it, so topics and Connect's state survive restarts.
 */
final class KafkaBroker {

    /** Console logging at INFO for the broker, the worker and Kafka's tools (their stdout goes to logs/). */
    private static final String LOG4J = String.join("\n",
            "status = warn",
            "appender.out.type = Console",
            "appender.out.name = OUT",
            "appender.out.layout.type = PatternLayout",
            "appender.out.layout.pattern = [%d] %p %m (%c)%n",
            "rootLogger.level = INFO",
            "rootLogger.appenderRef.out.ref = OUT",
            "logger.apicurio.name = io.apicurio",
            "logger.apicurio.level = ERROR",
            "");

    private final StackLayout layout;
    private final StackOptions options;
    private ChildProcess process;

    KafkaBroker(StackLayout layout, StackOptions options) {
        this.layout = layout;
        this.options = options;
    }

    /**
     * Writes the config, formats the storage if it never was, starts the broker (not waiting for it).
     *
     * @return whether the storage was formatted by this call
     * @throws StackException if formatting fails or the broker cannot start
     */
    boolean start() {
        Path config = writeConfig();
        boolean format = !Files.exists(layout.kafkaData().resolve("meta.properties"));
        if (format) {
            ChildProcess storage = StackProcesses.start(layout, "kafka-storage-format",
                    withArgs(StackProcesses.javaCommand("256m", layout.kafkaClasspath(), "kafka.tools.StorageTool", log4j()),
                            "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()), Map.of());
            StackProcesses.awaitSuccess(storage, Duration.ofSeconds(120));
        }
        process = StackProcesses.start(layout, "broker",
                withArgs(StackProcesses.javaCommand("512m", layout.kafkaClasspath(), "kafka.Kafka", log4j()),
                        config.toString()), Map.of());
        return format;
    }

    /**
     * Waits until the broker answers an admin request.
     *
     * @throws StackException if the broker exits, does not answer in time, or the wait is interrupted (the thread's
     *                        interrupt flag is then set again)
     */
    void awaitReady(Duration timeout) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        try (Admin admin = Admin.create(props)) {
            Wait.until("Kafka broker", timeout, process, () -> {
                try {
                    admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    return true;
                } catch (ExecutionException | TimeoutException e) {
                    return false;   // not answering yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StackException("Interrupted while waiting for the Kafka broker", e);
                }
            });
        }
    }

    ChildProcess process() {
        return process;
    }

    private String log4j() {
        return "-Dlog4j2.configurationFile=" + layout.config().resolve("log4j2.properties");
    }

    private static List<String> withArgs(List<String> command, String... args) {
        command.addAll(List.of(args));
        return command;
    }

    private Path writeConfig() {
        try {
            Path config = layout.config().resolve("server.properties");
            Files.writeString(config, serverProperties());
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the broker config in " + layout.config(), e);
        }
    }

    /**
     * Writes {@code config/log4j2.properties}, used by every Kafka JVM of the stack (broker, worker, tools).
     *
     * @throws UncheckedIOException if it cannot be written
     */
    static void writeLoggingConfig(StackLayout layout) {
        try {
            Files.writeString(layout.config().resolve("log4j2.properties"), LOG4J);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the logging config in " + layout.config(), e);
        }
    }

    private String serverProperties() {
        String controller = "127.0.0.1:" + options.controllerPort();
        return String.join("\n",
                "# Written by kraken-connect on every run; edits are overwritten.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + controller,
                "listeners=PLAINTEXT://" + options.bootstrapServers() + ",CONTROLLER://" + controller,
                "advertised.listeners=PLAINTEXT://" + options.bootstrapServers(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + layout.kafkaData(),
                "num.partitions=1",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=24",
                "log.segment.bytes=67108864",
                "");
    }
}
