package com.kafkaconnectkraken.sink.config;

import com.kafkaconnectkraken.sink.guard.SymbolLimits;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Accepts a list of {@code SYMBOL:LIMIT} entries with positive decimal limits ({@link SymbolLimits#parse}), so a
 * negative or zero {@code guard.max.qty} / {@code guard.max.notional} fails the key's own validation.
 */
final class SymbolLimitsValidator implements ConfigDef.Validator {

    @Override
    public void ensureValid(String name, Object value) {
        List<?> entries = (List<?>) value;
        if (entries == null) {
            return;
        }
        List<String> text = entries.stream().map(String::valueOf).toList();
        try {
            SymbolLimits.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name, String.join(",", text), e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "SYMBOL:LIMIT entries, each limit a positive decimal, each symbol once";
    }
}
