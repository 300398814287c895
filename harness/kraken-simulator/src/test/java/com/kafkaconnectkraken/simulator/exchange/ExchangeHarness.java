package com.kafkaconnectkraken.simulator.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.rest.ApiSigner;
import com.kafkaconnectkraken.simulator.transport.RestRequest;
import com.kafkaconnectkraken.simulator.transport.RestResponse;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives an {@link Exchange} through its real endpoints: signed REST calls (API-Sign by the project's
 * {@link ApiSigner}) and private WS connections speaking JSON frames.
 */
final class ExchangeHarness implements AutoCloseable {

    static final String KEY = "test-api-key";
    /** The secret of the docs' API-Sign example (vectors/rest/api_sign_docs_example.json). */
    static final String SECRET = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";

    final Exchange exchange;
    private final AtomicLong nonce = new AtomicLong(1_616_492_376_594L);

    ExchangeHarness() {
        this(ExchangeConfig.defaults());
    }

    ExchangeHarness(ExchangeConfig config) {
        exchange = new Exchange(config);
        exchange.addAccount(KEY, SECRET);
    }

    /** Deposits and quotes BTC/USD at bid 30000.0 / ask 30001.0. */
    ExchangeHarness funded(String usd, String btc) {
        exchange.deposit(KEY, "USD", new BigDecimal(usd));
        exchange.deposit(KEY, "BTC", new BigDecimal(btc));
        exchange.updateMarket("BTC/USD", new BigDecimal("30000.0"), new BigDecimal("30001.0"));
        return this;
    }

    /** @return the parsed response of a signed private call with a form body ({@code nonce} prepended) */
    JsonNode rest(String method, String params) {
        String body = "nonce=" + nonce.incrementAndGet() + (params.isEmpty() ? "" : "&" + params);
        return signedPost("/0/private/" + method, body, "application/x-www-form-urlencoded", KEY, SECRET);
    }

    /** @return the parsed {@code result} of a successful private call (fails the test on API errors) */
    JsonNode result(String method, String params) {
        JsonNode response = rest(method, params);
        if (response.path("error").size() > 0) {
            throw new AssertionError(method + " failed: " + response);
        }
        return response.get("result");
    }

    /** @return the next nonce this harness would use */
    long nextNonce() {
        return nonce.incrementAndGet();
    }

    /** @return the parsed response of a POST signed with {@code secret} over exactly {@code body} */
    JsonNode signedPost(String path, String body, String contentType, String key, String secret) {
        String nonceValue = nonceOf(body, contentType);
        String sign = new ApiSigner(secret).sign(path, nonceValue, body.getBytes(StandardCharsets.UTF_8));
        return post(path, body, contentType, key, sign);
    }

    /** @return the parsed response of a POST with the given headers */
    JsonNode post(String path, String body, String contentType, String key, String sign) {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", contentType);
        headers.put("api-key", key);
        if (sign != null) {
            headers.put("api-sign", sign);
        }
        RestResponse response = exchange.restEndpoint().handle(
                new RestRequest("POST", path, "", headers, body.getBytes(StandardCharsets.UTF_8)));
        if (response.status() != 200) {
            throw new AssertionError("HTTP " + response.status());
        }
        return parse(response.body());
    }

    /** @return the parsed response of {@code GET /0/public/<method>?<query>} */
    JsonNode publicGet(String method, String query) {
        RestResponse response = exchange.restEndpoint().handle(
                new RestRequest("GET", "/0/public/" + method, query, Map.of(), new byte[0]));
        return parse(response.body());
    }

    /** @return a fresh WS token from REST GetWebSocketsToken */
    String token() {
        return result("GetWebSocketsToken", "").get("token").asText();
    }

    /** @return a connected private client (its status frame already consumed) */
    PrivateClient connect() {
        RecordingConnection connection = new RecordingConnection();
        exchange.privateEndpoint().onOpen(connection);
        JsonNode status = connection.next();
        if (!"status".equals(status.path("channel").asText())) {
            throw new AssertionError("expected status first, got " + status);
        }
        return new PrivateClient(exchange, connection);
    }

    static JsonNode parse(String text) {
        try {
            return ExchangeJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nonceOf(String body, String contentType) {
        if (contentType.startsWith("application/json")) {
            return parse(body).get("nonce").asText();
        }
        for (String pair : body.split("&")) {
            if (pair.startsWith("nonce=")) {
                return pair.substring("nonce=".length());
            }
        }
        throw new IllegalArgumentException("no nonce in " + body);
    }

    @Override
    public void close() {
        exchange.close();
    }

    /** One private WS client. */
    static final class PrivateClient {
        final Exchange exchange;
        final RecordingConnection connection;

        PrivateClient(Exchange exchange, RecordingConnection connection) {
            this.exchange = exchange;
            this.connection = connection;
        }

        void send(JsonNode frame) {
            exchange.privateEndpoint().onText(connection, ExchangeJson.write(frame));
        }

        void sendText(String text) {
            exchange.privateEndpoint().onText(connection, text);
        }

        /** Sends {@code frame} and returns the next response frame for its method. */
        JsonNode request(JsonNode frame) {
            send(frame);
            return response(frame.get("method").asText());
        }

        /** @return the next response frame with {@code method} */
        JsonNode response(String method) {
            return connection.next(f -> method.equals(f.path("method").asText()));
        }

        /** @return the next data frame of {@code channel} */
        JsonNode data(String channel) {
            return connection.next(f -> channel.equals(f.path("channel").asText()));
        }

        /** Subscribes to a private channel and returns the ack (the snapshot stays queued). */
        JsonNode subscribe(String channel, String token, String extraParams) {
            return request(parse("{\"method\":\"subscribe\",\"params\":{\"channel\":\"" + channel + "\",\"token\":\""
                    + token + "\"" + extraParams + "}}"));
        }

        /** @return a trading request frame {@code {"method":m,"params":params+token,"req_id":reqId}} */
        static ObjectNode trading(String method, String token, String paramsJson, long reqId) {
            ObjectNode frame = ExchangeJson.object();
            frame.put("method", method);
            ObjectNode params = (ObjectNode) parse(paramsJson);
            params.put("token", token);
            frame.set("params", params);
            frame.put("req_id", reqId);
            return frame;
        }
    }
}
