package com.kafkaconnectkraken.sink.reply;

import com.kafkaconnectkraken.sink.config.SinkConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.storage.Converter;

/**
 * Writes acknowledgements to the reply topic with the task's own producer (the Confluent HTTP
 * sink "reporter" pattern), values serialised by the configured {@code reply.value.converter}
 * (e.g. an Avro converter with its registry, or JSON), keys as the command key's UTF-8 text or, for a command
 * record without a key, its coordinates ({@link OrderAck.SourceRef#coordinates()}, {@code <topic>-<partition>-<offset>}).
 * The producer is idempotent with {@code acks=all}; {@link #write} returns only once the broker
 * has the record, so offsets of commands whose acknowledgement was written can be committed.
 */
public final class ReplyWriter implements AutoCloseable {

    private final String topic;
    private final Converter converter;
    private final Producer<byte[], byte[]> producer;
    private final Duration timeout;

    /**
     * @param config   connector config (reply.* keys)
     * @param clientId producer client.id
     */
    public ReplyWriter(SinkConfig config, String clientId) {
        this(config.replyTopic(), ReplyConverters.valueConverter(config), new KafkaProducer<>(producerProps(config, clientId)),
            Duration.ofSeconds(30));
    }

    /**
     * @param topic     reply topic
     * @param converter configured value converter
     * @param producer  producer of raw bytes (closed by {@link #close()})
     * @param timeout   max wait for the broker's acknowledgement of one write
     */
    public ReplyWriter(String topic, Converter converter, Producer<byte[], byte[]> producer, Duration timeout) {
        this.topic = topic;
        this.converter = converter;
        this.producer = producer;
        this.timeout = timeout;
    }

    /**
     * Writes one acknowledgement and waits until the broker acknowledged it.
     *
     * @throws RetriableException when the write failed or timed out (the caller keeps the
     *                            acknowledgement and writes it again on retry)
     */
    public void write(OrderAck ack) {
        byte[] value = converter.fromConnectData(topic, AckStructs.SCHEMA, AckStructs.toStruct(ack));
        String keyText = ack.commandKey() == null ? ack.source().coordinates() : ack.commandKey();
        byte[] key = keyText.getBytes(StandardCharsets.UTF_8);
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new RetriableException("acknowledgement not written to " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetriableException("interrupted writing acknowledgement to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }

    static Map<String, Object> producerProps(SinkConfig config, String clientId) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", config.replyBootstrapServers()));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.putAll(config.replyProducerProps());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return props;
    }
}
