package com.kafkaconnectkraken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.registry.ChildProcess;
import com.kafkaconnectkraken.registry.SchemaRegistryProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fault harness's cluster, built from the {@code ./kraken-connect} stack's own parts (this class lives in their
 * package so they stay package-private): a KRaft broker ({@link KafkaBroker}), the Apicurio registry, the Kraken
 * simulator's exchange ({@link Simulators}) and {@value #WORKERS} Kafka Connect workers in distributed mode, one group
 * ({@value #GROUP}), {@code exactly.once.source.support=enabled}, {@code plugin.path} = the packaged archives unpacked
 * ({@link PluginInstaller}). Every service is its own JVM with its log in {@code <data>/logs/}. Ports: broker = base,
 * controller = base+1, registry = base+3, simulator = base+4, worker i (0..2) = base+10+i.
 */
public final class FaultCluster implements AutoCloseable {

    /** The Connect group of the workers. */
    public static final String GROUP = "fault-harness";
    /** How many workers run at a time. */
    public static final int WORKERS = 3;
    /** The simulator's demo API key (public). */
    public static final String API_KEY = Simulators.API_KEY;

    /**
     * One of the two demo sinks of the stack, as {@link DemoConnectors} deploys them: {@link #SPOT} (the Kraken Spot
     * sink, {@code add_order} over WS v2) and {@link #TRADER} (the Trader WebSocket API sink, {@code createOrder});
     * each reads JSON commands from its own topic, writes JSON acks to its reply topic and refused commands to
     * {@link #dlqTopic()}.
     *
     * @param connector     the connector's name
     * @param commandsTopic the command topic
     * @param acksTopic     the reply (acknowledgement) topic
     */
    public record Sink(String connector, String commandsTopic, String acksTopic) {

        /** {@code com.kafkaconnectkraken.sink.KrakenSinkConnector} on the simulator's exchange. */
        public static final Sink SPOT = new Sink(DemoConnectors.SINK, DemoConnectors.COMMANDS_TOPIC,
                DemoConnectors.ACKS_TOPIC);
        /** {@code com.kafkaconnectkraken.sink.trader.TraderSinkConnector} on the simulator's Trader API. */
        public static final Sink TRADER = new Sink(DemoConnectors.TRADER_SINK, DemoConnectors.TRADER_COMMANDS_TOPIC,
                DemoConnectors.TRADER_ACKS_TOPIC);

        /** @return the dead-letter topic, {@code <commands>.dlq} */
        public String dlqTopic() {
            return commandsTopic + ".dlq";
        }
    }

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final StackOptions options;
    private final StackLayout layout;
    private final KafkaBroker broker;
    private final Simulators simulators;
    private final ChildProcess[] workers = new ChildProcess[WORKERS];
    private final int[] generations = new int[WORKERS];
    private final List<ChildProcess> killed = new ArrayList<>();
    private SchemaRegistryProcess registry;
    private int brokerRestarts;
    private int registryStarts;

    /**
     * @param stackHome {@code kraken-connect-cli/target/stack} (built by {@code package})
     * @param dataDir   the data directory, wiped first
     * @param basePort  the first loopback port (see the class comment)
     */
    public FaultCluster(Path stackHome, Path dataDir, int basePort) {
        this.options = new StackOptions(stackHome.toAbsolutePath(), dataDir.toAbsolutePath(), true, false,
            System.currentTimeMillis(), URI.create(RunVerb.KRAKEN_WS), basePort);
        this.layout = new StackLayout(options.stackHome(), options.dataDir());
        this.broker = new KafkaBroker(layout, options);
        this.simulators = new Simulators(layout, options);
    }

    /**
     * Starts every service and waits until each is ready (no connector deployed: see {@link #deploySink}).
     *
     * @throws StackException naming the part that failed and its log
     */
    public void start() {
        try {
            PluginInstaller.deleteContents(options.dataDir());
            Files.createDirectories(options.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        layout.createDirectories();
        KafkaBroker.writeLoggingConfig(layout);
        registry = SchemaRegistryProcess.launch(layout.registryDistribution(), options.registryPort(),
                StackProcesses.options(layout, "registry"));
        // the HTTP fault control of the simulator (POST /simulator/faults/...): see simulatorFault
        simulators.startExchange(List.of("--fault-control", "true"));
        new PluginInstaller(layout).install();
        broker.start();
        broker.awaitReady(START_TIMEOUT);
        for (int i = 0; i < WORKERS; i++) {
            startWorker(i);
        }
        for (int i = 0; i < WORKERS; i++) {
            awaitWorker(i);
        }
        registry.awaitReady(START_TIMEOUT);
        simulators.awaitReady(START_TIMEOUT);
    }

    /**
     * Deploys {@link Sink#SPOT} or {@link Sink#TRADER} with the stack's demo config (tasks.max=1) against the simulator: the Spot sink with the demo
     * account's key, the Trader sink with the simulator's demo Trader login.
     */
    public void deploySink(Sink sink) {
        DemoConnectors demo = demoConnectors();
        Map<String, String> config = Sink.SPOT.equals(sink)
                ? demo.sink(simulators.privateWs(), simulators.rest(), Simulators.API_KEY, simulators.apiSecret(),
                        options.bootstrapServers())
                : demo.traderSink(simulators.traderWs(), options.bootstrapServers());
        rest(0).putConnector(sink.connector(), config, Duration.ofSeconds(60));
    }

    /**
     * The config {@link #deploySink} deploys, for a caller that changes it first (e.g. points its venue URLs,
     * {@code kraken.ws.private.url} + {@code kraken.rest.url} or {@code trader.url}, elsewhere).
     *
     * @return a mutable copy of the stack's demo config of {@code sink} against the simulator
     */
    public Map<String, String> sinkConfig(Sink sink) {
        DemoConnectors demo = demoConnectors();
        return new LinkedHashMap<>(Sink.SPOT.equals(sink)
                ? demo.sink(simulators.privateWs(), simulators.rest(), Simulators.API_KEY, simulators.apiSecret(),
                        options.bootstrapServers())
                : demo.traderSink(simulators.traderWs(), options.bootstrapServers()));
    }

    /** @return the simulator's port on 127.0.0.1 (every venue of the simulator: REST, WS, Futures, Trader API) */
    public int simulatorPort() {
        return options.simulatorPort();
    }

    /**
     * Creates or updates connector {@code name} (PUT {@code /connectors/<name>/config} on worker 0).
     *
     * @param config the connector config
     */
    public void deploy(String name, Map<String, String> config) {
        rest(0).putConnector(name, config, Duration.ofSeconds(60));
    }

    private DemoConnectors demoConnectors() {
        return new DemoConnectors(registry.registryV2Url());
    }

    /** @return the status JSON of a connector, from any live worker, or null if none answers */
    public JsonNode status(String connector) {
        for (int i = 0; i < WORKERS; i++) {
            if (workers[i] != null && workers[i].isAlive()) {
                JsonNode status = rest(i).status(connector);
                if (status != null) {
                    return status;
                }
            }
        }
        return null;
    }

    /**
     * @param workerId a Connect {@code worker_id} ({@code 127.0.0.1:<port>})
     * @return the index of the worker it names, or -1
     */
    public int workerIndex(String workerId) {
        for (int i = 0; i < WORKERS; i++) {
            if (workerId.equals("127.0.0.1:" + workerPort(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code kill -9} of worker {@code index} (SIGKILL: no shutdown hook, no rebalance handshake), then a fresh worker
     * JVM in its place (same port, new log {@code connect-<index>-<generation>.log}).
     *
     * @return when the killed JVM was seen dead (epoch ms): every record its tasks wrote is older
     */
    public long killAndReplaceWorker(int index) {
        ChildProcess victim = workers[index];
        ProcessHandle.of(victim.pid()).ifPresent(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (victim.isAlive() && System.nanoTime() < deadline) {
            Wait.sleep(50);
        }
        long deadAt = System.currentTimeMillis();
        killed.add(victim);
        startWorker(index);
        awaitWorker(index);
        return deadAt;
    }

    /**
     * Restarts the broker: stops its JVM (SIGTERM, a clean shutdown within 30 s, else SIGKILL), starts it again on the
     * same ports and data directory (topics, offsets, transactions and Connect's state kept) and waits until it
     * answers. The log of the stopped broker is kept as {@code broker-<n>.log}.
     *
     * @throws StackException if it does not come back within 180 s
     */
    public void restartBroker() {
        ChildProcess old = broker.process();
        stop(old, 30);
        keepLog("broker", ++brokerRestarts);
        broker.start();
        broker.awaitReady(START_TIMEOUT);
    }

    /** Stops the schema registry (SIGTERM, then SIGKILL after 15 s); {@link #startRegistry} brings it back. */
    public void stopRegistry() {
        stop(registry.process(), 15);
    }

    /**
     * Starts the schema registry again on the same port and waits until it answers. The stack's Apicurio 2.6 keeps
     * its schemas in memory: the new process starts empty, and the converters register their schemas again (with
     * ids that need not be the ones written before). Its log is {@code registry-<n>.log}.
     *
     * @throws IllegalStateException if it is not ready within 180 s
     */
    public void startRegistry() {
        registry = SchemaRegistryProcess.launch(layout.registryDistribution(), options.registryPort(),
                StackProcesses.options(layout, "registry-" + (++registryStarts)));
        registry.awaitReady(START_TIMEOUT);
    }

    /**
     * Switches a fault of the simulator process through its HTTP fault control ({@code KrakenSimulatorMain
     * --fault-control true}, which {@link #start} passes), e.g. {@code rest-error?error=EService:Unavailable&seconds=30}
     * or {@code drop-connections}.
     *
     * @param pathAndQuery the part after {@code /simulator/faults/}, query URL-encoded
     * @return the simulator's JSON answer
     * @throws IllegalStateException if the simulator does not answer 200
     */
    public String simulatorFault(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulators.rest() + "/simulator/faults/" + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Simulator fault " + pathAndQuery + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("Simulator fault " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during simulator fault " + pathAndQuery, e);
        }
    }

    /**
     * Pauses connector {@code name} ({@code PUT /connectors/<name>/pause} on worker 0): its tasks stop polling, their
     * state becomes PAUSED.
     *
     * @throws IllegalStateException if the worker does not accept it
     */
    public void pauseConnector(String name) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + workerPort(0) + "/connectors/"
                + name + "/pause")).timeout(Duration.ofSeconds(10)).PUT(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("Pause of " + name + " answered " + response.statusCode() + ": "
                        + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Pause of " + name + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the pause of " + name, e);
        }
    }

    /**
     * @return the stack's demo Spot source config against the simulator (ticker, trade and book of the generated
     *     symbols, Avro values through the cluster's registry), to adapt and {@link #deploy}
     */
    public Map<String, String> demoSourceConfig() {
        return new java.util.LinkedHashMap<>(demoConnectors().generatedSource(simulators.publicWs()));
    }

    /** @return the registry's Confluent-compatible API ({@code .../apis/ccompat/v7}), where readers fetch schemas by id */
    public String registryCcompatUrl() {
        return registry.ccompatUrl();
    }

    private void keepLog(String name, int generation) {
        try {
            Path log = layout.log(name);
            if (Files.exists(log)) {
                Files.copy(log, log.resolveSibling(name + "-" + generation + ".log"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the log of " + name, e);
        }
    }

    /** @return the broker's bootstrap servers */
    public String bootstrapServers() {
        return options.bootstrapServers();
    }

    /** @return the simulator's public market-data WebSocket ({@code ws://.../public/v2}) */
    public String simulatorPublicWs() {
        return simulators.publicWs();
    }

    /** @return the simulator's authenticated WebSocket ({@code ws://.../private/v2}) */
    public String simulatorPrivateWs() {
        return simulators.privateWs();
    }

    /** @return the simulator's Kraken Futures WebSocket v1 */
    public String simulatorFuturesWs() {
        return simulators.futuresWs();
    }

    /** @return the registry's Confluent-compatible base URL, as the demo converters use it */
    public String registryUrl() {
        return registry.registryV2Url();
    }

    /** @return the simulator's REST base URL */
    public String simulatorRest() {
        return simulators.rest();
    }

    /** @return the simulator's Trader WebSocket API socket ({@code ws://.../api/v1/ws}; login at /api/v1/login) */
    public String simulatorTraderWs() {
        return simulators.traderWs();
    }

    /** @return the demo account's secret (base64), to query the simulator and to scan for */
    public String apiSecret() {
        return simulators.apiSecret();
    }

    /** @return the logs directory (one log per process) */
    public Path logs() {
        return layout.logs();
    }

    /** Stops every live service (workers first); the data directory and logs are kept. */
    @Override
    public void close() {
        for (ChildProcess worker : workers) {
            stop(worker, 30);
        }
        stop(broker.process(), 30);
        stop(registry == null ? null : registry.process(), 15);
        simulators.started().forEach(p -> stop(p, 15));
    }

    private static void stop(ChildProcess process, int graceSeconds) {
        if (process != null && process.isAlive()) {
            process.stop(Duration.ofSeconds(graceSeconds));
        }
    }

    private int workerPort(int index) {
        return options.basePort() + 10 + index;
    }

    private ConnectRest rest(int index) {
        return new ConnectRest("http://127.0.0.1:" + workerPort(index));
    }

    private void startWorker(int index) {
        int generation = ++generations[index];
        String name = "connect-" + index + "-" + generation;
        List<String> command = StackProcesses.javaCommand("512m", layout.kafkaClasspath(),
                "org.apache.kafka.connect.cli.ConnectDistributed",
                "-Dlog4j2.configurationFile=" + layout.config().resolve("log4j2.properties"));
        command.add(writeWorkerConfig(index).toString());
        workers[index] = StackProcesses.start(layout, name, command, Map.of());
    }

    private void awaitWorker(int index) {
        Wait.until("Connect worker " + index, START_TIMEOUT, workers[index], rest(index)::ready);
    }

    private Path writeWorkerConfig(int index) {
        String port = Integer.toString(workerPort(index));
        String worker = String.join("\n",
                "bootstrap.servers=" + options.bootstrapServers(),
                "group.id=" + GROUP,
                "listeners=http://127.0.0.1:" + port,
                "rest.advertised.host.name=127.0.0.1",
                "rest.advertised.port=" + port,
                "config.storage.topic=_fault-configs",
                "offset.storage.topic=_fault-offsets",
                "status.storage.topic=_fault-status",
                "config.storage.replication.factor=1",
                "offset.storage.replication.factor=1",
                "status.storage.replication.factor=1",
                "offset.storage.partitions=1",
                "status.storage.partitions=1",
                "offset.flush.interval.ms=5000",
                "exactly.once.source.support=enabled",
                // a killed worker leaves the group after 6 s; its tasks move at most 10 s later
                "session.timeout.ms=6000",
                "heartbeat.interval.ms=2000",
                "scheduled.rebalance.max.delay.ms=10000",
                "consumer.session.timeout.ms=6000",
                "consumer.heartbeat.interval.ms=2000",
                "key.converter=org.apache.kafka.connect.storage.StringConverter",
                "value.converter=org.apache.kafka.connect.json.JsonConverter",
                "plugin.path=" + layout.plugins(),
                "plugin.discovery=service_load",
                "");
        try {
            Path config = layout.config().resolve("connect-" + index + ".properties");
            Files.writeString(config, worker);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the worker config in " + layout.config(), e);
        }
    }
}
