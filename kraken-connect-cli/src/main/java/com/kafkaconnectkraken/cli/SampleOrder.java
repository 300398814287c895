package com.kafkaconnectkraken.cli;

import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces the demo's order command: a small limit buy far below the simulator's market (it rests on the book),
 * schemaless JSON as a user's application would write it (contract {@code order_command.avsc}; Kraken method
 * https://docs.kraken.com/api/docs/websocket-v2/add_order). No cl_ord_id: the sink derives one from the record's
 * coordinates, so a redelivered command is recognised and not placed twice.
 */
final class SampleOrder {

    static final String COMMAND = "{\"method\":\"add_order\",\"req_id\":1,\"add_order\":{\"order_type\":\"limit\","
            + "\"side\":\"buy\",\"order_qty\":\"0.05\",\"limit_price\":\"100.00\",\"symbol\":\"ETH/USD\"}}";

    /** The Trader demo order: a MARKET buy of 10 000 EURUSD on the simulator's demo account (it fills at once). */
    static final String TRADER_COMMAND = "{\"method\":\"createOrder\",\"params\":{\"accountId\":\""
            + com.kafkaconnectkraken.simulator.KrakenSimulatorMain.TRADER_DEMO_ACCOUNT
            + "\",\"symbol\":\"EURUSD\",\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":10000}}";

    private SampleOrder() {
    }

    /**
     * @param bootstrapServers the stack's broker
     * @return where the command was written
     * @throws StackException if the broker does not take it within 30 s
     */
    static RecordMetadata send(String bootstrapServers) {
        return send(bootstrapServers, DemoConnectors.COMMANDS_TOPIC, COMMAND);
    }

    /**
     * @param bootstrapServers the stack's broker
     * @param topic            the command topic
     * @param command          the command JSON
     * @return where the command was written
     * @throws StackException if the broker does not take it within 30 s
     */
    static RecordMetadata send(String bootstrapServers, String topic, String command) {
        return send(bootstrapServers, topic, "demo-order", command);
    }

    /**
     * Produces one command (also {@code kraken-connect order}'s), string key and value, {@code acks=all}.
     *
     * @param bootstrapServers the broker
     * @param topic            the command topic
     * @param key              the record key (null: none)
     * @param command          the command JSON
     * @return where the command was written
     * @throws StackException if the broker does not take it within 30 s
     */
    static RecordMetadata send(String bootstrapServers, String topic, String key, String command) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            return producer.send(new ProducerRecord<>(topic, key, command))
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new StackException("Cannot write the command to " + topic + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while writing the command", e);
        }
    }
}
