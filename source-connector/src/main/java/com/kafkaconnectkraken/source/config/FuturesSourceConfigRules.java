package com.kafkaconnectkraken.source.config;

import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import com.kafkaconnectkraken.connect.ConfigProblem;
import com.kafkaconnectkraken.connect.WsSessionKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Kraken Futures source's cross-field rules, in the shape of {@link SourceConfigRules}: used by the config
 * constructor (which throws) and by {@code KrakenFuturesSourceConnector.validate()} (which attaches each
 * problem to its key).
 */
public final class FuturesSourceConfigRules {

    /** Kraken closes a Futures connection that sent no ping for 60 s (docs/protocol/kraken-futures.md). */
    static final Duration MAX_PING_INTERVAL = Duration.ofSeconds(60);

    private FuturesSourceConfigRules() {
    }

    /**
     * @param props raw connector properties whose single keys are valid
     * @return the cross-field problems, empty when consistent
     * @throws org.apache.kafka.common.config.ConfigException when a single key is invalid
     */
    public static List<ConfigProblem> problems(Map<String, String> props) {
        return problems(KrakenFuturesSourceConnectorConfig.withoutRules(props));
    }

    /**
     * @param config the parsed single-key values
     * @return the problems found, in rule order
     */
    public static List<ConfigProblem> problems(KrakenFuturesSourceConnectorConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.feeds().isEmpty()) {
            problems.add(new ConfigProblem(KrakenFuturesSourceConnectorConfig.FEEDS, "no feed enabled; nothing to read"));
        }
        List<String> perProduct = config.feeds().stream().filter(FuturesFeed::perProduct).map(FuturesFeed::wireName).toList();
        if (!perProduct.isEmpty() && config.productIds().isEmpty()) {
            problems.add(new ConfigProblem(KrakenFuturesSourceConnectorConfig.PRODUCT_IDS,
                    "feeds " + perProduct + " need at least one product id"));
        }
        List<String> authenticated = config.feeds().stream().filter(FuturesFeed::authenticated).map(FuturesFeed::wireName).toList();
        if (!authenticated.isEmpty()) {
            String message = "required by " + authenticated + " (private feeds need an API key and secret)";
            if (config.apiKey() == null) {
                problems.add(new ConfigProblem(KrakenFuturesSourceConnectorConfig.API_KEY, message));
            }
            if (config.challenge() == null) {
                problems.add(new ConfigProblem(KrakenFuturesSourceConnectorConfig.API_SECRET, message));
            }
        }
        if (config.wsPingInterval().compareTo(MAX_PING_INTERVAL) >= 0) {
            problems.add(new ConfigProblem(StreamingSourceConfig.WS_PING_INTERVAL_MS,
                    "must be below 60000: Kraken Futures closes a connection without a ping for 60 s"));
        }
        if (config.wsPingInterval().compareTo(config.wsStaleTimeout()) >= 0) {
            problems.add(new ConfigProblem(StreamingSourceConfig.WS_PING_INTERVAL_MS, "must be shorter than "
                    + StreamingSourceConfig.WS_STALE_TIMEOUT_MS + " or an idle connection looks stale"));
        }
        WsSessionKeys.checkBackoff(config.reconnectBackoff(), config.reconnectBackoffMax()).ifPresent(problems::add);
        return problems;
    }
}
