package com.kafkaconnectkraken.source.config;

import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigException;

/**
 * Parses {@code rest.tier}: Kraken's verification tier by name ({@code starter}, {@code intermediate},
 * {@code pro}; https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits) or explicit REST call
 * counter limits {@code <max>/<decay per second>} (e.g. {@code 40/2}) for a key with negotiated limits.
 */
final class RestTiers {

    /** Smallest counter maximum accepted, so that every call cost fits ({@code rest.history.cost} is at most this). */
    static final int MIN_MAX_COUNTER = 10;
    private static final Pattern CUSTOM = Pattern.compile("(\\d{1,6}(?:\\.\\d{1,3})?)/(\\d{1,6}(?:\\.\\d{1,3})?)");

    private RestTiers() {
    }

    /**
     * @param key   the config key, for the error
     * @param value a tier name (any case) or {@code <max>/<decay per second>}
     * @return the counter limits
     * @throws ConfigException if the value is neither, or the maximum is below {@value #MIN_MAX_COUNTER} or the decay 0
     */
    static RestTier parse(String key, String value) {
        Matcher custom = CUSTOM.matcher(value == null ? "" : value.trim());
        if (custom.matches()) {
            double max = Double.parseDouble(custom.group(1));
            double decay = Double.parseDouble(custom.group(2));
            if (max < MIN_MAX_COUNTER || decay <= 0) {
                throw new ConfigException(key, value, "the counter maximum must be at least " + MIN_MAX_COUNTER
                        + " and the decay per second above 0");
            }
            return new RestTier(max, decay);
        }
        try {
            return RestTier.of(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, value, "must be starter, intermediate, pro or <max>/<decay per second>, e.g. 40/2");
        }
    }
}
