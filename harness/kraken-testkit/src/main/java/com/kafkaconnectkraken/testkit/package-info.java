/**
 * Test support for the connector modules (depend on {@code kraken-testkit} in test scope).
 *
 * <ul>
 *   <li>{@link com.kafkaconnectkraken.testkit.ConnectStack} / {@link com.kafkaconnectkraken.testkit.ConnectStackExtension}:
 *       a real KRaft broker and Connect worker in-process plus the Apicurio registry as a child process,
 *       one per test class; deploy, await RUNNING, produce, consume with a deadline, read Confluent-framed Avro
 *       back ({@link com.kafkaconnectkraken.testkit.ConnectStack#avro()}).</li>
 *   <li>{@link com.kafkaconnectkraken.testkit.TestRegistryDistribution}: the Apicurio distribution this build unpacked,
 *       for {@link com.kafkaconnectkraken.registry.SchemaRegistryProcess} (the registry alone; module
 *       {@code schema-registry}, shared with the {@code ./kraken-connect} tool).</li>
 *   <li>{@link com.kafkaconnectkraken.testkit.ApicurioConverterConfig}: Apicurio's AvroConverter in the Confluent
 *       wire format.</li>
 *   <li>{@link com.kafkaconnectkraken.testkit.SimulatorConnectorConfig}: connector URL/credential properties for a
 *       running {@code KrakenSimulator}.</li>
 *   <li>{@link com.kafkaconnectkraken.testkit.TcpRelay}: a TCP relay in front of a simulator that refuses
 *       connections for a while or cuts one at a random byte offset (socket drops).</li>
 * </ul>
 *
 * <pre>{@code
 * class SourceToAvroIT {
 *     @RegisterExtension
 *     static final ConnectStackExtension STACK = new ConnectStackExtension();
 *
 *     @Test
 *     void tickerLandsAsConfluentAvro() {
 *         ConnectStack stack = STACK.get();
 *         try (KrakenSimulator sim = KrakenSimulator.builder().build().start()) {
 *             Map<String, String> config = new HashMap<>(SimulatorConnectorConfig.endpoints(sim));
 *             config.putAll(stack.avroValueConverter());
 *             config.put("connector.class", "com.kafkaconnectkraken.source.KrakenSourceConnector");
 *             ...
 *             stack.deployConnector("kraken-source", config);
 *             stack.awaitRunning("kraken-source", 1);
 *             for (ConsumerRecord<byte[], byte[]> r : stack.consume("kraken.ticker", 5, Duration.ofSeconds(30))) {
 *                 GenericRecord ticker = stack.avro().decodeRecord(r.value());
 *                 ...
 *             }
 *         }
 *     }
 * }
 * }</pre>
 */
package com.kafkaconnectkraken.testkit;
