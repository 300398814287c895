package com.kafkaconnectkraken.sink.config;

import static com.kafkaconnectkraken.sink.config.KrakenSinkConnectorConfig.*;

import com.kafkaconnectkraken.sink.guard.SymbolLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.storage.Converter;

/**
 * The sink's cross-field rules, in one place: used by the config constructor (which throws) and by
 * {@code KrakenSinkConnector.validate()} (which attaches each problem to its key).
 */
public final class SinkConfigRules {

    /** One broken rule, attached to the key a user should change. */
    public record Problem(String key, String message) {
        @Override
        public String toString() {
            return key + ": " + message;
        }
    }

    private SinkConfigRules() {
    }

    /**
     * @param config the parsed single-key values
     * @param props  the raw properties (for the framework's {@code topics} key)
     * @return the problems found, empty when the configuration is consistent
     */
    public static List<Problem> problems(KrakenSinkConnectorConfig config, Map<String, String> props) {
        List<Problem> out = new ArrayList<>();
        if (config.dmsEnabled() && config.dmsRefreshInterval().toSeconds() >= config.dmsTimeoutSeconds()) {
            out.add(new Problem(DMS_REFRESH_MS, "must be below " + DMS_TIMEOUT_S + " ("
                + config.dmsTimeoutSeconds() + " s) so the switch is refreshed before it fires"));
        }
        if (config.backoffMax().compareTo(config.backoffInitial()) < 0) {
            out.add(new Problem(RECONNECT_BACKOFF_MAX_MS, "must be >= " + RECONNECT_BACKOFF_MS));
        }
        String topics = props.getOrDefault(SinkConnector.TOPICS_CONFIG, "");
        if (Arrays.stream(topics.split(",")).map(String::trim).anyMatch(config.replyTopic()::equals)) {
            out.add(new Problem(REPLY_TOPIC, "must not be one of the command topics"));
        }
        if (!Converter.class.isAssignableFrom(config.replyValueConverter())) {
            out.add(new Problem(REPLY_VALUE_CONVERTER, "must implement " + Converter.class.getName()));
        }
        checkLimits(GUARD_MAX_QTY, config.guardMaxQty(), config.guardSymbols(), out);
        checkLimits(GUARD_MAX_NOTIONAL, config.guardMaxNotional(), config.guardSymbols(), out);
        return out;
    }

    /**
     * @param props raw connector properties whose single keys are valid
     * @return the cross-field problems
     * @throws org.apache.kafka.common.config.ConfigException when a single key is invalid
     */
    public static List<Problem> problems(Map<String, String> props) {
        return problems(KrakenSinkConnectorConfig.withoutRules(props), props);
    }

    static List<String> check(KrakenSinkConnectorConfig config, Map<String, String> props) {
        return problems(config, props).stream().map(Problem::toString).toList();
    }

    static Map<String, String> stringValues(Map<String, Object> values) {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(k, v == null ? null : v.toString()));
        return out;
    }

    private static void checkLimits(String key, List<String> entries, Set<String> allowed, List<Problem> out) {
        try {
            for (String symbol : SymbolLimits.parse(entries).symbols()) {
                if (!allowed.isEmpty() && !allowed.contains(symbol)) {
                    out.add(new Problem(key, "symbol " + symbol + " is not in " + GUARD_SYMBOLS));
                }
            }
        } catch (IllegalArgumentException e) {
            out.add(new Problem(key, e.getMessage()));
        }
    }
}
