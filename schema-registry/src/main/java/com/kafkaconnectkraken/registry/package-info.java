/**
 * The schema registry as the {@code ./kraken-connect} tool and the integration tests use it, one implementation for
 * both:
 * <ul>
 *   <li>{@link com.kafkaconnectkraken.registry.SchemaRegistryProcess}: a real Apicurio Registry as a child process on
 *       loopback: launch, wait until its Confluent-compatible API answers, stop;</li>
 *   <li>{@link com.kafkaconnectkraken.registry.RegistryDistribution}: where the unpacked Apicurio distribution is and
 *       which Java runs it;</li>
 *   <li>{@link com.kafkaconnectkraken.registry.ChildProcess}: the child-process handling the registry runs on (log
 *       file, pid file, own session, stop with a grace period), also used by the tool for its other services;</li>
 *   <li>{@link com.kafkaconnectkraken.registry.ConfluentAvro}: reads Avro in the Confluent wire format with plain
 *       Apache Avro, the writer schema fetched from the registry by id, as a Confluent consumer would.</li>
 * </ul>
 */
package com.kafkaconnectkraken.registry;
