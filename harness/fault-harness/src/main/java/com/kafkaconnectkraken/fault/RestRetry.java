package com.kafkaconnectkraken.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.rest.KrakenApiException;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import java.util.Map;

/**
 * A private REST call of the harness on the demo account, whose REST call counter the connectors share: an
 * {@code EAPI:Rate limit exceeded} answer waits 3 s and asks again (up to 100 times).
 */
final class RestRetry {

    private static final int RETRIES = 100;
    private static final long RETRY_MS = 3_000;

    private RestRetry() {
    }

    /**
     * @return the call's {@code result}
     * @throws KrakenApiException for another failure, or the rate limit after the last try
     */
    static JsonNode privatePost(KrakenRestClient rest, String method, Map<String, String> params) {
        for (int attempt = 1; ; attempt++) {
            try {
                return rest.privatePost(method, params);
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
}
