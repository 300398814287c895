package com.kafkaconnectkraken.sink.reply;

import com.kafkaconnectkraken.sink.config.KrakenSinkConnectorConfig;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.connect.storage.Converter;

/** Creates the reply value converter like a worker creates its converters. */
final class ReplyConverters {

    private ReplyConverters() {
    }

    /** @return a configured value converter ({@code reply.value.converter} + its prefixed props) */
    static Converter valueConverter(KrakenSinkConnectorConfig config) {
        Converter converter = (Converter) Utils.newInstance(config.replyValueConverter());
        Map<String, Object> props = new HashMap<>(config.replyValueConverterProps());
        converter.configure(props, false);
        return converter;
    }
}
