package com.kafkaconnectkraken.source.futures;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.futures.protocol.FuturesEndpoints;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.connect.ConfigProblem;
import com.kafkaconnectkraken.source.config.KrakenFuturesSourceConnectorConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks configured product ids against Kraken's public instruments list
 * ({@code GET /derivatives/api/v3/instruments}, https://docs.kraken.com/api/docs/futures-api/trading/get-instruments:
 * {@code {"result":"success","instruments":[{"symbol":"PF_XBTUSD",...}]}}). When the list cannot be read
 * (offline, firewall) the check is skipped with one INFO line, as for Spot symbols: validate() must not fail for a
 * network reason.
 */
final class FuturesInstruments {

    private static final Logger log = LoggerFactory.getLogger(FuturesInstruments.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private FuturesInstruments() {
    }

    /** @return one problem on {@code futures.product_ids} naming the unknown ids; empty if all known or unreachable */
    static List<ConfigProblem> unknownProducts(KrakenFuturesSourceConnectorConfig config) {
        if (config.productIds().isEmpty()) {
            return List.of();
        }
        Set<String> known;
        try {
            known = fetch(config.restUrl() + FuturesEndpoints.INSTRUMENTS_PATH);
        } catch (IOException | RuntimeException e) {
            log.info("Kraken Futures instruments list at {} is not readable ({}); {} not checked", config.restUrl(),
                    e.getMessage(), KrakenFuturesSourceConnectorConfig.PRODUCT_IDS);
            return List.of();
        }
        List<String> unknown = config.productIds().stream().filter(id -> !known.contains(id)).toList();
        return unknown.isEmpty() ? List.of() : List.of(new ConfigProblem(KrakenFuturesSourceConnectorConfig.PRODUCT_IDS,
                "unknown to Kraken Futures' instruments list: " + unknown));
    }

    private static Set<String> fetch(String url) throws IOException {
        OkHttpClient client = new OkHttpClient.Builder().callTimeout(TIMEOUT).build();
        try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                throw new IOException("HTTP " + response.code() + " from " + url);
            }
            JsonNode instruments = KrakenJson.mapper().readTree(body.string()).path("instruments");
            if (!instruments.isArray()) {
                throw new IOException("no instruments array in the answer of " + url);
            }
            Set<String> symbols = new HashSet<>();
            instruments.forEach(i -> symbols.add(i.path("symbol").asText().toUpperCase(Locale.ROOT)));
            return symbols;
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
