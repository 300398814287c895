package com.kafkaconnectkraken.cli;

import java.net.URI;
import java.nio.file.Path;

/**
 * Command-line options of {@link KrakenStack}.
 *
 * @param stackHome     {@code kraken-connect-cli/target/stack}: lib/, launcher-lib/, archives/, simulator/, registry/
 * @param dataDir       data directory (configs, Kafka log dirs, unpacked plugins, logs, pid files)
 * @param offline       never contact Kraken: the source reads the simulator's recorded and generated data
 * @param wipe          delete the data directory before starting
 * @param startedAt     epoch ms when the user ran the command (for the timings shown)
 * @param liveWsUrl     Kraken's public WebSocket v2 URL, probed before streaming live data
 * @param basePort      first of the loopback ports used (broker = base, controller = base+1, Connect REST = base+2,
 *                      registry = base+3, simulator = base+4, replay simulator = base+5)
 */
record StackOptions(Path stackHome, Path dataDir, boolean offline, boolean wipe, long startedAt, URI liveWsUrl,
                    int basePort) {

    static final String USAGE = "usage: KrakenStack --stack-home DIR --data-dir DIR [--offline] [--wipe]"
            + " [--started-at EPOCH_MS] [--live-ws-url wss://ws.kraken.com/v2] [--base-port 19092]";

    /**
     * @param args the command line
     * @return the options
     * @throws IllegalArgumentException naming the bad or missing option
     */
    static StackOptions parse(String[] args) {
        Path stackHome = null;
        Path dataDir = null;
        boolean offline = false;
        boolean wipe = false;
        long startedAt = System.currentTimeMillis();
        URI liveWsUrl = URI.create("wss://ws.kraken.com/v2");
        int basePort = 19092;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--offline" -> offline = true;
                case "--wipe" -> wipe = true;
                case "--stack-home" -> stackHome = Path.of(value(args, ++i));
                case "--data-dir" -> dataDir = Path.of(value(args, ++i));
                case "--started-at" -> startedAt = Long.parseLong(value(args, ++i));
                case "--live-ws-url" -> liveWsUrl = URI.create(value(args, ++i));
                case "--base-port" -> basePort = Integer.parseInt(value(args, ++i));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        if (stackHome == null || dataDir == null) {
            throw new IllegalArgumentException("--stack-home and --data-dir are required");
        }
        return new StackOptions(stackHome.toAbsolutePath(), dataDir.toAbsolutePath(), offline, wipe, startedAt,
                liveWsUrl, basePort);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("Missing value for " + args[i - 1]);
        }
        return args[i];
    }

    int brokerPort() {
        return basePort;
    }

    int controllerPort() {
        return basePort + 1;
    }

    int connectPort() {
        return basePort + 2;
    }

    int registryPort() {
        return basePort + 3;
    }

    int simulatorPort() {
        return basePort + 4;
    }

    int replayPort() {
        return basePort + 5;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + brokerPort();
    }
}
