package com.kafkaconnectkraken.connect;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Accepts an absolute URL with a host and one of the given schemes (compared case-insensitively);
 * {@code null} passes (the key's default or requiredness decides). The error names the key and
 * the value (URLs are not secret).
 */
public final class UrlValidator implements ConfigDef.Validator {

    private final List<String> schemes;
    private final boolean emptyAllowed;

    private UrlValidator(List<String> schemes, boolean emptyAllowed) {
        this.schemes = schemes;
        this.emptyAllowed = emptyAllowed;
    }

    /** @return a validator for Kraken WebSocket v2 endpoints: {@code ws} or {@code wss} */
    public static UrlValidator webSocket() {
        return new UrlValidator(List.of("ws", "wss"), false);
    }

    /** @return a validator for the Kraken REST base URL: {@code http} or {@code https} */
    public static UrlValidator http() {
        return new UrlValidator(List.of("http", "https"), false);
    }

    /** @return this validator, also accepting the empty string (a key whose empty value means "derived") */
    public UrlValidator orEmpty() {
        return new UrlValidator(schemes, true);
    }

    /**
     * @throws ConfigException if the value is not a URI, is relative, has no host or another scheme
     */
    @Override
    public void ensureValid(String name, Object value) {
        if (value == null || emptyAllowed && value.toString().isEmpty()) {
            return;
        }
        URI uri;
        try {
            uri = new URI(value.toString());
        } catch (URISyntaxException e) {
            throw new ConfigException(name, value, "is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || !schemes.contains(scheme) || uri.getHost() == null) {
            throw new ConfigException(name, value, "must be an absolute " + String.join(" or ", schemes) + " URL with a host");
        }
    }

    @Override
    public String toString() {
        return "absolute " + String.join(" or ", schemes) + " URL" + (emptyAllowed ? ", or empty" : "");
    }
}
