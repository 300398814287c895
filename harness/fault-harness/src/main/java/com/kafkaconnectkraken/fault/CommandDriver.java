package com.kafkaconnectkraken.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces {@code n} {@code add_order} commands at {@code rate} per second to the sink's command topic: schemaless
 * JSON (contract {@code order_command.avsc}; https://docs.kraken.com/api/docs/websocket-v2/add_order), each a limit
 * buy of 0.05 ETH/USD at 100.00 (rests on the simulator's book) with its own {@code cl_ord_id} (a random UUID), keyed
 * by that id.
 */
final class CommandDriver {

    private final String bootstrap;
    private final String topic;

    CommandDriver(String bootstrap, String topic) {
        this.bootstrap = bootstrap;
        this.topic = topic;
    }

    /**
     * Sends the commands, paced from the call's start ({@code i / rate} s for command {@code i}); blocks until all are
     * acknowledged by the broker (acks=all).
     *
     * @return the cl_ord_ids, in send order
     * @throws IllegalStateException if the broker refuses a command
     */
    List<String> send(int n, int rate) throws InterruptedException {
        List<String> ids = new ArrayList<>(n);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props())) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long due = start + TimeUnit.MILLISECONDS.toNanos(i * 1000L / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                String id = UUID.randomUUID().toString();
                ids.add(id);
                producer.send(new ProducerRecord<>(topic, id, command(i + 1, id)));
            }
            producer.flush();
        }
        return ids;
    }

    static String command(int reqId, String clOrdId) {
        return "{\"method\":\"add_order\",\"req_id\":" + reqId + ",\"add_order\":{\"order_type\":\"limit\","
                + "\"side\":\"buy\",\"order_qty\":\"0.05\",\"limit_price\":\"100.00\",\"symbol\":\"ETH/USD\","
                + "\"cl_ord_id\":\"" + clOrdId + "\"}}";
    }

    private Properties props() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return props;
    }
}
