/**
 * The one-command stack behind {@code ./kraken-connect}: {@link com.kafkaconnectkraken.cli.KrakenStack} starts a
 * KRaft Kafka broker, a distributed Connect worker loading the packaged plugin archives through
 * {@code plugin.path}, the Apicurio schema registry and the Kraken simulator as child processes on loopback,
 * deploys the source and sink connectors and prints progress decoded from the Avro topics.
 * The simulators run the simulator's own command line ({@code KrakenSimulatorMain}), the exchange one with a demo
 * account funded through {@code --deposit}, its secret passed in the environment ({@code KRAKEN_SIM_API_SECRET}).
 */
package com.kafkaconnectkraken.cli;
