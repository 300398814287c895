package com.kafkaconnectkraken.client.ws;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Immutable settings of one {@link KrakenWsSession}. Build with {@link #builder(URI)}; the URI
 * comes from {@code client.KrakenEndpoints} (production {@code wss://ws.kraken.com/v2}, auth
 * {@code wss://ws-auth.kraken.com/v2}, level3 {@code wss://ws-l3.kraken.com/v2}) or points at the
 * local simulator, e.g. {@code ws://127.0.0.1:<port>/public/v2}.
 *
 * <p>Kraken facts behind the defaults docs/protocol/kraken-spot.md §1.6,
 * https://docs.kraken.com/api/docs/guides/spot-ws-intro): the server closes a socket after about
 * 60 s without client traffic, so the session sends an application {@code ping} every
 * {@code pingInterval} (default 5 s); {@code heartbeat} arrives about once per second while any
 * channel is subscribed, so {@code staleTimeout} (default 10 s) of total silence means the
 * connection is dead. Cloudflare bans an IP for 10 minutes after about 150 (re)connects in 10
 * minutes, so reconnects back off exponentially (default 0.5 s doubling to 30 s, full jitter),
 * and at least {@code maintenanceReconnectDelay} (default 5 s) after the {@code status} channel
 * reported {@code maintenance}.
 *
 * @param uri                       WebSocket URI ({@code ws} or {@code wss})
 * @param name                      short name for thread names and log lines, e.g. {@code public}
 * @param connectTimeout            TCP/TLS connect and handshake timeout
 * @param requestTimeout            how long a request waits for its (last) response frame
 * @param pingInterval              interval between application {@code ping} requests; must be
 *                                  shorter than {@code staleTimeout}
 * @param staleTimeout              silence (no frame of any kind) after which the connection is
 *                                  dropped and re-established
 * @param reconnectInitialDelay     backoff ceiling of the first reconnect attempt
 * @param reconnectMaxDelay         cap of the backoff ceiling; a connection that stayed healthy
 *                                  (authenticated, subscriptions restored) at least this long
 *                                  resets the attempt counter, so a flapping server keeps
 *                                  backing off
 * @param reconnectMultiplier       growth factor of the ceiling per attempt (&gt;= 1)
 * @param maintenanceReconnectDelay minimum reconnect delay after a {@code maintenance} status
 * @param maxRequestsPerSecond      pacing of {@code subscribe}/{@code unsubscribe} requests,
 *                                  including the burst that restores subscriptions on reconnect
 * @param retryFirstConnect         when true, a first connection whose socket never opened (exchange unreachable,
 *                                  port closed, DNS) is retried with the reconnect backoff, one INFO line per attempt,
 *                                  and {@code connect()} completes on the first success; when false (default) it fails
 *                                  {@code connect()} at once. A first connection that opened and then failed (e.g.
 *                                  authentication) fails {@code connect()} either way.
 */
public record KrakenWsConfig(URI uri, String name, Duration connectTimeout, Duration requestTimeout,
                             Duration pingInterval, Duration staleTimeout,
                             Duration reconnectInitialDelay, Duration reconnectMaxDelay,
                             double reconnectMultiplier, Duration maintenanceReconnectDelay,
                             int maxRequestsPerSecond, boolean retryFirstConnect) {

    /**
     * Validates every setting.
     *
     * @throws NullPointerException     if a component is {@code null}
     * @throws IllegalArgumentException if a value is out of range (message names the setting)
     */
    public KrakenWsConfig {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme();
        if (!"ws".equalsIgnoreCase(scheme) && !"wss".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("uri must be ws:// or wss://, was " + uri);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        positive("connectTimeout", connectTimeout);
        positive("requestTimeout", requestTimeout);
        positive("pingInterval", pingInterval);
        positive("staleTimeout", staleTimeout);
        positive("reconnectInitialDelay", reconnectInitialDelay);
        positive("reconnectMaxDelay", reconnectMaxDelay);
        Objects.requireNonNull(maintenanceReconnectDelay, "maintenanceReconnectDelay");
        if (pingInterval.compareTo(staleTimeout) >= 0) {
            throw new IllegalArgumentException("pingInterval (" + pingInterval + ") must be shorter than staleTimeout ("
                    + staleTimeout + "), otherwise an idle connection looks stale");
        }
        if (reconnectInitialDelay.compareTo(reconnectMaxDelay) > 0) {
            throw new IllegalArgumentException("reconnectInitialDelay must not exceed reconnectMaxDelay");
        }
        if (!(reconnectMultiplier >= 1.0) || Double.isInfinite(reconnectMultiplier)) {
            throw new IllegalArgumentException("reconnectMultiplier must be a finite number >= 1, was " + reconnectMultiplier);
        }
        if (maintenanceReconnectDelay.isNegative()) {
            throw new IllegalArgumentException("maintenanceReconnectDelay must not be negative");
        }
        if (maxRequestsPerSecond < 1) {
            throw new IllegalArgumentException("maxRequestsPerSecond must be >= 1, was " + maxRequestsPerSecond);
        }
    }

    private static void positive(String setting, Duration value) {
        Objects.requireNonNull(value, setting);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(setting + " must be positive, was " + value);
        }
    }

    /**
     * @param uri the WebSocket URI
     * @return a builder with the defaults described on this class
     */
    public static Builder builder(URI uri) {
        return new Builder(uri);
    }

    /**
     * @return a builder initialised with this config's values
     */
    public Builder toBuilder() {
        return new Builder(uri).name(name).connectTimeout(connectTimeout).requestTimeout(requestTimeout)
                .pingInterval(pingInterval).staleTimeout(staleTimeout)
                .reconnectBackoff(reconnectInitialDelay, reconnectMaxDelay, reconnectMultiplier)
                .maintenanceReconnectDelay(maintenanceReconnectDelay).maxRequestsPerSecond(maxRequestsPerSecond)
                .retryFirstConnect(retryFirstConnect);
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private final URI uri;
        private String name = "kraken-ws";
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Duration pingInterval = Duration.ofSeconds(5);
        private Duration staleTimeout = Duration.ofSeconds(10);
        private Duration reconnectInitialDelay = Duration.ofMillis(500);
        private Duration reconnectMaxDelay = Duration.ofSeconds(30);
        private double reconnectMultiplier = 2.0;
        private Duration maintenanceReconnectDelay = Duration.ofSeconds(5);
        private int maxRequestsPerSecond = 10;
        private boolean retryFirstConnect;

        private Builder(URI uri) {
            this.uri = uri;
        }

        /** @param value short name for threads and logs @return this */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** @param value connect and handshake timeout @return this */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        /** @param value per-request response timeout @return this */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = value;
            return this;
        }

        /** @param value application ping interval @return this */
        public Builder pingInterval(Duration value) {
            this.pingInterval = value;
            return this;
        }

        /** @param value silence after which the connection counts as dead @return this */
        public Builder staleTimeout(Duration value) {
            this.staleTimeout = value;
            return this;
        }

        /**
         * @param initial    ceiling of the first attempt's delay
         * @param max        cap of the ceiling
         * @param multiplier growth per attempt (&gt;= 1)
         * @return this
         */
        public Builder reconnectBackoff(Duration initial, Duration max, double multiplier) {
            this.reconnectInitialDelay = initial;
            this.reconnectMaxDelay = max;
            this.reconnectMultiplier = multiplier;
            return this;
        }

        /** @param value minimum reconnect delay after a maintenance status @return this */
        public Builder maintenanceReconnectDelay(Duration value) {
            this.maintenanceReconnectDelay = value;
            return this;
        }

        /** @param value subscribe/unsubscribe requests per second @return this */
        public Builder maxRequestsPerSecond(int value) {
            this.maxRequestsPerSecond = value;
            return this;
        }

        /** @param value whether an unreachable exchange at the first connection is retried @return this */
        public Builder retryFirstConnect(boolean value) {
            this.retryFirstConnect = value;
            return this;
        }

        /**
         * @return the validated config
         * @throws IllegalArgumentException if a value is out of range
         */
        public KrakenWsConfig build() {
            return new KrakenWsConfig(uri, name, connectTimeout, requestTimeout, pingInterval, staleTimeout,
                    reconnectInitialDelay, reconnectMaxDelay, reconnectMultiplier, maintenanceReconnectDelay,
                    maxRequestsPerSecond, retryFirstConnect);
        }
    }
}
