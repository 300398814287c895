package com.kafkaconnectkraken.simulator.trader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.KrakenSimulator;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/login} and the token check on connecting to {@code /api/v1/ws}, over a real port. */
class TraderLoginTest {

    private static KrakenSimulator sim;

    @BeforeAll
    static void start() {
        sim = KrakenSimulator.builder().rate(0).futuresRate(0).traderQuoteRate(0)
                .traderTokenLifetime(Duration.ofMinutes(10)).addTraderUser("alice", "s3cret", "acc_1").build().start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void loginAnswersAJwtWithSubjectIssuedAtAndExpiry() {
        long before = sim.trader().logins();
        HttpResponse<String> answer = TraderWs.login(sim.traderRest(), "{\"username\":\"alice\",\"password\":\"s3cret\"}");
        assertEquals(200, answer.statusCode());
        DecodedJWT jwt = JWT.decode(TraderWs.parse(answer.body()).path("token").asText());
        assertEquals("HS256", jwt.getAlgorithm());
        assertEquals("alice", jwt.getSubject());
        long lifetime = jwt.getExpiresAtAsInstant().getEpochSecond() - jwt.getIssuedAtAsInstant().getEpochSecond();
        assertEquals(600, lifetime);
        assertTrue(Math.abs(jwt.getIssuedAtAsInstant().getEpochSecond() - Instant.now().getEpochSecond()) <= 2);
        assertEquals(before + 1, sim.trader().logins());
    }

    @Test
    void wrongPasswordIs401Unauthorized() {
        HttpResponse<String> answer = TraderWs.login(sim.traderRest(), "{\"username\":\"alice\",\"password\":\"nope\"}");
        assertEquals(401, answer.statusCode());
        assertEquals("{\"code\":\"UNAUTHORIZED\",\"message\":\"invalid username or password\"}", answer.body());
        assertEquals(401, TraderWs.login(sim.traderRest(), "{\"username\":\"bob\",\"password\":\"s3cret\"}").statusCode());
    }

    @Test
    void malformedBodyIs400InvalidRequest() {
        for (String body : new String[] {"not json", "{\"username\":\"alice\"}", "[1]", "{\"username\":1,\"password\":\"x\"}"}) {
            HttpResponse<String> answer = TraderWs.login(sim.traderRest(), body);
            assertEquals(400, answer.statusCode(), body);
            assertEquals("INVALID_REQUEST", TraderWs.parse(answer.body()).path("code").asText(), body);
        }
    }

    @Test
    void aValidTokenConnectsAndAnswersMessages() throws Exception {
        String token = TraderWs.parse(TraderWs.login(sim.traderRest(),
                "{\"username\":\"alice\",\"password\":\"s3cret\"}").body()).path("token").asText();
        try (TraderWs ws = TraderWs.connect(sim.traderWs(), token)) {
            ws.send("subscribe", "{\"symbols\":[\"EURUSD\"],\"events\":[\"quoteEvent\"]}");
            JsonNode ack = ws.next("subscribed");
            assertEquals("{\"symbols\":[\"EURUSD\"],\"events\":[\"quoteEvent\"]}", ack.path("payload").toString());
        }
    }

    @Test
    void missingOrForgedTokenIsClosed1008InvalidToken() throws Exception {
        String forged = sim.trader().issueToken("alice");
        forged = forged.substring(0, forged.length() - 4) + (forged.endsWith("AAAA") ? "BBBB" : "AAAA");
        for (String token : new String[] {"", "not-a-jwt", forged}) {
            try (TraderWs ws = TraderWs.connect(sim.traderWs(), token)) {
                assertEquals(new TraderWs.Closed(1008, "invalid token"), ws.awaitClosed(), token);
            }
        }
    }

    @Test
    void expiredTokenIsClosed1008TokenExpired() throws Exception {
        String expired = sim.trader().issueToken("alice", Duration.ofSeconds(-5));
        try (TraderWs ws = TraderWs.connect(sim.traderWs(), expired)) {
            assertEquals(new TraderWs.Closed(1008, "token expired"), ws.awaitClosed());
        }
    }
}
