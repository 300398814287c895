package com.kafkaconnectkraken.cli;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the stack lives: the options the {@code ./kraken-connect} script passes to {@code run}, {@code status} and
 * {@code logs} (its data directory, {@code $KRAKEN_CONNECT_DATA}, and {@code $KRAKEN_CONNECT_BASE_PORT}).
 */
final class StackLocation {

    @Option(names = "--stack-home", required = true, paramLabel = "DIR",
            description = "kraken-connect-cli/target/stack: lib/, launcher-lib/, archives/, simulator/, registry/ (set by the script)")
    Path stackHome;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR",
            description = "Data directory: configs, Kafka data, plugins, logs/, run/ (set by the script)")
    Path dataDir;

    @Option(names = "--base-port", defaultValue = "19092", paramLabel = "PORT",
            description = "First of the six loopback ports: broker, controller, Connect REST, registry, simulator, replay"
                    + " (default: ${DEFAULT-VALUE})")
    int basePort;

    /**
     * @param offline   see {@link StackOptions#offline()}
     * @param wipe      see {@link StackOptions#wipe()}
     * @param startedAt see {@link StackOptions#startedAt()}
     * @param liveWsUrl see {@link StackOptions#liveWsUrl()}
     * @return the stack's options, paths absolute
     */
    StackOptions options(boolean offline, boolean wipe, long startedAt, URI liveWsUrl) {
        return new StackOptions(stackHome.toAbsolutePath(), dataDir.toAbsolutePath(), offline, wipe, startedAt, liveWsUrl,
                basePort);
    }

    /** @return the options of a stack looked at, not started ({@code status}, {@code logs}) */
    StackOptions options() {
        return options(false, false, System.currentTimeMillis(), URI.create(RunVerb.KRAKEN_WS));
    }
}
