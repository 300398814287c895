package com.kafkaconnectkraken.simulator.exchange.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.kafkaconnectkraken.client.spot.protocol.TradingTier;
import com.kafkaconnectkraken.simulator.exchange.account.Account;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The per-pair trading rate counter table of https://docs.kraken.com/api/docs/guides/spot-ratelimits (§5.9). */
class RateCountersTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void counterDecaysPerSecondAndRefusesAboveTheThreshold() {
        RateCounters counters = new RateCounters(TradingTier.STARTER); // 60, -1/s
        Account account = new Account("k", "c2VjcmV0");
        counters.charge(account, "BTC/USD", 60, T);
        KrakenRejection e = assertThrows(KrakenRejection.class, () -> counters.charge(account, "BTC/USD", 1, T));
        assertEquals("EOrder:Rate limit exceeded", e.error());
        counters.charge(account, "ETH/USD", 1, T); // another pair has its own counter
        assertEquals(50, counters.value(account, "BTC/USD", T.plusSeconds(10)), 1e-9);
        counters.charge(account, "BTC/USD", 10, T.plusSeconds(10));
    }
}
