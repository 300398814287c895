package com.kafkaconnectkraken.simulator.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Private REST authentication, nonce rules and the call counter through the REST endpoint. */
class RestAuthTest {

    private ExchangeHarness h;

    @AfterEach
    void tearDown() {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void signedFormAndJsonBodiesAreAccepted() {
        h = new ExchangeHarness();
        h.exchange.deposit(ExchangeHarness.KEY, "USD", new java.math.BigDecimal("12.5"));
        JsonNode form = h.rest("Balance", "");
        assertEquals(0, form.get("error").size());
        assertEquals("12.5000", form.at("/result/ZUSD").asText());
        String json = "{\"nonce\":" + h.nextNonce() + "}";
        JsonNode viaJson = h.signedPost("/0/private/Balance", json, "application/json",
                ExchangeHarness.KEY, ExchangeHarness.SECRET);
        assertEquals("12.5000", viaJson.at("/result/ZUSD").asText());
    }

    @Test
    void unknownKeyBadSignatureAndStaleNonceGetKrakenErrors() {
        h = new ExchangeHarness();
        String body = "nonce=" + h.nextNonce();
        assertEquals("EAPI:Invalid key", error(h.signedPost("/0/private/Balance", body,
                "application/x-www-form-urlencoded", "nobody", ExchangeHarness.SECRET)));
        String otherSecret = "cHl0aG9uLWtyYWtlbi1zZGsgdW5pdC10ZXN0IHNlY3JldCB2YWx1ZQ==";
        assertEquals("EAPI:Invalid signature", error(h.signedPost("/0/private/Balance", body,
                "application/x-www-form-urlencoded", ExchangeHarness.KEY, otherSecret)));
        assertEquals("EAPI:Invalid signature", error(h.post("/0/private/Balance", body,
                "application/x-www-form-urlencoded", ExchangeHarness.KEY, null)));
        // the forged calls above did not consume the nonce: the genuine one is accepted
        JsonNode ok = h.signedPost("/0/private/Balance", body, "application/x-www-form-urlencoded",
                ExchangeHarness.KEY, ExchangeHarness.SECRET);
        assertEquals(0, ok.get("error").size());
        assertEquals("EAPI:Invalid nonce", error(h.signedPost("/0/private/Balance", body,
                "application/x-www-form-urlencoded", ExchangeHarness.KEY, ExchangeHarness.SECRET)));
        String lower = "nonce=1000";
        assertEquals("EAPI:Invalid nonce", error(h.signedPost("/0/private/Balance", lower,
                "application/x-www-form-urlencoded", ExchangeHarness.KEY, ExchangeHarness.SECRET)));
        assertEquals("EAPI:Invalid nonce", error(h.post("/0/private/Balance", "x=1",
                "application/x-www-form-urlencoded", ExchangeHarness.KEY, "c2lnbmF0dXJl")));
    }

    @Test
    void historyCallsCostTwoByDefaultAndTheCounterDecays() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        h = new ExchangeHarness(ExchangeConfig.builder().clock(clock).restTier(new RestTier(5, 0.5)).build());
        h.rest("Ledgers", "");          // 2
        h.rest("TradesHistory", "");    // 4
        h.rest("Balance", "");          // 5
        assertEquals("EAPI:Rate limit exceeded", error(h.rest("Balance", "")));
        clock.advance(Duration.ofSeconds(2)); // -1
        assertEquals(0, h.rest("Balance", "").get("error").size());
    }

    @Test
    void historyCallCostIsConfigurableToFour() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        h = new ExchangeHarness(ExchangeConfig.builder().clock(clock).restTier(new RestTier(5, 0.5))
                .historyCallCost(4).build());
        h.rest("QueryLedgers", "id=LXXXXX-XXXXX-XXXXXX"); // 4 (the call itself fails, but it was counted)
        h.rest("Balance", "");                              // 5
        assertEquals("EAPI:Rate limit exceeded", error(h.rest("Ledgers", "")));
    }

    @Test
    void apiErrorsAreHttp200WithErrorArray() {
        h = new ExchangeHarness();
        JsonNode unknown = h.rest("NoSuchMethod", "");
        assertEquals("EGeneral:Unknown method", error(unknown));
        assertTrue(h.publicGet("Time", "").get("error").isArray());
    }

    private static String error(JsonNode response) {
        assertEquals(1, response.get("error").size(), response.toString());
        return response.get("error").get(0).asText();
    }
}
