package com.kafkaconnectkraken.cli;

import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kraken-connect run}: starts the stack ({@link KrakenStack}) and keeps it up until SIGTERM or Ctrl-C.
 * {@code --foreground} is the script's (it decides whether this process is detached) and {@code --wipe} is carried
 * out by both (the script first ends leftover child processes, then the stack empties the data directory).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Start broker, Connect worker, registry and simulator on loopback, deploy the connectors, write"
            + " the sample orders and print progress.",
            "In the background (default) the script returns once the pipeline is up; logs, status and stop look at it."})
final class RunVerb implements Callable<Integer> {

    static final String KRAKEN_WS = "wss://ws.kraken.com/v2";

    @Mixin
    StackLocation location;

    @Option(names = "--offline", description = "Never contact Kraken: the source reads the simulator's recorded and generated data")
    boolean offline;

    @Option(names = "--foreground", description = "Stay attached: progress on this terminal, Ctrl-C stops (handled by the script)")
    boolean foreground;

    @Option(names = "--wipe", description = "Empty the data directory first (a new Kafka cluster, plugins unpacked again)")
    boolean wipe;

    @Option(names = "--live-ws-url", defaultValue = KRAKEN_WS, paramLabel = "URL",
            description = "Kraken's public WebSocket v2, probed before streaming live (default: ${DEFAULT-VALUE};"
                    + " script: $KRAKEN_CONNECT_LIVE_URL)")
    URI liveWsUrl;

    @Option(names = "--started-at", paramLabel = "EPOCH_MS",
            description = "When the user ran the command, for the timings shown (default: now; set by the script)")
    Long startedAt;

    /** @return the stack's options */
    StackOptions options() {
        return location.options(offline, wipe, startedAt == null ? System.currentTimeMillis() : startedAt, liveWsUrl);
    }

    @Override
    public Integer call() {
        return KrakenStack.runUntilStopped(options());
    }
}
