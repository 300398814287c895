package com.kafkaconnectkraken.source.trader;

import com.kafkaconnectkraken.source.mapping.RecordContract;
import com.kafkaconnectkraken.source.mapping.RecordTopics;

/**
 * Topics of the Trader records: {@code <topic.prefix>.trader.<name>}, e.g. {@code kraken.trader.quotes}.
 *
 * @param prefix the connector's {@code topic.prefix}
 */
public record TraderTopics(String prefix) implements RecordTopics {

    @Override
    public String topic(RecordContract type) {
        return type instanceof TraderRecordType trader ? prefix + "." + trader.topicSuffix() : null;
    }
}
