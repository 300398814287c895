package com.kafkaconnectkraken.client.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.spot.protocol.SpotErrors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a Kraken REST HTTP response into its {@code result} node or a {@link KrakenApiException}
 * (https://docs.kraken.com/api/docs/guides/spot-errors, docs/protocol/kraken-spot.md §6.2).
 */
final class RestResponses {

    private static final Logger log = LoggerFactory.getLogger(RestResponses.class);

    private RestResponses() {
    }

    static JsonNode result(String method, Response response) throws IOException {
        int status = response.code();
        if (status != 200) {
            throw new KrakenApiException(method, "Kraken " + method + " answered HTTP " + status, List.of(),
                    isTransientHttpStatus(status), status, null);
        }
        String text = response.body().string();
        JsonNode envelope;
        try {
            envelope = KrakenJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new KrakenApiException(method, "Kraken " + method + " returned a response that is not JSON",
                    List.of(), true, status, e);
        }
        List<String> errors = errors(method, envelope);
        if (!errors.isEmpty()) {
            throw new KrakenApiException(method, errors);
        }
        JsonNode result = envelope.get("result");
        if (result == null || result.isNull()) {
            throw new KrakenApiException(method, "Kraken " + method + " returned neither error nor result",
                    List.of(), false, status, null);
        }
        return result;
    }

    /**
     * HTTP statuses other than 200 mean the request did not reach the API properly. Server-side
     * and throttling statuses are transient; other 4xx (wrong URL, blocked) would fail again.
     */
    static boolean isTransientHttpStatus(int status) {
        return status >= 500 || status == 408 || status == 425 || status == 429;
    }

    private static List<String> errors(String method, JsonNode envelope) {
        JsonNode array = envelope == null ? null : envelope.get("error");
        if (array == null || !array.isArray()) {
            throw new KrakenApiException(method, "Kraken " + method + " returned no 'error' array",
                    List.of(), false, 200, null);
        }
        List<String> errors = new ArrayList<>(array.size());
        for (JsonNode e : array) {
            String text = e.asText();
            if (SpotErrors.isWarning(text)) {
                log.debug("Kraken {} warning: {}", method, text);
            } else {
                errors.add(text);
            }
        }
        return errors;
    }
}
