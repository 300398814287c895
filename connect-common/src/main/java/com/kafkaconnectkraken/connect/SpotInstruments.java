package com.kafkaconnectkraken.connect;

import com.kafkaconnectkraken.client.rest.KrakenApiException;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks Kraken Spot symbols (v2 names, e.g. {@code BTC/USD}) against Kraken's tradable pairs: REST
 * {@code GET /0/public/AssetPairs?pair=BTC/USD,ETH/USD} (https://docs.kraken.com/api/docs/rest-api/get-tradable-asset-pairs),
 * which answers {@code EQuery:Unknown asset pair} when one of the pairs does not exist. All symbols are asked in one
 * call; only when that is refused is each asked alone, to name the unknown ones. When the list cannot be read
 * (offline, firewall, maintenance) the check is skipped with one INFO line and no error: {@code validate()} must
 * not fail for a network reason, and the task then reports an unknown symbol when it subscribes.
 */
public final class SpotInstruments {

    private static final Logger log = LoggerFactory.getLogger(SpotInstruments.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final String UNKNOWN_PAIR = "EQuery:Unknown asset pair";

    private SpotInstruments() {
    }

    /**
     * @param restBase the REST base URL ({@code kraken.rest.url})
     * @param key      the config key the symbols come from, where a problem is reported
     * @param symbols  the configured symbols; empty = nothing to check
     * @return one problem on {@code key} naming the unknown symbols; empty when all are known or Kraken is unreachable
     */
    public static List<ConfigProblem> unknownSymbols(URI restBase, String key, Collection<String> symbols) {
        if (symbols.isEmpty()) {
            return List.of();
        }
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(TIMEOUT).build();
        try (KrakenRestClient rest = KrakenRestClient.builder(restBase).httpClient(http).build()) {
            if (known(rest, String.join(",", symbols))) {
                return List.of();
            }
            List<String> unknown = new ArrayList<>();
            for (String symbol : symbols) {
                if (!known(rest, symbol)) {
                    unknown.add(symbol);
                }
            }
            return List.of(new ConfigProblem(key, "unknown to Kraken's tradable pairs (REST AssetPairs at " + restBase
                + "): " + unknown));
        } catch (KrakenApiException e) {
            log.info("Kraken's AssetPairs list at {} is not readable ({}); {} not checked", restBase, e.getMessage(), key);
            return List.of();
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /**
     * @return true when Kraken lists every pair of {@code pairs}, false when it answers {@value #UNKNOWN_PAIR}
     * @throws KrakenApiException on any other failure (the list is not readable)
     */
    private static boolean known(KrakenRestClient rest, String pairs) {
        try {
            rest.publicGet("AssetPairs", Map.of("pair", pairs));
            return true;
        } catch (KrakenApiException e) {
            if (e.errors().contains(UNKNOWN_PAIR)) {
                return false;
            }
            throw e;
        }
    }
}
