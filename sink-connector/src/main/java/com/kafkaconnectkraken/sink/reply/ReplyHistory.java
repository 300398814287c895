package com.kafkaconnectkraken.sink.reply;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.sink.config.SinkConfig;
import com.kafkaconnectkraken.sink.reply.OrderAck.SourceRef;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.connect.storage.Converter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acknowledgements already on the reply topic, by command coordinates: read at every partition assignment
 * (acks younger than {@link #lookback(Duration)}) and kept up to date with the acks this task
 * writes. A redelivered command that already has a final acknowledgement is not executed again,
 * and one whose last acknowledgement is UNKNOWN is reconciled instead of re-sent. Thread-safe.
 */
public final class ReplyHistory {

    private static final Logger log = LoggerFactory.getLogger(ReplyHistory.class);

    /** What is known about a command from its acknowledgements. */
    public record Known(AckStatus status, boolean finalAck, String clOrdId, String orderId) {
    }

    private final Map<SourceRef, Known> acks = new ConcurrentHashMap<>();

    /** @return the last acknowledgement known for a command */
    public Optional<Known> get(SourceRef ref) {
        return Optional.ofNullable(acks.get(ref));
    }

    /** Records an acknowledgement this task wrote. */
    public void remember(OrderAck ack) {
        acks.put(ack.source(), new Known(ack.status(), ack.finalAck(), ack.clOrdId(), ack.orderId()));
    }

    /**
     * Takes in one acknowledgement read back from the reply topic, in topic order: a final one is never
     * replaced by a later non-final one (an UNKNOWN written by a retry after the command was settled).
     *
     * @param value the record value as the reply converter gives it (a Struct or a Map); others are ignored
     */
    void learn(Object value) {
        AckFields.decode(value).ifPresent(ack ->
            acks.merge(ack.getKey(), ack.getValue(), (old, neu) -> old.finalAck() ? old : neu));
    }

    /** @return how far back acknowledgements are read: twice the max command age, at least 1 h; ZERO = all */
    static Duration lookback(Duration maxAge) {
        if (maxAge.isZero()) {
            return Duration.ZERO;
        }
        Duration twice = maxAge.multipliedBy(2);
        return twice.compareTo(Duration.ofHours(1)) < 0 ? Duration.ofHours(1) : twice;
    }

    /**
     * Reads the reply topic's recent acknowledgements.
     *
     * @param config connector config (reply.* keys, command.max.age.ms)
     * @param clock  time source
     */
    public void load(SinkConfig config, Clock clock) {
        Converter converter = ReplyConverters.valueConverter(config);
        long from = lookback(config.commandMaxAge()).isZero() ? 0
            : clock.millis() - lookback(config.commandMaxAge()).toMillis();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps(config))) {
            List<ConsumerRecord<byte[], byte[]>> records = TopicTail.read(consumer, config.replyTopic(), from);
            int unreadable = 0;
            for (ConsumerRecord<byte[], byte[]> r : records) {
                Optional<Object> value = value(converter, r.topic(), r.value());
                value.ifPresent(this::learn);
                if (value.isEmpty() && unreadable++ == 0) {
                    log.warn("Acknowledgement at {}-{} offset {} of {} is neither {} nor JSON; skipped (a reply topic "
                        + "shared with another writer?). Commands acknowledged by unreadable records are not known to "
                        + "the redelivery check", r.topic(), r.partition(), r.offset(), config.replyTopic(),
                        config.replyValueConverter().getSimpleName());
                }
            }
            log.info("Read {} acknowledgements from {} ({} unreadable)", records.size(), config.replyTopic(), unreadable);
        }
    }

    /**
     * Decodes one record value of the reply topic with the reply converter, else as JSON: acknowledgements written
     * before a change of {@code reply.value.converter} (JSON with or without the {@code schema}/{@code payload}
     * envelope) or by another writer stay readable, and no record fails the task.
     *
     * @return the value (a Struct or a Map holding an acknowledgement's fields; JSON numbers as read), empty when
     *     the bytes are neither
     */
    static Optional<Object> value(Converter converter, String topic, byte[] bytes) {
        try {
            Object value = converter.toConnectData(topic, bytes).value();
            if (AckFields.decode(value).isPresent()) {
                return Optional.of(value);
            }
        } catch (RuntimeException notThisFormat) {
            // DataException, or a converter's own (Apicurio's SerializationException): read as JSON below
        }
        try {
            JsonNode json = bytes == null ? null : KrakenJson.mapper().readTree(bytes);
            JsonNode ack = json != null && json.has("schema") && json.has("payload") ? json.get("payload") : json;
            return ack != null && ack.isObject() ? Optional.of(KrakenJson.mapper().convertValue(ack, Map.class)) : Optional.empty();
        } catch (IOException | RuntimeException notJson) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> consumerProps(SinkConfig config) {
        Map<String, Object> props = new HashMap<>();
        config.replyProducerProps().forEach((k, v) -> {
            if (k.startsWith("security.") || k.startsWith("sasl.") || k.startsWith("ssl.")) {
                props.put(k, v);
            }
        });
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", config.replyBootstrapServers()));
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return props;
    }
}
