package com.kafkaconnectkraken.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.rest.KrakenApiException;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The account's history at the simulator's exchange, read from another process the way a user would: REST
 * {@code Ledgers} (ledger ids) and {@code TradesHistory} (trade ids = the executions' {@code exec_id}), each paged by
 * {@code ofs} with the demo account's key (https://docs.kraken.com/api/docs/rest-api/get-ledgers,
 * .../get-trade-history). The key is shared with the connectors under test, so a transient refusal (the account's
 * call counter, a nonce another client used first) is retried after 2 s, for up to 120 s per call.
 */
final class ExchangeHistory {

    private static final long RETRY_MS = 2_000;
    private static final long GIVE_UP_MS = 120_000;

    private ExchangeHistory() {
    }

    /**
     * @return every ledger id of the account
     * @throws KrakenApiException if the simulator refuses a call permanently or for more than 120 s
     */
    static Set<String> ledgerIds(String restUrl, String apiKey, String secret) throws InterruptedException {
        return ids(restUrl, apiKey, secret, "Ledgers", "ledger");
    }

    /**
     * @return every trade id (txid) of the account
     * @throws KrakenApiException if the simulator refuses a call permanently or for more than 120 s
     */
    static Set<String> tradeIds(String restUrl, String apiKey, String secret) throws InterruptedException {
        return ids(restUrl, apiKey, secret, "TradesHistory", "trades");
    }

    private static Set<String> ids(String restUrl, String apiKey, String secret, String method, String field)
            throws InterruptedException {
        Set<String> ids = new HashSet<>();
        try (KrakenRestClient rest = KrakenRestClient.builder(URI.create(restUrl)).credentials(apiKey, secret).build()) {
            int offset = 0;
            while (true) {
                JsonNode result = call(rest, method, Map.of("ofs", Integer.toString(offset)));
                int page = result.path(field).size();
                result.path(field).fieldNames().forEachRemaining(ids::add);
                offset += page;
                if (page == 0 || offset >= result.path("count").asInt(0)) {
                    return ids;
                }
            }
        }
    }

    private static JsonNode call(KrakenRestClient rest, String method, Map<String, String> params)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + GIVE_UP_MS;
        while (true) {
            try {
                return rest.privatePost(method, params);
            } catch (KrakenApiException e) {
                if (!e.isTransient() || System.currentTimeMillis() > deadline) {
                    throw e;
                }
                Thread.sleep(RETRY_MS);
            }
        }
    }
}
