package com.kafkaconnectkraken.sink.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Accepts absolute ws, wss, http and https URIs. */
final class UriValidator implements ConfigDef.Validator {

    private static final Set<String> SCHEMES = Set.of("ws", "wss", "http", "https");

    @Override
    public void ensureValid(String name, Object value) {
        if (value == null) {
            return;
        }
        try {
            URI uri = new URI(value.toString());
            if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme()) || uri.getHost() == null) {
                throw new ConfigException(name, value, "must be an absolute ws://, wss://, http:// or https:// URI");
            }
        } catch (URISyntaxException e) {
            throw new ConfigException(name, value, "not a URI: " + e.getReason());
        }
    }

    @Override
    public String toString() {
        return "absolute ws, wss, http or https URI";
    }
}
