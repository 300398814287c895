package com.kafkaconnectkraken.distribution;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigData;
import org.apache.kafka.common.config.ConfigTransformer;
import org.apache.kafka.common.config.provider.ConfigProvider;
import org.apache.kafka.common.config.provider.FileConfigProvider;

/**
 * What a Connect worker does with {@code ${file:<path>:<key>}} references before it calls a connector's
 * {@code validate()}: Kafka's own {@link ConfigTransformer} with Kafka's {@link FileConfigProvider}. The examples'
 * credentials path ({@value #EXAMPLE_CREDENTIALS}) is read from the test resource {@code kraken-credentials.properties}.
 */
final class WorkerConfigResolution {

    static final String EXAMPLE_CREDENTIALS = "/etc/kafka-connect/kraken-credentials.properties";
    /** The Trader examples' login file, read from the test resource {@code trader-credentials.properties}. */
    static final String TRADER_CREDENTIALS = "/etc/kafka-connect/trader-credentials.properties";

    private WorkerConfigResolution() {
    }

    /** @return the settings with every {@code ${file:...}} reference replaced by its value */
    static Map<String, String> resolve(Map<String, String> settings) {
        FileConfigProvider files = new FileConfigProvider();
        files.configure(Map.of());
        ConfigProvider redirected = new ConfigProvider() {
            @Override
            public ConfigData get(String path) {
                return files.get(local(path));
            }

            @Override
            public ConfigData get(String path, Set<String> keys) {
                return files.get(local(path), keys);
            }

            @Override
            public void configure(Map<String, ?> configs) {
            }

            @Override
            public void close() {
            }
        };
        return new ConfigTransformer(Map.of("file", redirected)).transform(settings).data();
    }

    private static String local(String path) {
        if (!EXAMPLE_CREDENTIALS.equals(path) && !TRADER_CREDENTIALS.equals(path)) {
            throw new AssertionError("examples read credentials only from " + EXAMPLE_CREDENTIALS + " or "
                    + TRADER_CREDENTIALS + ", not " + path);
        }
        try {
            return Path.of(WorkerConfigResolution.class.getResource(path.substring(path.lastIndexOf('/'))).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
