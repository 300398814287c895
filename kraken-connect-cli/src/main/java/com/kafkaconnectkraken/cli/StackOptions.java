package com.kafkaconnectkraken.cli;

import java.net.URI;
import java.nio.file.Path;

/**
 * Options of {@link KrakenStack}, read from the command line by {@link RunVerb} ({@code ./kraken-connect run}).
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

    /** @return the registry's Confluent-compatible API, e.g. {@code http://127.0.0.1:19095/apis/ccompat/v7} */
    String registryCcompatUrl() {
        return "http://127.0.0.1:" + registryPort() + "/apis/ccompat/v7";
    }
}
