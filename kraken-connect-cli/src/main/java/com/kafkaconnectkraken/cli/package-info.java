/**
 * The one-command stack behind {@code ./kraken-connect}: {@link com.kafkaconnectkraken.cli.KrakenStack} starts a
 * KRaft Kafka broker, a distributed Connect worker loading the packaged plugin archives through
 * {@code plugin.path}, the Apicurio schema registry and the Kraken simulator as child processes on loopback,
 * deploys the source and sink connectors and prints progress decoded from the Avro topics.
 * {@link com.kafkaconnectkraken.cli.KrakenConnect} is the tool's command line (picocli): {@code run}, {@code stop},
 * {@code status}, {@code logs}, {@code order} (one command to a sink, waiting for its acknowledgement) and
 * {@code tail} (a topic as JSON lines, decoded by {@link com.kafkaconnectkraken.cli.RecordDecoder}).
 * The simulators run the simulator's own command line ({@code KrakenSimulatorMain}), the exchange one with a demo
 * account funded through {@code --deposit}, its secret passed in the environment ({@code KRAKEN_SIM_API_SECRET}).
 */
package com.kafkaconnectkraken.cli;
