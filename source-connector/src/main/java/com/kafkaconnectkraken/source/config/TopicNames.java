package com.kafkaconnectkraken.source.config;

import com.kafkaconnectkraken.source.mapping.RecordContract;
import com.kafkaconnectkraken.source.mapping.RecordTopics;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/**
 * Topic of each {@link RecordType}: {@code <topic.prefix>.<schema name>} unless overridden in
 * {@code topic.names} ({@code type=topic} pairs).
 */
public final class TopicNames implements RecordTopics {

    private final Map<RecordType, String> topics;

    private TopicNames(Map<RecordType, String> topics) {
        this.topics = topics;
    }

    static TopicNames parse(String prefix, List<String> overrides) {
        Map<RecordType, String> topics = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            topics.put(type, prefix + "." + type.schemaName());
        }
        topics.putAll(parseOverrides(KrakenSourceConnectorConfig.TOPIC_NAMES, overrides));
        return new TopicNames(topics);
    }

    static Map<RecordType, String> parseOverrides(String key, List<?> entries) {
        Map<RecordType, String> result = new EnumMap<>(RecordType.class);
        for (Object entry : entries) {
            String text = entry.toString();
            int eq = text.indexOf('=');
            if (eq <= 0 || eq == text.length() - 1) {
                throw new ConfigException(key, text, "must be type=topic");
            }
            try {
                result.put(RecordType.fromSchemaName(text.substring(0, eq).trim()), text.substring(eq + 1).trim());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(key, text, e.getMessage());
            }
        }
        return result;
    }

    /** The topic records of {@code type} are written to; {@code null} for a record type of another venue. */
    @Override
    public String topic(RecordContract type) {
        return topics.get(type);
    }
}
