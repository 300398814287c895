package com.kafkaconnectkraken.source.futures;

import com.kafkaconnectkraken.source.mapping.RecordContract;
import com.kafkaconnectkraken.source.mapping.RecordTopics;

/**
 * Topics of the Kraken Futures records: {@code <topic.prefix>.futures.<name>}, e.g. {@code kraken.futures.ticker}.
 *
 * @param prefix the connector's {@code topic.prefix}
 */
public record FuturesTopics(String prefix) implements RecordTopics {

    @Override
    public String topic(RecordContract type) {
        return type instanceof FuturesRecordType futures ? prefix + "." + futures.topicSuffix() : null;
    }
}
