package com.kafkaconnectkraken.simulator.trader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.transport.RestHandler;
import com.kafkaconnectkraken.simulator.transport.RestRequest;
import com.kafkaconnectkraken.simulator.transport.RestResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The Trader REST the simulator serves under {@code /api/}: {@code POST /api/v1/login} with the JSON body
 * {@code {"username": "...", "password": "..."}} answers HTTP 200 {@code {"token": "<JWT>"}}
 * (docs/protocol/trader-api.md §1.1). Errors, all with the body {@code {"code", "message"}}: wrong credentials HTTP 401
 * {@code UNAUTHORIZED}; a body that is not a JSON object with string {@code username} and {@code password} HTTP 400
 * {@code INVALID_REQUEST}; another path HTTP 404 {@code NOT_FOUND}; another method HTTP 405
 * {@code METHOD_NOT_ALLOWED}; while the test hook {@code loginUnavailable} is on, HTTP 503 {@code SERVICE_UNAVAILABLE}.
 */
final class LoginRest implements RestHandler {

    static final String PATH = "/api/v1/login";

    private final TraderUsers users;
    private final TraderTokens tokens;
    private final Supplier<Duration> lifetime;
    private final TraderCounters counters;
    private final TraderHooks hooks;

    LoginRest(TraderUsers users, TraderTokens tokens, Supplier<Duration> lifetime, TraderCounters counters,
              TraderHooks hooks) {
        this.users = users;
        this.tokens = tokens;
        this.lifetime = lifetime;
        this.counters = counters;
        this.hooks = hooks;
    }

    @Override
    public RestResponse handle(RestRequest request) {
        if (!request.path().equals(PATH)) {
            return error(404, "NOT_FOUND", "no such path: " + request.path());
        }
        if (!request.method().equals("POST")) {
            return error(405, "METHOD_NOT_ALLOWED", "use POST");
        }
        if (hooks.loginUnavailable()) {
            return error(503, "SERVICE_UNAVAILABLE", "login service unavailable, try again later");
        }
        JsonNode body;
        try {
            body = TraderJson.mapper().readTree(request.body());
        } catch (IOException e) {
            return error(400, "INVALID_REQUEST", "body is not JSON");
        }
        if (body == null || !body.path("username").isTextual() || !body.path("password").isTextual()) {
            return error(400, "INVALID_REQUEST", "body must be {\"username\": string, \"password\": string}");
        }
        String username = body.get("username").asText();
        boolean ok = users.authenticate(username, body.get("password").asText());
        counters.login(ok);
        if (!ok) {
            return error(401, "UNAUTHORIZED", "invalid username or password");
        }
        ObjectNode answer = TraderJson.object();
        answer.put("token", tokens.issue(username, lifetime.get()));
        return RestResponse.json(TraderJson.write(answer));
    }

    private static RestResponse error(int status, String code, String message) {
        ObjectNode body = TraderJson.object();
        body.put("code", code);
        body.put("message", message);
        return new RestResponse(status, "application/json", TraderJson.write(body));
    }
}
