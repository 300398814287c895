package com.kafkaconnectkraken.client.rest;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * Builds a {@link KrakenRestClient}. Only the REST base URL is required; without credentials only
 * {@link KrakenRestClient#publicGet} works. Without a {@link RestCallCounter} no client-side pacing
 * is done.
 */
public final class KrakenRestClientBuilder {

    final URI restBase;
    String apiKey;
    ApiSigner signer;
    Supplier<String> otp;
    NonceSource nonces;
    RestCallCounter counter;
    Duration pacingTimeout = Duration.ofSeconds(30);
    OkHttpClient http;
    String userAgent = KrakenRestClient.DEFAULT_USER_AGENT;

    KrakenRestClientBuilder(URI restBase) {
        this.restBase = Objects.requireNonNull(restBase, "restBase");
    }

    /**
     * Sets the API credentials.
     *
     * @param apiKey       the public API key (sent as {@code API-Key})
     * @param secretBase64 the private key (Base64), used only for signing
     * @return this builder
     * @throws IllegalArgumentException if the key is blank or the secret is not Base64
     */
    public KrakenRestClientBuilder credentials(String apiKey, String secretBase64) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("Kraken API key is missing");
        }
        this.apiKey = apiKey;
        this.signer = new ApiSigner(secretBase64);
        return this;
    }

    /**
     * Sets the one-time password source for keys with 2FA enabled; its value is sent as the
     * {@code otp} body parameter of every private call.
     *
     * @param otp supplies the current password (static or TOTP)
     * @return this builder
     */
    public KrakenRestClientBuilder otp(Supplier<String> otp) {
        this.otp = otp;
        return this;
    }

    /**
     * Sets the nonce source; share one per API key (default: {@link NonceSource#forKey} of the credentials' key,
     * or a new one without credentials).
     *
     * @param nonces the nonce source
     * @return this builder
     */
    public KrakenRestClientBuilder nonceSource(NonceSource nonces) {
        this.nonces = nonces;
        return this;
    }

    /**
     * Enables client-side pacing; share one counter per API key.
     *
     * @param counter       the call counter
     * @param pacingTimeout maximum time a call waits for room (default 30 s)
     * @return this builder
     */
    public KrakenRestClientBuilder callCounter(RestCallCounter counter, Duration pacingTimeout) {
        this.counter = counter;
        this.pacingTimeout = Objects.requireNonNull(pacingTimeout, "pacingTimeout");
        return this;
    }

    /**
     * Uses a caller-managed OkHttp client (timeouts, proxy, connection pool); it is not closed by
     * {@link KrakenRestClient#close()}.
     *
     * @param http the OkHttp client
     * @return this builder
     */
    public KrakenRestClientBuilder httpClient(OkHttpClient http) {
        this.http = http;
        return this;
    }

    /**
     * Sets the {@code User-Agent} header (default {@value KrakenRestClient#DEFAULT_USER_AGENT}).
     *
     * @param userAgent the header value
     * @return this builder
     */
    public KrakenRestClientBuilder userAgent(String userAgent) {
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        return this;
    }

    /** @return the client */
    public KrakenRestClient build() {
        return KrakenRestClient.create(this);
    }
}
