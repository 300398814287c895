/**
 * End-to-end harnesses (plain {@code main} classes, not JMH): the simulator, a real broker, a real
 * Connect worker and a real Apicurio registry (kraken-testkit's {@link com.kafkaconnectkraken.testkit.ConnectStack})
 * in one JVM plus the registry's child process.
 * <ul>
 *   <li>{@link com.kafkaconnectkraken.benchmarks.e2e.SourceEndToEnd}: records/s and frame-to-broker-ack
 *       latency of the source connector at fixed simulator rates, with CPU per record by thread group;</li>
 *   <li>{@link com.kafkaconnectkraken.benchmarks.e2e.SourceTaskHeap}: heap of one task holding many books;</li>
 *   <li>{@link com.kafkaconnectkraken.benchmarks.e2e.SinkEndToEnd}: command-to-acknowledgement latency and
 *       orders/s of the sink connector next to a direct WebSocket client on the same simulator.</li>
 * </ul>
 * Commands and results: BENCHMARKS.md, section "End to end".
 */
package com.kafkaconnectkraken.benchmarks.e2e;
