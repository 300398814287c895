package com.kafkaconnectkraken.source.config;

import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.connect.ConfigProblem;
import com.kafkaconnectkraken.connect.KrakenConnection;
import com.kafkaconnectkraken.connect.KrakenConnectionConfig;
import com.kafkaconnectkraken.connect.WsSessionKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The source's cross-field rules, in one place: used by the config constructor (which throws) and
 * by {@code KrakenSourceConnector.validate()} (which attaches each problem to its key).
 */
public final class SourceConfigRules {

    /** Kraken's limit of level3 symbols per connection (docs/protocol/kraken-spot.md §1.6). */
    static final int MAX_LEVEL3_SYMBOLS = 200;

    private SourceConfigRules() {
    }

    /**
     * @param props raw connector properties whose single keys are valid
     * @return the cross-field problems, empty when the configuration is consistent
     * @throws org.apache.kafka.common.config.ConfigException when a single key is invalid
     */
    public static List<ConfigProblem> problems(Map<String, String> props) {
        return problems(KrakenSourceConnectorConfig.withoutRules(props));
    }

    /**
     * @param config the parsed single-key values
     * @return the problems found, in rule order; empty when the configuration is consistent
     */
    public static List<ConfigProblem> problems(KrakenSourceConnectorConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.channels().isEmpty() && config.restEndpoints().isEmpty()) {
            problems.add(new ConfigProblem(KrakenSourceConnectorConfig.CHANNELS,
                    "no channel and no REST endpoint enabled; nothing to read"));
        }
        List<String> needSymbols = config.perSymbolChannels().stream().map(SpotChannel::wireName).collect(Collectors.toList());
        if (!needSymbols.isEmpty() && config.symbols().isEmpty()) {
            problems.add(new ConfigProblem(KrakenSourceConnectorConfig.SYMBOLS, "channels " + needSymbols + " need at least one symbol"));
        }
        if (config.channels().contains(SpotChannel.LEVEL3) && config.symbols().size() > MAX_LEVEL3_SYMBOLS) {
            problems.add(new ConfigProblem(KrakenSourceConnectorConfig.SYMBOLS, "level3 allows at most " + MAX_LEVEL3_SYMBOLS
                    + " symbols per connection, got " + config.symbols().size()));
        }
        checkCredentials(config, problems);
        if (config.wsPingInterval().compareTo(config.wsStaleTimeout()) >= 0) {
            problems.add(new ConfigProblem(KrakenSourceConnectorConfig.WS_PING_INTERVAL_MS, "must be shorter than "
                    + KrakenSourceConnectorConfig.WS_STALE_TIMEOUT_MS + " or an idle connection looks stale"));
        }
        WsSessionKeys.checkBackoff(config.reconnectBackoff(), config.reconnectBackoffMax()).ifPresent(problems::add);
        return problems;
    }

    private static void checkCredentials(KrakenSourceConnectorConfig config, List<ConfigProblem> problems) {
        List<String> needing = config.channels().stream().filter(SpotChannel::requiresToken)
                .map(SpotChannel::wireName).collect(Collectors.toList());
        config.restEndpoints().forEach(endpoint -> needing.add(endpoint.method()));
        if (needing.isEmpty()) {
            return;
        }
        String message = "required by " + needing + " (private data needs an API key and secret)";
        KrakenConnection connection = config.connection();
        if (connection.apiKey() == null || connection.apiKey().value().isBlank()) {
            problems.add(new ConfigProblem(KrakenConnectionConfig.API_KEY, message));
        }
        if (connection.apiSecret() == null || connection.apiSecret().value().isBlank()) {
            problems.add(new ConfigProblem(KrakenConnectionConfig.API_SECRET, message));
        }
    }
}
