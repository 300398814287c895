package com.kafkaconnectkraken.connect;

import com.kafkaconnectkraken.client.trader.protocol.TraderEndpoints;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * The Trader API connection config group both Trader connectors share (docs/protocol/trader-api.md §1): the socket
 * URL, the login (username + password, or a JWT given directly; both {@link Type#PASSWORD}, never logged), the
 * [ASSUMED] login body field names and token pointer, the token refresh margin and the send pacing. Read back with
 * {@link TraderConnection#from}.
 */
public final class TraderConnectionConfig {

    /** Group name of the keys in the config reference and in {@code Connector.validate()} results. */
    public static final String GROUP = "Trader connection";

    public static final String URL = "trader.url";
    public static final String LOGIN_URL = "trader.login.url";
    public static final String USERNAME = "trader.username";
    public static final String PASSWORD = "trader.password";
    public static final String JWT = "trader.jwt";
    public static final String LOGIN_USERNAME_FIELD = "trader.login.username.field";
    public static final String LOGIN_PASSWORD_FIELD = "trader.login.password.field";
    public static final String LOGIN_TOKEN_POINTER = "trader.login.token.pointer";
    public static final String TOKEN_REFRESH_AHEAD_MS = "trader.token.refresh.ahead.ms";
    public static final String MAX_MESSAGES_PER_SECOND = "trader.max.messages.per.second";

    private static final String ASSUMED = " [ASSUMED: the API's documentation is silent; see the README.]";

    private TraderConnectionConfig() {
    }

    /**
     * Adds the group's keys to a definition.
     *
     * @param def the connector's definition
     * @return {@code def}
     * @throws org.apache.kafka.common.config.ConfigException if a key is already defined
     */
    public static ConfigDef define(ConfigDef def) {
        int order = 0;
        def.define(URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, UrlValidator.webSocket(), Importance.HIGH,
                "The Trader API WebSocket, e.g. wss://trader.example.com" + TraderEndpoints.WS_PATH
                        + " (without the token: the connector adds ?" + TraderEndpoints.TOKEN_PARAM + "=<JWT>).",
                GROUP, ++order, Width.LONG, "WebSocket URL");
        def.define(LOGIN_URL, Type.STRING, "", UrlValidator.http().orEmpty(), Importance.LOW, "The login endpoint (POST). Empty: the same host as "
                + URL + " with https/http and the path " + TraderEndpoints.LOGIN_PATH + ".", GROUP, ++order, Width.LONG, "Login URL");
        def.define(USERNAME, Type.STRING, "", Importance.HIGH, "Login user. Give it with " + PASSWORD + ", or give "
                + JWT + " instead.", GROUP, ++order, Width.MEDIUM, "Username");
        def.define(PASSWORD, Type.PASSWORD, "", Importance.HIGH, "Login password; never logged. Use a ConfigProvider "
                + "(e.g. ${file:/path:key}) to keep it out of the connector config.", GROUP, ++order, Width.MEDIUM, "Password");
        def.define(JWT, Type.PASSWORD, "", Importance.MEDIUM, "A JWT obtained elsewhere, used instead of a login. It "
                + "cannot be renewed: when its exp passes the task stops reconnecting and reports it.", GROUP, ++order,
                Width.LONG, "JWT");
        def.define(LOGIN_USERNAME_FIELD, Type.STRING, "username", new ConfigDef.NonEmptyString(), Importance.LOW,
                "Login body field of the username." + ASSUMED, GROUP, ++order, Width.SHORT, "Login username field");
        def.define(LOGIN_PASSWORD_FIELD, Type.STRING, "password", new ConfigDef.NonEmptyString(), Importance.LOW,
                "Login body field of the password." + ASSUMED, GROUP, ++order, Width.SHORT, "Login password field");
        def.define(LOGIN_TOKEN_POINTER, Type.STRING, "/token", new JsonPointerValidator(), Importance.LOW,
                "JSON pointer (RFC 6901) of the JWT in the login answer." + ASSUMED, GROUP, ++order, Width.SHORT,
                "Login token pointer");
        def.define(TOKEN_REFRESH_AHEAD_MS, Type.LONG, 60_000L, Range.atLeast(0), Importance.LOW,
                "Log in again this many milliseconds before the JWT's exp claim (read without verifying the signature)."
                        + ASSUMED, GROUP, ++order, Width.SHORT, "Token refresh margin (ms)");
        def.define(MAX_MESSAGES_PER_SECOND, Type.INT, 10, Range.between(1, 1000), Importance.LOW,
                "Most messages the connector sends per second on its connection (subscriptions, orders, queries)."
                        + ASSUMED, GROUP, ++order, Width.SHORT, "Max messages per second");
        return def;
    }

    /** Accepts a JSON pointer such as {@code /token} or {@code /data/jwt}. */
    private static final class JsonPointerValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            try {
                com.fasterxml.jackson.core.JsonPointer.compile(String.valueOf(value));
            } catch (IllegalArgumentException e) {
                throw new org.apache.kafka.common.config.ConfigException(name, value, "not a JSON pointer: " + e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "a JSON pointer, e.g. /token";
        }
    }
}
