package com.kafkaconnectkraken.source.mapping;

/** The topic each record type of a venue is written to ({@code <topic.prefix>.<name>} unless overridden). */
@FunctionalInterface
public interface RecordTopics {

    /**
     * @param type a record type of the venue
     * @return its topic
     */
    String topic(RecordContract type);
}
