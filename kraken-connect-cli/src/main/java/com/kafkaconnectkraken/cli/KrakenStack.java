package com.kafkaconnectkraken.cli;

import com.kafkaconnectkraken.registry.ChildProcess;
import com.kafkaconnectkraken.registry.ConfluentAvro;
import com.kafkaconnectkraken.registry.SchemaRegistryProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one-command stack behind {@code ./kraken-connect run}: starts, as child processes on loopback, a KRaft Kafka
 * broker, a distributed Connect worker with both Kraken plugins loaded from their archives through
 * {@code plugin.path}, the Apicurio schema registry and the Kraken simulator; deploys the source connector (Kraken's
 * live public data, or the simulator's recorded and generated data when {@code --offline} or Kraken is unreachable)
 * and the sink connector (always the simulator); writes one sample order; then prints progress until SIGTERM or
 * Ctrl-C, which stops everything in reverse order. Exit status 1 with the failing part and its log on failure
 * (bad arguments: 2, from {@link KrakenConnect}).
 */
public final class KrakenStack {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final StackOptions options;
    private final StackLayout layout;
    private final Console console;
    private final KafkaBroker broker;
    private final ConnectWorker worker;
    private final Simulators simulators;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private SchemaRegistryProcess registry;
    private ProgressMonitor monitor;
    private Thread monitorThread;

    KrakenStack(StackOptions options, Console console) {
        this.options = options;
        this.layout = new StackLayout(options.stackHome(), options.dataDir());
        this.console = console;
        this.broker = new KafkaBroker(layout, options);
        this.worker = new ConnectWorker(layout, options);
        this.simulators = new Simulators(layout, options);
    }

    /**
     * Starts the stack and keeps it up until SIGTERM or Ctrl-C (a shutdown hook stops it).
     *
     * @param options the stack's options ({@link RunVerb})
     * @return the exit status: 0 after a stop, 1 when a part failed (said on the console, everything stopped)
     */
    static int runUntilStopped(StackOptions options) {
        KrakenStack stack = new KrakenStack(options, new Console(options.startedAt(), System.out));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "kraken-stack-shutdown"));
        try {
            stack.start();
            stack.monitorThread.join();
            return 0;
        } catch (RuntimeException e) {
            // the launcher's boundary: say what failed (StackException messages name the part and its log), stop all
            stack.console.say("FAILED: %s", e instanceof StackException ? e.getMessage() : e.toString());
            stack.stop();
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    void start() {
        prepareDataDirectory();
        CompletableFuture<String> probe = options.offline() ? CompletableFuture.completedFuture(null)
                : LiveProbe.probe(options.liveWsUrl(), Duration.ofSeconds(5));
        startRegistry();
        simulators.startExchange();
        CompletableFuture<List<String>> plugins = CompletableFuture.supplyAsync(new PluginInstaller(layout)::install);
        if (broker.start()) {
            console.say("Kafka storage formatted (new cluster) in %s", layout.kafkaData());
        }
        boolean live = chooseMode(probe.join());
        if (!live) {
            simulators.startReplay();
        }
        broker.awaitReady(START_TIMEOUT);
        console.say("Kafka broker ready on %s (KRaft, single node); log %s", options.bootstrapServers(), layout.log("broker"));
        startMonitor();
        console.say("plugins on plugin.path %s: %s", layout.plugins(), join(plugins));
        worker.start();
        ConnectRest rest = new ConnectRest(worker.restUrl());
        worker.awaitReady(rest, START_TIMEOUT);
        console.say("Kafka Connect worker ready on %s (distributed mode); log %s", worker.restUrl(), layout.log("connect"));
        awaitRegistry();
        console.say("schema registry ready on %s (Apicurio, Confluent API %s)", registry.registryV2Url(), registry.ccompatUrl());
        simulators.awaitReady(START_TIMEOUT);
        console.say("Kraken simulator ready on %s%s", simulators.rest(), live ? "" : " (+ replay on port " + options.replayPort() + ")");
        deployConnectors(rest, live);
        awaitFirstRecordAndSampleOrder();
        console.say("running. Stop with Ctrl-C (foreground) or ./kraken-connect stop. Logs: %s", layout.logs());
    }

    /** Launches the Apicurio registry on its port as the stack's service {@code registry} (not waiting for it). */
    private void startRegistry() {
        try {
            registry = SchemaRegistryProcess.launch(layout.registryDistribution(), options.registryPort(),
                    StackProcesses.options(layout, "registry"));
        } catch (IllegalStateException e) {
            throw new StackException(e.getMessage(), e);
        }
    }

    private void awaitRegistry() {
        try {
            registry.awaitReady(START_TIMEOUT);
        } catch (IllegalStateException e) {
            throw new StackException(e.getMessage(), e);
        }
    }

    private void prepareDataDirectory() {
        try {
            if (options.wipe()) {
                PluginInstaller.deleteContents(options.dataDir());
                console.say("data directory wiped: %s", options.dataDir());
            }
            Files.createDirectories(options.dataDir());
        } catch (IOException e) {
            throw new StackException("Cannot prepare the data directory " + options.dataDir() + ": " + e.getMessage(), e);
        }
        layout.createDirectories();
        KafkaBroker.writeLoggingConfig(layout);
        checkPortsFree();
        console.say("data directory %s (kept across runs; --wipe to start empty)", options.dataDir());
    }

    private boolean chooseMode(String probeFailure) {
        if (options.offline()) {
            console.say("OFFLINE mode (--offline): the source reads the simulator: recorded Kraken BTC/USD book + generated %s",
                    DemoConnectors.GENERATED_SYMBOLS);
            return false;
        }
        if (probeFailure != null) {
            console.say("Kraken is UNREACHABLE from this machine (%s: %s)", options.liveWsUrl(), probeFailure);
            console.say("=> OFFLINE mode: the source reads the simulator: recorded Kraken BTC/USD book + generated %s",
                    DemoConnectors.GENERATED_SYMBOLS);
            return false;
        }
        console.say("LIVE mode: %s answered; streaming Kraken's public ticker, trade, book for %s (no credentials)",
                options.liveWsUrl(), DemoConnectors.LIVE_SYMBOLS);
        return true;
    }

    private void deployConnectors(ConnectRest rest, boolean live) {
        ConnectorDeployer deployer = new ConnectorDeployer(rest, console, layout.log("connect"));
        DemoConnectors connectors = new DemoConnectors(registry.registryV2Url());
        if (live) {
            rest.deleteConnector(DemoConnectors.REPLAY_SOURCE, Duration.ofSeconds(30));
            rest.deleteConnector(DemoConnectors.FUTURES_SOURCE, Duration.ofSeconds(30));
            deployer.deploy(DemoConnectors.SOURCE, connectors.liveSource(options.liveWsUrl().toString()),
                    "LIVE Kraken ticker, trade, book " + DemoConnectors.LIVE_SYMBOLS);
        } else {
            deployer.deploy(DemoConnectors.SOURCE, connectors.generatedSource(simulators.publicWs()),
                    "simulator ticker, trade, book " + DemoConnectors.GENERATED_SYMBOLS + " (generated)");
            deployer.deploy(DemoConnectors.REPLAY_SOURCE, connectors.replaySource(simulators.replayPublicWs()),
                    "book " + DemoConnectors.REPLAY_SYMBOL + " replayed from a recording of Kraken");
            deployer.deploy(DemoConnectors.FUTURES_SOURCE, connectors.futuresSource(simulators.futuresWs(), simulators.rest()),
                    "simulator Kraken Futures ticker, book, trade " + DemoConnectors.FUTURES_PRODUCTS + " (generated)");
        }
        deployer.deploy(DemoConnectors.TRADER_SOURCE, connectors.traderSource(simulators.traderWs()),
                "simulator Trader API quotes, depth, executions, portfolio, metrics " + DemoConnectors.TRADER_SYMBOLS);
        deployer.deploy(DemoConnectors.TRADER_SINK, connectors.traderSink(simulators.traderWs(), options.bootstrapServers()),
                "Trader commands from " + DemoConnectors.TRADER_COMMANDS_TOPIC + " to the SIMULATOR, acks to "
                        + DemoConnectors.TRADER_ACKS_TOPIC);
        deployer.deploy(DemoConnectors.SINK, connectors.sink(simulators.privateWs(), simulators.rest(), Simulators.API_KEY,
                simulators.apiSecret(), options.bootstrapServers()), "orders from " + DemoConnectors.COMMANDS_TOPIC
                + " to the SIMULATOR's exchange, acks to " + DemoConnectors.ACKS_TOPIC);
    }

    private void awaitFirstRecordAndSampleOrder() {
        await(monitor.firstRecord(), "No record reached the kraken.* topics within 120 s; see " + layout.log("connect"));
        console.say("FIRST RECORD %.1f s after the command", monitor.firstRecordSeconds());
        var written = SampleOrder.send(options.bootstrapServers());
        console.say("sample order written to %s-%d@%d: %s", written.topic(), written.partition(), written.offset(),
                SampleOrder.COMMAND);
        await(monitor.firstAck(), "No order acknowledgement within 120 s; see " + layout.log("connect"));
        var trader = SampleOrder.send(options.bootstrapServers(), DemoConnectors.TRADER_COMMANDS_TOPIC,
                SampleOrder.TRADER_COMMAND);
        console.say("sample Trader order written to %s-%d@%d: %s", trader.topic(), trader.partition(), trader.offset(),
                SampleOrder.TRADER_COMMAND);
        await(monitor.firstTraderAck(), "No Trader order acknowledgement within 120 s; see " + layout.log("connect"));
    }

    private void await(java.util.concurrent.CountDownLatch latch, String failure) {
        try {
            if (!latch.await(120, TimeUnit.SECONDS)) {
                throw new StackException(failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted", e);
        }
    }

    private void startMonitor() {
        monitor = new ProgressMonitor(options.bootstrapServers(), new ConfluentAvro(registry.ccompatUrl()), console,
                options.startedAt());
        monitorThread = new Thread(monitor, "progress-monitor");
        monitorThread.setDaemon(true);
        monitorThread.start();
    }

    /** Stops everything in reverse start order; idempotent (Ctrl-C, SIGTERM, failure). */
    void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        console.say("stopping");
        if (monitor != null) {
            monitor.stop();
        }
        deleteConnectors();
        stopProcess(worker.process(), 60, "Connect worker");
        stopProcess(broker.process(), 60, "Kafka broker");
        stopProcess(registry == null ? null : registry.process(), 15, "schema registry");
        simulators.started().forEach(p -> stopProcess(p, 15, p.name()));
        console.say("stopped; data kept in %s", options.dataDir());
    }

    private void deleteConnectors() {
        if (worker.process() != null && worker.process().isAlive()) {
            ConnectRest rest = new ConnectRest(worker.restUrl());
            for (String name : List.of(DemoConnectors.SOURCE, DemoConnectors.REPLAY_SOURCE, DemoConnectors.FUTURES_SOURCE,
                    DemoConnectors.TRADER_SOURCE, DemoConnectors.TRADER_SINK, DemoConnectors.SINK)) {
                if (rest.deleteConnector(name, Duration.ofSeconds(10))) {
                    console.say("connector %s deleted (offsets kept)", name);
                }
            }
        }
    }

    private void stopProcess(ChildProcess process, long graceSeconds, String what) {
        if (process != null) {
            long start = System.nanoTime();
            boolean clean = process.stop(Duration.ofSeconds(graceSeconds));
            console.say("%s %s in %.1f s", what, clean ? "stopped" : "KILLED after " + graceSeconds + " s",
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private void checkPortsFree() {
        List<Integer> busy = new ArrayList<>();
        for (int port = options.basePort(); port <= options.replayPort(); port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                busy.add(port);
            }
        }
        if (!busy.isEmpty()) {
            throw new StackException("Loopback port(s) " + busy + " in use: is a stack already running (./kraken-connect status)?"
                    + " Move all ports with KRAKEN_CONNECT_BASE_PORT=<first port> (launcher: --base-port).");
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof StackException s ? s : new StackException(String.valueOf(e.getCause()), e);
        }
    }
}
