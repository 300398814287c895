package com.kafkaconnectkraken.source.config;

import com.kafkaconnectkraken.connect.ConfigProblem;
import com.kafkaconnectkraken.connect.TraderConnection;
import com.kafkaconnectkraken.connect.TraderConnectionConfig;
import com.kafkaconnectkraken.connect.UrlValidator;
import com.kafkaconnectkraken.connect.WsSessionKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/**
 * The Trader source's cross-field rules, in the shape of {@link FuturesSourceConfigRules}: credentials
 * ({@link TraderConnection#problems}), an http(s) login URL when one is given, at least one symbol, something to
 * stream, a ping interval below the stale timeout and consistent backoff bounds.
 */
public final class TraderSourceConfigRules {

    private TraderSourceConfigRules() {
    }

    /**
     * @param props raw connector properties whose single keys are valid
     * @return the cross-field problems, empty when consistent
     * @throws ConfigException when a single key is invalid
     */
    public static List<ConfigProblem> problems(Map<String, String> props) {
        return problems(TraderSourceConnectorConfig.withoutRules(props));
    }

    /**
     * @param config the parsed single-key values
     * @return the problems found, in rule order
     */
    public static List<ConfigProblem> problems(TraderSourceConnectorConfig config) {
        List<ConfigProblem> problems = new ArrayList<>(TraderConnection.problems(config));
        String login = config.getString(TraderConnectionConfig.LOGIN_URL);
        if (!login.isBlank()) {
            try {
                UrlValidator.http().ensureValid(TraderConnectionConfig.LOGIN_URL, login);
            } catch (ConfigException e) {
                problems.add(new ConfigProblem(TraderConnectionConfig.LOGIN_URL, e.getMessage()));
            }
        }
        if (config.symbols().isEmpty()) {
            problems.add(new ConfigProblem(TraderSourceConnectorConfig.SYMBOLS, "at least one symbol is required, e.g. EURUSD"));
        }
        if (config.events().isEmpty() && config.depthSymbols().isEmpty() && config.accountIds().isEmpty()) {
            problems.add(new ConfigProblem(TraderSourceConnectorConfig.EVENTS, "no event, depth symbol or account; nothing to read"));
        }
        if (config.wsPingInterval().compareTo(config.wsStaleTimeout()) >= 0) {
            problems.add(new ConfigProblem(StreamingSourceConfig.WS_PING_INTERVAL_MS, "must be shorter than "
                    + StreamingSourceConfig.WS_STALE_TIMEOUT_MS + " or an idle connection looks stale"));
        }
        WsSessionKeys.checkBackoff(config.reconnectBackoff(), config.reconnectBackoffMax()).ifPresent(problems::add);
        return problems;
    }
}
