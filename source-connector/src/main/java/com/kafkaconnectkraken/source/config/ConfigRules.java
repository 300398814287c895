package com.kafkaconnectkraken.source.config;

import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.connect.KrakenConnection;
import com.kafkaconnectkraken.connect.KrakenConnectionConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Cross-field rules of {@link KrakenSourceConnectorConfig}, in one place: the config constructor
 * throws on the first error, {@code KrakenSourceConnector.validate} reports each on its key.
 */
public final class ConfigRules {

    /** Kraken's limit of level3 symbols per connection (PROTOCOL.md 1.6). */
    static final int MAX_LEVEL3_SYMBOLS = 200;

    private ConfigRules() {
    }

    /**
     * Checks the rules over an already single-key-validated config.
     *
     * @return error message per config key, in a stable order; empty when valid
     */
    public static Map<String, String> check(KrakenSourceConnectorConfig config) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (config.channels().isEmpty() && config.restEndpoints().isEmpty()) {
            errors.put(KrakenSourceConnectorConfig.CHANNELS, "no channel and no REST endpoint enabled; nothing to read");
        }
        List<String> needSymbols = config.perSymbolChannels().stream().map(SpotChannel::wireName).collect(Collectors.toList());
        if (!needSymbols.isEmpty() && config.symbols().isEmpty()) {
            errors.put(KrakenSourceConnectorConfig.SYMBOLS, "channels " + needSymbols + " need at least one symbol");
        }
        if (config.channels().contains(SpotChannel.LEVEL3) && config.symbols().size() > MAX_LEVEL3_SYMBOLS) {
            errors.put(KrakenSourceConnectorConfig.SYMBOLS, "level3 allows at most " + MAX_LEVEL3_SYMBOLS
                    + " symbols per connection, got " + config.symbols().size());
        }
        checkCredentials(config, errors);
        if (config.wsPingInterval().compareTo(config.wsStaleTimeout()) >= 0) {
            errors.put(KrakenSourceConnectorConfig.WS_PING_INTERVAL_MS, "must be shorter than "
                    + KrakenSourceConnectorConfig.WS_STALE_TIMEOUT_MS + " or an idle connection looks stale");
        }
        if (config.reconnectBackoffInitial().compareTo(config.reconnectBackoffMax()) > 0) {
            errors.put(KrakenSourceConnectorConfig.RECONNECT_BACKOFF_INITIAL_MS,
                    "must not exceed " + KrakenSourceConnectorConfig.RECONNECT_BACKOFF_MAX_MS);
        }
        return errors;
    }

    private static void checkCredentials(KrakenSourceConnectorConfig config, Map<String, String> errors) {
        List<String> needing = config.channels().stream().filter(SpotChannel::requiresToken)
                .map(SpotChannel::wireName).collect(Collectors.toList());
        config.restEndpoints().forEach(endpoint -> needing.add(endpoint.method()));
        if (needing.isEmpty()) {
            return;
        }
        String message = "required by " + needing + " (private data needs an API key and secret)";
        KrakenConnection connection = config.connection();
        if (connection.apiKey() == null || connection.apiKey().value().isBlank()) {
            errors.put(KrakenConnectionConfig.API_KEY, message);
        }
        if (connection.apiSecret() == null || connection.apiSecret().value().isBlank()) {
            errors.put(KrakenConnectionConfig.API_SECRET, message);
        }
    }
}
