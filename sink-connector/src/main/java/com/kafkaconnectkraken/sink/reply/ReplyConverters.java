package com.kafkaconnectkraken.sink.reply;

import com.kafkaconnectkraken.sink.config.SinkConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.storage.Converter;

/**
 * Creates the reply value converter like a worker creates its converters. The class named by
 * {@code reply.value.converter} is resolved through the thread context class loader, which the
 * worker sets to the plugin's delegating loader, so it may come from another plugin on the
 * worker's {@code plugin.path} (e.g. Apicurio's AvroConverter). Like the worker, every call into
 * the converter (construction, {@code configure}, {@code fromConnectData}, {@code toConnectData})
 * runs with the context class loader switched to the converter class's own loader, so the
 * converter finds its own dependencies by reflection.
 */
final class ReplyConverters {

    private ReplyConverters() {
    }

    /** @return a configured value converter ({@code reply.value.converter} + its prefixed props) */
    static Converter valueConverter(SinkConfig config) {
        Class<?> type = config.replyValueConverter();
        Map<String, Object> props = new HashMap<>(config.replyValueConverterProps());
        Converter converter = withLoader(type.getClassLoader(), () -> {
            Converter created = (Converter) Utils.newInstance(type);
            created.configure(props, false);
            return created;
        });
        return new OwnLoaderConverter(converter);
    }

    /** Runs {@code call} with the thread context class loader set to {@code loader}, then restores it. */
    static <T> T withLoader(ClassLoader loader, Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    /** Delegates to a converter with the context class loader switched to the converter's own loader. */
    private static final class OwnLoaderConverter implements Converter {

        private final Converter delegate;
        private final ClassLoader loader;

        OwnLoaderConverter(Converter delegate) {
            this.delegate = delegate;
            this.loader = delegate.getClass().getClassLoader();
        }

        @Override
        public void configure(Map<String, ?> configs, boolean isKey) {
            withLoader(loader, () -> {
                delegate.configure(configs, isKey);
                return null;
            });
        }

        @Override
        public byte[] fromConnectData(String topic, Schema schema, Object value) {
            return withLoader(loader, () -> delegate.fromConnectData(topic, schema, value));
        }

        @Override
        public SchemaAndValue toConnectData(String topic, byte[] value) {
            return withLoader(loader, () -> delegate.toConnectData(topic, value));
        }

        @Override
        public void close() {
            withLoader(loader, () -> {
                Utils.closeQuietly(delegate, "reply value converter");
                return null;
            });
        }
    }
}
