package com.kafkaconnectkraken.sink.config;

import static com.kafkaconnectkraken.sink.config.KrakenSinkConnectorConfig.*;

import com.kafkaconnectkraken.connect.ConfigProblem;
import com.kafkaconnectkraken.connect.WsSessionKeys;
import com.kafkaconnectkraken.sink.guard.SymbolLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.storage.Converter;

/**
 * The sink's cross-field rules, in one place: used by the config constructor (which throws) and by
 * {@code KrakenSinkConnector.validate()} (which attaches each problem to its key).
 */
public final class SinkConfigRules {

    private SinkConfigRules() {
    }

    /**
     * @param props raw connector properties whose single keys are valid
     * @return the cross-field problems, empty when the configuration is consistent
     * @throws org.apache.kafka.common.config.ConfigException when a single key is invalid
     */
    public static List<ConfigProblem> problems(Map<String, String> props) {
        return problems(KrakenSinkConnectorConfig.withoutRules(props));
    }

    /**
     * @param config the parsed single-key values
     * @return the problems found, in rule order; empty when the configuration is consistent
     */
    public static List<ConfigProblem> problems(KrakenSinkConnectorConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.dmsEnabled() && config.dmsRefreshInterval().toSeconds() >= config.dmsTimeoutSeconds()) {
            problems.add(new ConfigProblem(DMS_REFRESH_MS, "must be below " + DMS_TIMEOUT_S + " ("
                + config.dmsTimeoutSeconds() + " s) so the switch is refreshed before it fires"));
        }
        WsSessionKeys.checkBackoff(config.reconnectBackoff(), config.reconnectBackoffMax()).ifPresent(problems::add);
        if (config.commandTopics().contains(config.replyTopic())) {
            problems.add(new ConfigProblem(REPLY_TOPIC, "must not be one of the command topics"));
        }
        if (!Converter.class.isAssignableFrom(config.replyValueConverter())) {
            problems.add(new ConfigProblem(REPLY_VALUE_CONVERTER, "must implement " + Converter.class.getName()));
        }
        checkLimits(GUARD_MAX_QTY, config.guardMaxQty(), config.guardSymbols(), problems);
        checkLimits(GUARD_MAX_NOTIONAL, config.guardMaxNotional(), config.guardSymbols(), problems);
        return problems;
    }

    private static void checkLimits(String key, List<String> entries, Set<String> allowed, List<ConfigProblem> problems) {
        try {
            for (String symbol : SymbolLimits.parse(entries).symbols()) {
                if (!allowed.isEmpty() && !allowed.contains(symbol)) {
                    problems.add(new ConfigProblem(key, "symbol " + symbol + " is not in " + GUARD_SYMBOLS));
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add(new ConfigProblem(key, e.getMessage()));
        }
    }
}
