package com.kafkaconnectkraken.source.config;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** Single-key validators of {@link SourceConfigDef}; each names the key and the offending value. */
final class Validators {

    private static final Pattern PRODUCT_ID = Pattern.compile("(PI|PF|FI|FF)_[A-Z0-9]+(_[0-9]{6})?");
    private static final Pattern TRADER_SYMBOL = Pattern.compile("[A-Z0-9][A-Z0-9._-]*");
    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9]+(\\.[A-Z0-9]+)?/[A-Z0-9]+(\\.[A-Z0-9]+)?");

    private Validators() {
    }

    static ConfigDef.Validator oneOfEach(String... values) {
        Set<String> allowed = new TreeSet<>(Arrays.asList(values));
        return describe((name, value) -> {
            for (Object item : (List<?>) value) {
                if (!allowed.contains(item)) {
                    throw new ConfigException(name, item, "must be one of " + allowed);
                }
            }
        }, "any of " + String.join(", ", values));
    }

    static ConfigDef.Validator oneOfInts(List<Integer> allowed) {
        return describe((name, value) -> {
            if (!allowed.contains(value)) {
                throw new ConfigException(name, value, "must be one of " + allowed);
            }
        }, "one of " + allowed);
    }

    static ConfigDef.Validator symbols() {
        return describe((name, value) -> {
            for (Object item : (List<?>) value) {
                if (!SYMBOL.matcher(item.toString()).matches()) {
                    throw new ConfigException(name, item, "must be a Kraken WS v2 pair BASE/QUOTE in upper case, e.g. BTC/USD");
                }
            }
        }, "BASE/QUOTE pairs");
    }

    static ConfigDef.Validator traderSymbols() {
        return describe((name, value) -> {
            for (Object item : value == null ? List.of() : (List<?>) value) {
                if (!TRADER_SYMBOL.matcher(item.toString()).matches()) {
                    throw new ConfigException(name, item, "must be a Trader API symbol in upper case, e.g. EURUSD");
                }
            }
        }, "Trader API symbols, e.g. EURUSD");
    }

    static ConfigDef.Validator productIds() {
        return describe((name, value) -> {
            for (Object item : (List<?>) value) {
                if (!PRODUCT_ID.matcher(item.toString()).matches()) {
                    throw new ConfigException(name, item, "must be a Kraken Futures product id in upper case: PI_, PF_, FI_ "
                            + "or FF_ then the pair, e.g. PF_XBTUSD, FI_XBTUSD_200925");
                }
            }
        }, "Kraken Futures product ids");
    }

    /** A tier name or {@code <max>/<decay per second>} ({@link RestTiers}). */
    static ConfigDef.Validator restTier() {
        return describe((name, value) -> RestTiers.parse(name, (String) value),
                "starter, intermediate, pro or <max>/<decay per second>, e.g. 40/2");
    }

    static ConfigDef.Validator topicOverrides() {
        return describe((name, value) -> TopicNames.parseOverrides(name, (List<?>) value), "type=topic pairs");
    }

    static ConfigDef.Validator ledgersStart() {
        return describe((name, value) -> {
            String text = (String) value;
            if (!"latest".equals(text) && !"earliest".equals(text) && !text.matches("\\d{1,12}(\\.\\d{1,9})?")) {
                throw new ConfigException(name, value, "must be latest, earliest or unix seconds");
            }
        }, "latest, earliest or unix seconds");
    }

    private static ConfigDef.Validator describe(ConfigDef.Validator check, String description) {
        return new ConfigDef.Validator() {
            @Override
            public void ensureValid(String name, Object value) {
                check.ensureValid(name, value);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }
}
