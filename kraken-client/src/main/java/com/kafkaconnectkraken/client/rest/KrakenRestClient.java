package com.kafkaconnectkraken.client.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.spot.protocol.SpotErrors;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Kraken Spot REST client on OkHttp: public {@code GET /0/public/<method>} and signed private
 * {@code POST /0/private/<method>} calls (https://docs.kraken.com/api/docs/guides/spot-rest-auth,
 * https://docs.kraken.com/api/docs/guides/spot-errors, docs/protocol/kraken-spot.md §6).
 *
 * <p>Private calls send a form-urlencoded body starting with a fresh {@code nonce} (then the
 * caller's parameters in iteration order, then {@code otp} if configured) and the headers
 * {@code API-Key} and {@code API-Sign} computed over those exact bytes. Each call first takes its
 * cost from the {@link RestCallCounter} (if configured), waiting at most the pacing timeout.
 *
 * <p>Every failure is a {@link KrakenApiException} telling transient from permanent. The client
 * never retries by itself (an {@code EAPI:Invalid nonce} is transient: the retry gets a fresh
 * nonce). Thread-safe. Secrets never appear in exceptions, logs or {@link #toString()}.
 */
public final class KrakenRestClient implements AutoCloseable {

    /** Default {@code User-Agent} header. */
    public static final String DEFAULT_USER_AGENT = "kafka-connect-kraken";

    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
    private static final Pattern METHOD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private final HttpUrl base;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final String apiKey;
    private final ApiSigner signer;
    private final Supplier<String> otp;
    private final NonceSource nonces;
    private final RestCallCounter counter;
    private final Duration pacingTimeout;
    private final String userAgent;

    private KrakenRestClient(KrakenRestClientBuilder b) {
        this.base = HttpUrl.get(b.restBase);
        this.ownsHttp = b.http == null;
        this.http = ownsHttp ? new OkHttpClient() : b.http;
        this.apiKey = b.apiKey;
        this.signer = b.signer;
        this.otp = b.otp;
        this.nonces = b.nonces != null ? b.nonces : b.apiKey != null ? NonceSource.forKey(b.apiKey) : new NonceSource();
        this.counter = b.counter;
        this.pacingTimeout = b.pacingTimeout;
        this.userAgent = b.userAgent;
    }

    static KrakenRestClient create(KrakenRestClientBuilder builder) {
        return new KrakenRestClient(builder);
    }

    /**
     * Starts a builder.
     *
     * @param restBase REST base URL, e.g. {@code KrakenEndpoints.production().rest()}
     * @return a builder
     */
    public static KrakenRestClientBuilder builder(URI restBase) {
        return new KrakenRestClientBuilder(restBase);
    }

    /**
     * Calls a public endpoint, e.g. {@code Time}, {@code SystemStatus}, {@code AssetPairs}.
     *
     * @param method the method name, e.g. {@code AssetPairs}
     * @param params query parameters (may be empty)
     * @return the envelope's {@code result} node
     * @throws KrakenApiException on any failure
     */
    public JsonNode publicGet(String method, Map<String, String> params) {
        HttpUrl.Builder url = base.newBuilder().addPathSegment("0").addPathSegment("public")
                .addPathSegment(checkMethod(method));
        params.forEach(url::addQueryParameter);
        Request request = new Request.Builder().url(url.build()).header("User-Agent", userAgent).get().build();
        return execute(method, request);
    }

    /**
     * Calls a private endpoint with a signed form body, e.g. {@code Ledgers}, {@code Balance}.
     *
     * @param method the method name, e.g. {@code Ledgers}
     * @param params body parameters besides {@code nonce}/{@code otp}, in the order to send (may be empty)
     * @return the envelope's {@code result} node
     * @throws KrakenApiException    on any failure, including pacing timeout (transient)
     * @throws IllegalStateException if the client has no API credentials
     */
    public JsonNode privatePost(String method, Map<String, String> params) {
        checkMethod(method);
        if (signer == null) {
            throw new IllegalStateException("Kraken private call " + method + " needs an API key and secret");
        }
        pace(method);
        return nonces.inOrder(value -> {
            String nonce = Long.toString(value);
            byte[] body = formBody(nonce, params);
            String path = "/0/private/" + method;
            Request request = new Request.Builder()
                    .url(base.newBuilder().addPathSegment("0").addPathSegment("private").addPathSegment(method).build())
                    .header("User-Agent", userAgent)
                    .header("API-Key", apiKey)
                    .header("API-Sign", signer.sign(path, nonce, body))
                    .post(RequestBody.create(body, FORM))
                    .build();
            return execute(method, request);
        });
    }

    /**
     * Fetches a WebSocket v2 token ({@code POST /0/private/GetWebSocketsToken},
     * https://docs.kraken.com/api/docs/rest-api/get-websockets-token).
     *
     * @return the token, valid for {@code expires} seconds if unused
     * @throws KrakenApiException on any failure or a malformed result
     */
    public WebSocketToken webSocketsToken() {
        JsonNode result = privatePost("GetWebSocketsToken", Map.of());
        JsonNode token = result.get("token");
        JsonNode expires = result.get("expires");
        if (token == null || !token.isTextual() || token.asText().isBlank() || expires == null || !expires.isNumber()) {
            throw new KrakenApiException("GetWebSocketsToken", "Kraken GetWebSocketsToken result lacks token/expires",
                    List.of(), false, 200, null);
        }
        return new WebSocketToken(token.asText(), expires.longValue());
    }

    /** Releases the HTTP client's threads and connections if this client created it. */
    @Override
    public void close() {
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "KrakenRestClient[" + base + ", authenticated=" + (signer != null) + "]";
    }

    private void pace(String method) {
        if (counter == null) {
            return;
        }
        int cost = counter.costOf(method);
        try {
            if (cost > 0 && !counter.acquire(cost, pacingTimeout)) {
                throw new KrakenApiException(method, "Client-side REST call counter has no room for " + method
                        + " (cost " + cost + ") within " + pacingTimeout, List.of(), true,
                        KrakenApiException.NO_RESPONSE, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KrakenApiException(method, "Interrupted while pacing Kraken " + method, List.of(), true,
                    KrakenApiException.NO_RESPONSE, e);
        }
    }

    private byte[] formBody(String nonce, Map<String, String> params) {
        FormBody.Builder form = new FormBody.Builder().add("nonce", nonce);
        params.forEach((name, value) -> {
            if ("nonce".equals(name) || "otp".equals(name)) {
                throw new IllegalArgumentException("Parameter '" + name + "' is set by the client");
            }
            form.add(name, Objects.requireNonNull(value, () -> "Parameter '" + name + "' is null"));
        });
        if (otp != null) {
            form.add("otp", otp.get());
        }
        Buffer buffer = new Buffer();
        try {
            form.build().writeTo(buffer);
        } catch (IOException e) {
            throw new IllegalStateException("In-memory buffer failed", e);
        }
        return buffer.readByteArray();
    }

    private JsonNode execute(String method, Request request) {
        try (Response response = http.newCall(request).execute()) {
            return RestResponses.result(method, response);
        } catch (KrakenApiException e) {
            if (counter != null && SpotErrors.isRestRateLimit(e.errors())) {
                counter.onRateLimitExceeded();
            }
            throw e;
        } catch (IOException e) {
            throw new KrakenApiException(method, "Kraken " + method + " request failed: " + e, List.of(), true,
                    KrakenApiException.NO_RESPONSE, e);
        }
    }

    private static String checkMethod(String method) {
        if (method == null || !METHOD.matcher(method).matches()) {
            throw new IllegalArgumentException("Invalid Kraken REST method name: '" + method + "'");
        }
        return method;
    }
}
