package com.kafkaconnectkraken.cli;

import com.kafkaconnectkraken.registry.ChildProcess;
import com.kafkaconnectkraken.simulator.KrakenSimulatorMain;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The Kraken simulators of the stack, each a child process on loopback running the simulator's own command line
 * ({@link KrakenSimulatorMain}, from the simulator's runnable jar):
 * <ul>
 *   <li>the exchange: generated market data for {@link DemoConnectors#LIVE_SYMBOLS} (the demo source reads
 *       {@link DemoConnectors#GENERATED_SYMBOLS} of them, BTC/USD comes from the replay; all three serve a
 *       {@code config-examples/} source pointed at the demo) and a demo account funded
 *       with {@value #DEMO_DEPOSIT} ({@code --api-key ... --deposit ...}) for the sink connector (always started);</li>
 *   <li>the replay ({@code --replay builtin:btcusd}): the BTC/USD book recorded from Kraken (python-kraken-sdk,
 *       Apache-2.0), 1 snapshot + 509 updates (offline only).</li>
 * </ul>
 * The demo account's secret is random per run and handed over through the environment variable
 * {@value KrakenSimulatorMain#SECRET_ENV}, not the command line. Each process is ready once it printed {@code READY}.
 */
final class Simulators {

    static final String API_KEY = "kraken-connect-demo";
    /** The simulator's main class; a name only: the launcher does not have the simulator's classes at run time. */
    private static final String SIMULATOR_MAIN = "com.kafkaconnectkraken.simulator.KrakenSimulatorMain";
    private static final String DEMO_DEPOSIT = "USD=100000";
    private static final String REPLAY_RATE = "10";
    private static final String GENERATOR_RATE = "100";

    private final StackLayout layout;
    private final StackOptions options;
    private final String apiSecret;
    private ChildProcess exchange;
    private ChildProcess replay;

    Simulators(StackLayout layout, StackOptions options) {
        this.layout = layout;
        this.options = options;
        byte[] secret = new byte[64];
        new SecureRandom().nextBytes(secret);
        this.apiSecret = Base64.getEncoder().encodeToString(secret);
    }

    /** Starts the exchange simulator (not waiting for it). */
    void startExchange() {
        startExchange(List.of());
    }

    /**
     * Starts the exchange simulator (not waiting for it) with extra options of its command line, e.g. the fault
     * harness's {@code --fault-control true}.
     */
    void startExchange(List<String> extraOptions) {
        List<String> command = StackProcesses.javaCommand("256m", layout.simulatorJar().toString(), SIMULATOR_MAIN);
        command.addAll(List.of("--port", Integer.toString(options.simulatorPort()),
                "--symbols", DemoConnectors.LIVE_SYMBOLS, "--rate", GENERATOR_RATE,
                "--seed", Long.toString(options.startedAt()), "--api-key", API_KEY, "--deposit", DEMO_DEPOSIT));
        command.addAll(extraOptions);
        // SECRET_ENV is a compile-time constant (inlined): no simulator class is loaded here
        exchange = StackProcesses.start(layout, "simulator", command, Map.of(KrakenSimulatorMain.SECRET_ENV, apiSecret));
    }

    /** Starts the replay simulator (not waiting for it). */
    void startReplay() {
        List<String> command = StackProcesses.javaCommand("256m", layout.simulatorJar().toString(), SIMULATOR_MAIN);
        command.addAll(List.of("--port", Integer.toString(options.replayPort()), "--replay", "builtin:btcusd",
                "--symbols", DemoConnectors.REPLAY_SYMBOL, "--rate", REPLAY_RATE));
        replay = StackProcesses.start(layout, "simulator-replay", command, Map.of());
    }

    /** Waits until every started simulator printed {@code READY}. */
    void awaitReady(Duration timeout) {
        for (ChildProcess process : started()) {
            Wait.until("Kraken simulator (" + process.name() + ")", timeout, process,
                    () -> process.logText().lines().anyMatch("READY"::equals));
        }
    }

    List<ChildProcess> started() {
        return java.util.stream.Stream.of(exchange, replay).filter(java.util.Objects::nonNull).toList();
    }

    String publicWs() {
        return "ws://127.0.0.1:" + options.simulatorPort() + "/public/v2";
    }

    String privateWs() {
        return "ws://127.0.0.1:" + options.simulatorPort() + "/auth/v2";
    }

    String rest() {
        return "http://127.0.0.1:" + options.simulatorPort();
    }

    /** @return the simulator's Kraken Futures WebSocket v1 URL */
    String futuresWs() {
        return "ws://127.0.0.1:" + options.simulatorPort() + "/ws/v1";
    }

    /** @return the simulator's Trader WebSocket API socket (login beside it at /api/v1/login) */
    String traderWs() {
        return "ws://127.0.0.1:" + options.simulatorPort() + "/api/v1/ws";
    }

    String replayPublicWs() {
        return "ws://127.0.0.1:" + options.replayPort() + "/public/v2";
    }

    /** @return the demo account's secret (base64); goes only into the sink's config on the loopback worker */
    String apiSecret() {
        return apiSecret;
    }
}
