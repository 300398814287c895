package com.kafkaconnectkraken.cli;

import picocli.CommandLine.Option;

/**
 * The cluster {@code order} and {@code tail} talk to: the demo's unless told otherwise ({@code --base-port}, passed by
 * the script from {@code $KRAKEN_CONNECT_BASE_PORT}, moves the demo's addresses).
 */
final class ClusterOptions {

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers (default: the demo's, 127.0.0.1:<base port>)")
    String bootstrapServer;

    @Option(names = "--registry-url", paramLabel = "URL",
            description = "Confluent-compatible schema registry API, for Avro values (default: the demo's Apicurio,"
                    + " http://127.0.0.1:<base port + 3>/apis/ccompat/v7)")
    String registryUrl;

    @Option(names = "--base-port", defaultValue = "19092", paramLabel = "PORT",
            description = "The demo's first port, for the defaults above (default: ${DEFAULT-VALUE}; set by the script)")
    int basePort;

    private StackOptions demo() {
        return new StackOptions(null, null, false, false, 0, null, basePort);
    }

    /** @return the bootstrap servers */
    String bootstrapServers() {
        return bootstrapServer != null ? bootstrapServer : demo().bootstrapServers();
    }

    /** @return the registry's Confluent-compatible API URL */
    String registryUrl() {
        return registryUrl != null ? registryUrl : demo().registryCcompatUrl();
    }
}
