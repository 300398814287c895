package com.kafkaconnectkraken.client.trader;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The Trader API login (docs/protocol/trader-api.md §1.1): {@code POST <loginUri>} with the JSON body
 * {@code {"<usernameField>": username, "<passwordField>": password}}; the JWT is read from the answer at
 * {@code tokenPointer} (default {@code /token}). The field names and pointer are [ASSUMED] and configurable.
 * The password is held only here and sent only in the request body.
 */
public final class TraderLogin {

    private static final MediaType JSON = MediaType.get("application/json");

    /**
     * Where the credentials and the token sit in the login call [ASSUMED].
     *
     * @param usernameField body field of the username, e.g. {@code username}
     * @param passwordField body field of the password, e.g. {@code password}
     * @param tokenPointer  JSON pointer of the JWT in the answer, e.g. {@code /token}
     */
    public record Fields(String usernameField, String passwordField, String tokenPointer) {

        /** The documented defaults: {@code username}, {@code password}, {@code /token}. */
        public static final Fields DEFAULT = new Fields("username", "password", "/token");

        /** @throws IllegalArgumentException when the pointer is not a JSON pointer */
        public Fields {
            Objects.requireNonNull(usernameField, "usernameField");
            Objects.requireNonNull(passwordField, "passwordField");
            JsonPointer.compile(Objects.requireNonNull(tokenPointer, "tokenPointer"));
        }
    }

    private final URI loginUri;
    private final String username;
    private final String password;
    private final Fields fields;
    private final OkHttpClient http;

    /**
     * @param loginUri the login endpoint, e.g. {@code https://trader.example.com/api/v1/login}
     * @param username the user
     * @param password the password (never logged)
     * @param fields   body field names and token pointer
     * @param http     the HTTP client (its timeouts apply)
     */
    public TraderLogin(URI loginUri, String username, String password, Fields fields, OkHttpClient http) {
        this.loginUri = Objects.requireNonNull(loginUri, "loginUri");
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
        this.fields = Objects.requireNonNull(fields, "fields");
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * Logs in once (blocking).
     *
     * @return the JWT
     * @throws TraderLoginException when the call fails, is refused or the answer has no token at the pointer
     */
    public String login() throws TraderLoginException {
        String body = KrakenJson.mapper().createObjectNode().put(fields.usernameField(), username)
                .put(fields.passwordField(), password).toString();
        Request request = new Request.Builder().url(loginUri.toString()).post(RequestBody.create(body, JSON)).build();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            if (!response.isSuccessful()) {
                throw new TraderLoginException("Login to " + loginUri + " refused: HTTP " + response.code()
                        + reason(text), response.code(), null);
            }
            JsonNode token = KrakenJson.mapper().readTree(text).at(fields.tokenPointer());
            if (!token.isTextual() || token.asText().isBlank()) {
                throw new TraderLoginException("Login answer from " + loginUri + " has no token at "
                        + fields.tokenPointer(), response.code(), null);
            }
            return token.asText();
        } catch (IOException e) {
            throw new TraderLoginException("Login to " + loginUri + " failed: " + e.getMessage(), 0, e);
        }
    }

    /** @return the answer's {@code code: message}, when it is the documented error shape */
    private static String reason(String text) {
        try {
            JsonNode error = KrakenJson.mapper().readTree(text);
            return error.hasNonNull("code") ? " " + error.get("code").asText() + ": " + error.path("message").asText() : "";
        } catch (IOException notJson) {
            return "";
        }
    }

    /** @return the endpoint and user, never the password */
    @Override
    public String toString() {
        return "TraderLogin[" + loginUri + ", user=" + username + "]";
    }
}
