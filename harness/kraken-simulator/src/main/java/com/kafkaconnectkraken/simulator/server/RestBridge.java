package com.kafkaconnectkraken.simulator.server;

import com.kafkaconnectkraken.simulator.transport.RestHandler;
import com.kafkaconnectkraken.simulator.transport.RestRequest;
import com.kafkaconnectkraken.simulator.transport.RestResponse;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapts Undertow HTTP requests under one prefix ({@code /0/} for Spot, {@code /derivatives/} for
 * Futures) to a {@link RestHandler}. Runs on a worker thread in blocking mode (wrap it in a
 * {@code BlockingHandler}); the body is read completely so the endpoint can verify a signature over
 * the exact bytes. An endpoint failure answers HTTP 500 with the venue's internal-error body.
 */
final class RestBridge implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(RestBridge.class);
    /** Kraken Spot's internal-error envelope. */
    static final String SPOT_INTERNAL_ERROR = "{\"error\":[\"EGeneral:Internal error\"]}";

    private final RestHandler endpoint;
    private final String internalError;

    /** @param internalError the JSON body answered (HTTP 500) when the endpoint throws */
    RestBridge(RestHandler endpoint, String internalError) {
        this.endpoint = endpoint;
        this.internalError = internalError;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws IOException {
        byte[] body = exchange.getInputStream().readAllBytes();
        RestRequest request = new RestRequest(exchange.getRequestMethod().toString(),
                exchange.getRequestPath(), exchange.getQueryString(), headers(exchange), body);
        RestResponse response;
        try {
            response = endpoint.handle(request);
        } catch (RuntimeException e) {
            log.warn("REST endpoint failed for {} {}", request.method(), request.path(), e);
            response = new RestResponse(500, "application/json", internalError);
        }
        exchange.setStatusCode(response.status());
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, response.contentType());
        exchange.getResponseSender().send(response.body());
    }

    private static Map<String, String> headers(HttpServerExchange exchange) {
        Map<String, String> headers = new HashMap<>();
        for (HeaderValues values : exchange.getRequestHeaders()) {
            headers.put(values.getHeaderName().toString().toLowerCase(Locale.ROOT), values.getFirst());
        }
        return headers;
    }
}
