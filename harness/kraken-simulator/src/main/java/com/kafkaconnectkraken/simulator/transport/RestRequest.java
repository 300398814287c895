package com.kafkaconnectkraken.simulator.transport;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request to the simulated Kraken REST API.
 *
 * @param method  HTTP method, upper case ({@code GET}, {@code POST})
 * @param path    request path, e.g. {@code /0/private/Ledgers}
 * @param query   raw query string without {@code ?}, empty when absent
 * @param headers request headers with lower-case names
 * @param body    raw request body bytes exactly as received (API-Sign is computed over them)
 */
public record RestRequest(String method, String path, String query, Map<String, String> headers, byte[] body) {

    /** @return the header value for a case-insensitive name, or {@code null}. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** @return the body decoded as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
