package com.kafkaconnectkraken.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The simulator's truth of a Kraken Spot account's history, read the way a user would: private REST
 * {@code Ledgers} (https://docs.kraken.com/api/docs/rest-api/get-ledgers) and {@code TradesHistory}
 * (https://docs.kraken.com/api/docs/rest-api/get-trade-history), paged by {@code ofs} until {@code count} ({@link RestRetry}).
 */
final class SpotHistory {

    private SpotHistory() {
    }

    /**
     * @return every ledger entry id of the account
     * @throws RuntimeException from the REST client if the simulator does not answer or rejects the key
     */
    static Set<String> ledgerIds(String restUrl, String apiKey, String secret) {
        return ids(restUrl, apiKey, secret, "Ledgers", "ledger");
    }

    /**
     * @return every trade id (txid; the WS v2 executions' {@code exec_id}) of the account
     * @throws RuntimeException from the REST client if the simulator does not answer or rejects the key
     */
    static Set<String> tradeIds(String restUrl, String apiKey, String secret) {
        return ids(restUrl, apiKey, secret, "TradesHistory", "trades");
    }

    private static Set<String> ids(String restUrl, String apiKey, String secret, String method, String field) {
        Set<String> ids = new LinkedHashSet<>();
        try (KrakenRestClient rest = KrakenRestClient.builder(URI.create(restUrl)).credentials(apiKey, secret).build()) {
            int offset = 0;
            while (true) {
                JsonNode page = RestRetry.privatePost(rest, method, Map.of("ofs", Integer.toString(offset)));
                int size = page.path(field).size();
                page.path(field).fieldNames().forEachRemaining(ids::add);
                offset += size;
                if (size == 0 || offset >= page.path("count").asInt(0)) {
                    return ids;
                }
            }
        }
    }
}
