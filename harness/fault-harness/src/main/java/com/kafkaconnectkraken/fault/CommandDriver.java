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
 * Produces {@code n} commands of a venue ({@link SinkVenue#command}) at {@code rate} per second to its sink's command
 * topic, each with its own client order id (a random UUID), keyed by that id.
 */
final class CommandDriver {

    private final String bootstrap;
    private final SinkVenue venue;

    CommandDriver(String bootstrap, SinkVenue venue) {
        this.bootstrap = bootstrap;
        this.venue = venue;
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
                producer.send(new ProducerRecord<>(venue.sink().commandsTopic(), id, venue.command(i + 1, id)));
            }
            producer.flush();
        }
        return ids;
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
