package com.kafkaconnectkraken.sink.reply.plugin;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.Converter;

/**
 * Test converter that, like Apicurio's AvroConverter, only works when the thread context class
 * loader is its own plugin loader (Apicurio loads its datum provider through that loader).
 */
public final class OwnLoaderOnlyConverter implements Converter {

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        requireOwnLoader("configure");
    }

    @Override
    public byte[] fromConnectData(String topic, Schema schema, Object value) {
        requireOwnLoader("fromConnectData");
        return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public SchemaAndValue toConnectData(String topic, byte[] value) {
        requireOwnLoader("toConnectData");
        return new SchemaAndValue(Schema.STRING_SCHEMA, new String(value, StandardCharsets.UTF_8));
    }

    private void requireOwnLoader(String method) {
        if (Thread.currentThread().getContextClassLoader() != getClass().getClassLoader()) {
            throw new DataException(method + " called without the converter's own class loader as context loader");
        }
    }
}
