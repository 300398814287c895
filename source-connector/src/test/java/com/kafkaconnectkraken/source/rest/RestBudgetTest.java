package com.kafkaconnectkraken.source.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import com.kafkaconnectkraken.source.config.RestEndpoint;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected intervals are worked out by hand from the tier's decay (starter 0.33/s, 80 % usable = 0.264 points/s). */
class RestBudgetTest {

    private static Map<RestEndpoint, Duration> intervals(Object... pairs) {
        Map<RestEndpoint, Duration> map = new EnumMap<>(RestEndpoint.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((RestEndpoint) pairs[i], Duration.ofSeconds((Integer) pairs[i + 1]));
        }
        return map;
    }

    private static Duration achievable(List<RestBudget.Plan> plans, RestEndpoint endpoint) {
        return plans.stream().filter(p -> p.endpoint() == endpoint).findFirst().orElseThrow().achievable();
    }

    @Test
    void theDefaultsFitTheStarterTier() {
        // Ledgers 4/60 + TradesHistory 4/60 + ClosedOrders 1/60 + Balance 1/60 = 0.167 points/s <= 0.264
        List<RestBudget.Plan> plans = RestBudget.plan(intervals(RestEndpoint.LEDGERS, 60, RestEndpoint.TRADES_HISTORY, 60,
                RestEndpoint.CLOSED_ORDERS, 60, RestEndpoint.BALANCE, 60), RestTier.STARTER, 4);
        assertTrue(plans.stream().noneMatch(RestBudget.Plan::stretched));
        assertEquals("", RestBudget.describe(plans, RestTier.STARTER));
        assertEquals(List.of(RestEndpoint.LEDGERS, RestEndpoint.CLOSED_ORDERS, RestEndpoint.TRADES_HISTORY, RestEndpoint.BALANCE),
                plans.stream().map(RestBudget.Plan::endpoint).toList(), "history endpoints are planned first");
    }

    @Test
    void historyKeepsItsIntervalAndSnapshotsShareWhatIsLeft() {
        // Ledgers 4/20 = 0.2; left 0.064. Balance 1/5 + OpenOrders 1/5 = 0.4 -> factor 0.4/0.064 = 6.25 -> 5 s * 6.25 = 31.25 -> 32 s
        List<RestBudget.Plan> plans = RestBudget.plan(intervals(RestEndpoint.LEDGERS, 20, RestEndpoint.BALANCE, 5,
                RestEndpoint.OPEN_ORDERS, 5), RestTier.STARTER, 4);
        assertEquals(Duration.ofSeconds(20), achievable(plans, RestEndpoint.LEDGERS));
        assertEquals(Duration.ofSeconds(32), achievable(plans, RestEndpoint.BALANCE));
        assertEquals(Duration.ofSeconds(32), achievable(plans, RestEndpoint.OPEN_ORDERS));
        String text = RestBudget.describe(plans, RestTier.STARTER);
        assertTrue(text.contains("Balance 5 s -> 32 s"), text);
        assertFalse(text.contains("Ledgers"), text);
    }

    @Test
    void whenHistoryAloneDoesNotFitEveryIntervalIsStretchedByOneFactor() {
        // the case: Ledgers at 5 s on starter = 0.8 points/s; with Balance 1/10: 0.9 / 0.264 = 3.409 -> 18 s and 35 s
        List<RestBudget.Plan> plans = RestBudget.plan(intervals(RestEndpoint.LEDGERS, 5, RestEndpoint.BALANCE, 10),
                RestTier.STARTER, 4);
        assertEquals(Duration.ofSeconds(18), achievable(plans, RestEndpoint.LEDGERS));
        assertEquals(Duration.ofSeconds(35), achievable(plans, RestEndpoint.BALANCE));
    }
}
