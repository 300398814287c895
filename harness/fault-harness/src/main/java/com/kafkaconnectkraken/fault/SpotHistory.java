package com.kafkaconnectkraken.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.rest.KrakenApiException;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The simulator's truth of a Kraken Spot account's history, read the way a user would: private REST
 * {@code Ledgers} (https://docs.kraken.com/api/docs/rest-api/get-ledgers) and {@code TradesHistory}
 * (https://docs.kraken.com/api/docs/rest-api/get-trade-history), paged by {@code ofs} until {@code count}.
 */
final class SpotHistory {

    private static final int RETRIES = 100;
    private static final long RETRY_MS = 3_000;

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

    /** One page; the account's REST call counter is shared with the connectors, so a rate limit waits and retries. */
    private static JsonNode call(KrakenRestClient rest, String method, int offset) {
        for (int attempt = 1; ; attempt++) {
            try {
                return rest.privatePost(method, Map.of("ofs", Integer.toString(offset)));
            } catch (KrakenApiException e) {
                if (attempt == RETRIES || !String.valueOf(e.getMessage()).contains("Rate limit")) {
                    throw e;
                }
                try {
                    Thread.sleep(RETRY_MS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static Set<String> ids(String restUrl, String apiKey, String secret, String method, String field) {
        Set<String> ids = new LinkedHashSet<>();
        try (KrakenRestClient rest = KrakenRestClient.builder(URI.create(restUrl)).credentials(apiKey, secret).build()) {
            int offset = 0;
            while (true) {
                JsonNode page = call(rest, method, offset);
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
