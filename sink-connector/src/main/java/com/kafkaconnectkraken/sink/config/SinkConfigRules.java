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
 * The sinks' cross-field rules, in one place: used by the config constructors (which throw) and by
 * the connectors' {@code validate()} (which attaches each problem to its key). {@link #shared} holds the
 * rules of the venue-neutral keys, used by every trading sink.
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
        problems.addAll(shared(config));
        return problems;
    }

    /**
     * The rules of the venue-neutral keys ({@link SinkConfig}): backoff order, reply topic not a command
     * topic, reply converter type, guard limits of allowed symbols only.
     *
     * @param config the parsed single-key values
     * @return the problems found, in rule order; empty when consistent
     */
    public static List<ConfigProblem> shared(SinkConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
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
