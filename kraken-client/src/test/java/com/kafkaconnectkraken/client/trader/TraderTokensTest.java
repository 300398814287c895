package com.kafkaconnectkraken.client.trader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.kafkaconnectkraken.client.ErrorClass;
import com.kafkaconnectkraken.client.trader.protocol.TraderEndpoints;
import com.kafkaconnectkraken.client.trader.protocol.TraderErrors;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** JWT lifetime, login failures and the endpoint/error vocabulary (docs/protocol/trader-api.md §1, §6). */
class TraderTokensTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void aGivenJwtIsUsedUntilItsExpThenRefusedWithoutShowingIt() throws Exception {
        String valid = jwt(NOW.plusSeconds(600));
        TraderTokens tokens = TraderTokens.given(valid, CLOCK);
        assertEquals(valid, tokens.current());
        assertEquals(NOW.plusSeconds(600), tokens.expiresAt().orElseThrow());
        assertFalse(tokens.renewable());
        String expired = jwt(NOW.minusSeconds(1));
        TraderLoginException e = assertThrows(TraderLoginException.class, () -> TraderTokens.given(expired, CLOCK).current());
        assertTrue(e.getMessage().contains("expired at 2026-06-01T11:59:59Z"), e.getMessage());
        assertFalse(e.getMessage().contains(expired));
        assertThrows(IllegalArgumentException.class, () -> TraderTokens.given("not-a-jwt", CLOCK));
    }

    @Test
    void logsInAgainWithinTheRefreshMarginAndAfterInvalidate() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().body("{\"data\":{\"jwt\":\"" + jwt(NOW.plusSeconds(30)) + "\"}}").build());
            server.enqueue(new MockResponse.Builder().body("{\"data\":{\"jwt\":\"" + jwt(NOW.plusSeconds(3600)) + "\"}}").build());
            server.enqueue(new MockResponse.Builder().body("{\"data\":{\"jwt\":\"" + jwt(NOW.plusSeconds(7200)) + "\"}}").build());
            server.start();
            TraderLogin login = new TraderLogin(server.url("/api/v1/login").uri(), "bob", "pw",
                    new TraderLogin.Fields("user", "pass", "/data/jwt"), new OkHttpClient());
            TraderTokens tokens = TraderTokens.login(login, Duration.ofSeconds(60), CLOCK);
            tokens.current();
            assertEquals("{\"user\":\"bob\",\"pass\":\"pw\"}", server.takeRequest(1, TimeUnit.SECONDS).getBody().utf8());
            assertEquals(NOW.plusSeconds(3600), JWT.decode(tokens.current()).getExpiresAtAsInstant(),
                    "a token expiring within the 60 s margin is replaced");
            tokens.current();
            assertEquals(2, tokens.logins());
            tokens.invalidate();
            assertEquals(NOW.plusSeconds(7200), JWT.decode(tokens.current()).getExpiresAtAsInstant());
            assertEquals(3, tokens.logins());
        }
    }

    @Test
    void aRefusedLoginNamesTheServersCodeAndNeverThePassword() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().code(401)
                    .body("{\"code\":\"UNAUTHORIZED\",\"message\":\"invalid username or password\"}").build());
            server.enqueue(new MockResponse.Builder().body("{\"other\":1}").build());
            server.start();
            TraderLogin login = new TraderLogin(server.url("/api/v1/login").uri(), "bob", "hunter2",
                    TraderLogin.Fields.DEFAULT, new OkHttpClient());
            TraderLoginException refused = assertThrows(TraderLoginException.class, login::login);
            assertTrue(refused.refused());
            assertTrue(refused.getMessage().endsWith("HTTP 401 UNAUTHORIZED: invalid username or password"), refused.getMessage());
            assertFalse(refused.getMessage().contains("hunter2"));
            assertFalse(login.toString().contains("hunter2"));
            TraderLoginException noToken = assertThrows(TraderLoginException.class, login::login);
            assertTrue(noToken.getMessage().endsWith("has no token at /token"), noToken.getMessage());
        }
    }

    @Test
    void theLoginLivesBesideTheSocketAndTheErrorTableClassifiesCodes() {
        assertEquals(URI.create("https://trader.example.com/api/v1/login"),
                TraderEndpoints.loginUri(URI.create("wss://trader.example.com/api/v1/ws")));
        assertEquals(URI.create("http://127.0.0.1:8080/broker/api/v1/login"),
                TraderEndpoints.loginUri(URI.create("ws://127.0.0.1:8080/broker/api/v1/ws")));
        assertThrows(IllegalArgumentException.class, () -> TraderEndpoints.loginUri(URI.create("https://x/api/v1/ws")));
        assertEquals(ErrorClass.REJECTED, TraderErrors.classify("INVALID_QUANTITY"));
        assertEquals(ErrorClass.RETRIABLE, TraderErrors.classify("RATE_LIMITED"));
        assertEquals(ErrorClass.REJECTED, TraderErrors.classify("SOMETHING_NEW"));
        assertTrue(TraderErrors.needsLogin("TOKEN_EXPIRED"));
    }

    private static String jwt(Instant exp) {
        return JWT.create().withExpiresAt(exp).sign(Algorithm.HMAC256("test-key"));
    }
}
