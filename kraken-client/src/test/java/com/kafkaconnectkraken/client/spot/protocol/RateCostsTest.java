package com.kafkaconnectkraken.client.spot.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The trading rate counter table of https://docs.kraken.com/api/docs/guides/spot-ratelimits. */
class RateCostsTest {

    /** Order ages just inside each documented band: < 5, < 10, < 15, < 45, < 90, < 300 s, and older. */
    private static final long[] AGES_MS = {0, 5_000, 14_999, 15_000, 89_999, 299_999, 300_000};

    @Test
    void amendEditAndCancelFollowTheAgeTable() {
        double[] amend = {4, 3, 2, 1, 1, 1, 1};
        double[] edit = {7, 6, 5, 3, 2, 1, 1};
        double[] cancel = {8, 6, 5, 4, 2, 1, 0};
        for (int i = 0; i < AGES_MS.length; i++) {
            Duration age = Duration.ofMillis(AGES_MS[i]);
            assertEquals(amend[i], RateCosts.amend(age), "amend at " + age);
            assertEquals(edit[i], RateCosts.edit(age), "edit at " + age);
            assertEquals(cancel[i], RateCosts.cancel(age), "cancel at " + age);
        }
    }

    @Test
    void addCostsOneAndABatchHalfPerOrder() {
        assertEquals(1, RateCosts.add());
        assertEquals(7.5, RateCosts.batchAdd(15));
    }

    @Test
    void anUnknownAgeCountsAsTheYoungest() {
        assertEquals(8, RateCosts.cancel(null));
        assertEquals(4, RateCosts.amend(null));
        assertEquals(7, RateCosts.edit(null));
        assertEquals(8, RateCosts.cancel(Duration.ofMillis(-5)), "clock skew: a negative age is age 0");
    }

    @Test
    void tiersAreTheDocumentedOnes() {
        assertEquals(new TradingTier(60, 1.0, 60), TradingTier.of("starter"));
        assertEquals(new TradingTier(125, 2.34, 80), TradingTier.of("Intermediate"));
        assertEquals(new TradingTier(180, 3.75, 225), TradingTier.of("PRO"));
        assertEquals(new RestTier(15, 0.33), RestTier.of("starter"));
        assertEquals(new RestTier(20, 1.0), RestTier.of("pro"));
    }
}
