package com.kafkaconnectkraken.sink.reply;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.kafkaconnectkraken.sink.config.KrakenSinkConnectorConfig;
import com.kafkaconnectkraken.sink.reply.plugin.OwnLoaderOnlyConverter;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.storage.Converter;
import org.junit.jupiter.api.Test;

/**
 * The reply converter may come from another plugin: resolved through the context (delegating)
 * loader, then called with the context loader switched to its own plugin loader, as the worker does.
 */
class ReplyConvertersTest {

    private static final String PLUGIN_CLASS = OwnLoaderOnlyConverter.class.getName();

    @Test
    void converterFromAnotherPluginRunsWithItsOwnLoader() throws IOException {
        try (PluginLoader plugin = new PluginLoader()) {
            ClassLoader delegating = new DelegatingLoader(plugin);
            Thread thread = Thread.currentThread();
            ClassLoader saved = thread.getContextClassLoader();
            thread.setContextClassLoader(delegating);
            try {
                Converter converter = ReplyConverters.valueConverter(new KrakenSinkConnectorConfig(props()));
                assertArrayEquals("ack".getBytes(StandardCharsets.UTF_8),
                    converter.fromConnectData("acks", Schema.STRING_SCHEMA, "ack"));
                assertEquals("ack", converter.toConnectData("acks", "ack".getBytes(StandardCharsets.UTF_8)).value());
                assertSame(delegating, thread.getContextClassLoader(), "context loader restored");
            } finally {
                thread.setContextClassLoader(saved);
            }
        }
    }

    @Test
    void pluginClassComesFromItsOwnLoader() throws Exception {
        try (PluginLoader plugin = new PluginLoader()) {
            Class<?> type = new DelegatingLoader(plugin).loadClass(PLUGIN_CLASS);
            assertSame(plugin, type.getClassLoader());
            assertNotSame(OwnLoaderOnlyConverter.class, type);
        }
    }

    private static Map<String, String> props() {
        Map<String, String> props = new HashMap<>();
        props.put("topics", "orders");
        props.put("kraken.api.key", "key");
        props.put("kraken.api.secret", "c2VjcmV0");
        props.put("reply.topic", "orders-ack");
        props.put("reply.bootstrap.servers", "127.0.0.1:9092");
        props.put("reply.value.converter", PLUGIN_CLASS);
        return props;
    }

    /** A plugin's own loader: loads the plugin class itself (child first), everything else from the test classpath. */
    private static final class PluginLoader extends URLClassLoader {

        PluginLoader() {
            super(new URL[] {OwnLoaderOnlyConverter.class.getProtectionDomain().getCodeSource().getLocation()},
                ReplyConvertersTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(PLUGIN_CLASS)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }
    }

    /** The worker's delegating loader: hands out the plugin class from the plugin's loader. */
    private static final class DelegatingLoader extends ClassLoader {

        private final ClassLoader plugin;

        DelegatingLoader(ClassLoader plugin) {
            super(ReplyConvertersTest.class.getClassLoader());
            this.plugin = plugin;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            return name.equals(PLUGIN_CLASS) ? plugin.loadClass(name) : super.loadClass(name, resolve);
        }
    }
}
