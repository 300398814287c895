package com.kafkaconnectkraken.connect;

import static com.kafkaconnectkraken.connect.TraderConnectionConfig.JWT;
import static com.kafkaconnectkraken.connect.TraderConnectionConfig.LOGIN_PASSWORD_FIELD;
import static com.kafkaconnectkraken.connect.TraderConnectionConfig.LOGIN_TOKEN_POINTER;
import static com.kafkaconnectkraken.connect.TraderConnectionConfig.LOGIN_URL;
import static com.kafkaconnectkraken.connect.TraderConnectionConfig.LOGIN_USERNAME_FIELD;
import static com.kafkaconnectkraken.connect.TraderConnectionConfig.MAX_MESSAGES_PER_SECOND;
import static com.kafkaconnectkraken.connect.TraderConnectionConfig.PASSWORD;
import static com.kafkaconnectkraken.connect.TraderConnectionConfig.TOKEN_REFRESH_AHEAD_MS;
import static com.kafkaconnectkraken.connect.TraderConnectionConfig.URL;
import static com.kafkaconnectkraken.connect.TraderConnectionConfig.USERNAME;

import com.kafkaconnectkraken.client.trader.TraderLogin;
import com.kafkaconnectkraken.client.trader.TraderTokens;
import com.kafkaconnectkraken.client.trader.protocol.TraderEndpoints;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.types.Password;

/**
 * A connector's parsed {@link TraderConnectionConfig} values and the JWT source built from them. {@link #toString()}
 * never shows the password or the JWT.
 */
public final class TraderConnection {

    private final URI url;
    private final URI loginUrl;
    private final String username;
    private final Password password;
    private final Password jwt;
    private final TraderLogin.Fields fields;
    private final Duration refreshAhead;
    private final int maxMessagesPerSecond;

    private TraderConnection(AbstractConfig config) {
        this.url = URI.create(config.getString(URL));
        String login = config.getString(LOGIN_URL);
        this.loginUrl = login.isBlank() ? TraderEndpoints.loginUri(url) : URI.create(login);
        this.username = config.getString(USERNAME);
        this.password = config.getPassword(PASSWORD);
        this.jwt = config.getPassword(JWT);
        this.fields = new TraderLogin.Fields(config.getString(LOGIN_USERNAME_FIELD), config.getString(LOGIN_PASSWORD_FIELD),
                config.getString(LOGIN_TOKEN_POINTER));
        this.refreshAhead = Duration.ofMillis(config.getLong(TOKEN_REFRESH_AHEAD_MS));
        this.maxMessagesPerSecond = config.getInt(MAX_MESSAGES_PER_SECOND);
    }

    /**
     * @param config a config built on a {@code ConfigDef} that {@link TraderConnectionConfig#define} filled
     * @return the typed values
     */
    public static TraderConnection from(AbstractConfig config) {
        return new TraderConnection(config);
    }

    /**
     * The cross-field rules: credentials (username + password) or a JWT, not both, not neither.
     *
     * @param config the parsed config
     * @return the problems, empty when valid
     */
    public static List<ConfigProblem> problems(AbstractConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        boolean user = !config.getString(USERNAME).isBlank();
        boolean pass = !config.getPassword(PASSWORD).value().isEmpty();
        boolean token = !config.getPassword(JWT).value().isEmpty();
        if (token && (user || pass)) {
            problems.add(new ConfigProblem(JWT, "give either " + JWT + " or " + USERNAME + " + " + PASSWORD + ", not both"));
        } else if (!token && !(user && pass)) {
            problems.add(new ConfigProblem(user ? PASSWORD : USERNAME, "the Trader API needs " + USERNAME + " and "
                    + PASSWORD + " (or " + JWT + ")"));
        }
        if (token) {
            try {
                TraderTokens.given(config.getPassword(JWT).value(), Clock.systemUTC());
            } catch (IllegalArgumentException e) {
                problems.add(new ConfigProblem(JWT, e.getMessage()));
            }
        }
        return problems;
    }

    /**
     * @param http  the HTTP client the login uses
     * @param clock time source
     * @return the JWT source: the given JWT, or logins with the credentials
     */
    public TraderTokens tokens(OkHttpClient http, Clock clock) {
        if (!jwt.value().isEmpty()) {
            return TraderTokens.given(jwt.value(), clock);
        }
        return TraderTokens.login(new TraderLogin(loginUrl, username, password.value(), fields, http), refreshAhead, clock);
    }

    /** @return the socket URL, without token */
    public URI url() {
        return url;
    }

    /** @return the login endpoint */
    public URI loginUrl() {
        return loginUrl;
    }

    /** @return the send pacing, messages per second */
    public int maxMessagesPerSecond() {
        return maxMessagesPerSecond;
    }

    /** @return URLs and user, never the password or JWT */
    @Override
    public String toString() {
        return "TraderConnection[" + url + ", login " + loginUrl + ", user=" + username + "]";
    }
}
