package com.kafkaconnectkraken.connect;

import com.kafkaconnectkraken.client.KrakenEndpoints;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * The Kraken connection config group both connectors share: the WebSocket v2 and REST URLs
 * (defaults: {@link KrakenEndpoints#production()}, docs/protocol/kraken-spot.md §1.1) and the API credentials
 * ({@link Type#PASSWORD}, so never logged and resolvable through Connect ConfigProviders such as
 * {@code ${file:/path:key}}). Each connector adds the group to its {@code ConfigDef} with
 * {@link #define(ConfigDef, Profile)} and reads it back with {@link KrakenConnection#from}.
 * Endpoints: https://docs.kraken.com/api/docs/guides/spot-ws-intro.
 */
public final class KrakenConnectionConfig {

    /** Group name of the keys in the config reference and in {@code Connector.validate()} results. */
    public static final String GROUP = "Connection";

    public static final String WS_PUBLIC_URL = "kraken.ws.public.url";
    public static final String WS_PRIVATE_URL = "kraken.ws.private.url";
    public static final String WS_L3_URL = "kraken.ws.l3.url";
    public static final String REST_URL = "kraken.rest.url";
    public static final String API_KEY = "kraken.api.key";
    public static final String API_SECRET = "kraken.api.secret";

    private static final String PROVIDER_HINT = "Use a ConfigProvider (e.g. ${file:/path:key}) to keep it out of the "
            + "connector config; never logged.";

    /** Which endpoints a connector uses and whether it can run without credentials. */
    public enum Profile {
        /**
         * Public, private and level3 WebSocket plus REST; credentials optional because public
         * market data needs none (the source connector).
         */
        STREAMING(true, false, "Required for private data (level3, executions, balances, every REST endpoint); "
                + "public channels need none."),
        /** Private WebSocket and REST only; credentials required (the sink connector). */
        TRADING(false, true, "Needs the trading permissions the commands use and WebSocket access.");

        private final boolean publicAndLevel3;
        private final boolean credentialsRequired;
        private final String credentialsUse;

        Profile(boolean publicAndLevel3, boolean credentialsRequired, String credentialsUse) {
            this.publicAndLevel3 = publicAndLevel3;
            this.credentialsRequired = credentialsRequired;
            this.credentialsUse = credentialsUse;
        }
    }

    private KrakenConnectionConfig() {
    }

    /**
     * Adds the group's keys (doc, group {@value #GROUP}, order, width, display name) to a definition.
     *
     * @param def     the connector's definition
     * @param profile which keys and whether credentials are required
     * @return {@code def}
     * @throws org.apache.kafka.common.config.ConfigException if a key is already defined
     */
    public static ConfigDef define(ConfigDef def, Profile profile) {
        KrakenEndpoints prod = KrakenEndpoints.production();
        int order = 0;
        if (profile.publicAndLevel3) {
            def.define(WS_PUBLIC_URL, Type.STRING, prod.publicWs().toString(), UrlValidator.webSocket(), Importance.MEDIUM,
                    "Kraken WebSocket v2 endpoint for public market data (ticker, book, trade, ohlc, instrument). "
                            + "Beta: wss://beta-ws.kraken.com/v2.", GROUP, ++order, Width.LONG, "Public WebSocket URL");
        }
        def.define(WS_PRIVATE_URL, Type.STRING, prod.privateWs().toString(), UrlValidator.webSocket(), Importance.MEDIUM,
                "Kraken WebSocket v2 endpoint for authenticated traffic: private channels (executions, balances) and "
                        + "trading methods, with a token from REST GetWebSocketsToken. Beta: wss://beta-ws-auth.kraken.com/v2 "
                        + "(production matching engine: orders are real).", GROUP, ++order, Width.LONG, "Private WebSocket URL");
        if (profile.publicAndLevel3) {
            def.define(WS_L3_URL, Type.STRING, prod.level3Ws().toString(), UrlValidator.webSocket(), Importance.LOW,
                    "Kraken WebSocket v2 endpoint for the level3 channel (token required).",
                    GROUP, ++order, Width.LONG, "Level3 WebSocket URL");
        }
        def.define(REST_URL, Type.STRING, prod.rest().toString(), UrlValidator.http(), Importance.MEDIUM,
                "Kraken REST base URL; /0/public/* and /0/private/* are appended.", GROUP, ++order, Width.LONG, "REST URL");
        Object credentialDefault = profile.credentialsRequired ? ConfigDef.NO_DEFAULT_VALUE : null;
        def.define(API_KEY, Type.PASSWORD, credentialDefault, Importance.HIGH,
                "Kraken API key. " + profile.credentialsUse + " " + PROVIDER_HINT, GROUP, ++order, Width.LONG, "API key");
        def.define(API_SECRET, Type.PASSWORD, credentialDefault, new Base64SecretValidator(), Importance.HIGH,
                "Kraken API secret (Base64, as issued), used only to sign private REST calls (API-Sign). " + PROVIDER_HINT,
                GROUP, ++order, Width.LONG, "API secret");
        return def;
    }
}
