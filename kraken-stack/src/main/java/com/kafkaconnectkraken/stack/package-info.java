/**
 * The one-command stack behind {@code ./kraken-connect}: {@link com.kafkaconnectkraken.stack.KrakenStack} starts a
 * KRaft Kafka broker, a distributed Connect worker loading the packaged plugin archives through
 * {@code plugin.path}, the Apicurio schema registry and the Kraken simulator as child processes on loopback,
 * deploys the source and sink connectors and prints progress decoded from the Avro topics.
 * {@link com.kafkaconnectkraken.stack.SimulatorMain} is the simulator process with a funded demo account.
 */
package com.kafkaconnectkraken.stack;
