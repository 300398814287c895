package com.kafkaconnectkraken.simulator.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * REST TradesHistory and ClosedOrders paging (docs/protocol/kraken-spot.md §7): 50 per page, newest first,
 * {@code ofs} within a {@code start}/{@code end} window, {@code count}; fills seeded with {@link Exchange#fill};
 * and the unsorted-page fault. Expected ids come from the seeded orders themselves.
 */
class TradeHistoryPaginationTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final long T0_UNIX = 1_767_225_600L;

    private MutableClock clock;
    private ExchangeHarness h;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(T0);
        h = new ExchangeHarness(ExchangeConfig.builder().clock(clock).restTier(new RestTier(1000, 1)).build())
                .funded("100000000", "1");
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    /** Books {@code n} fills one second apart; returns the closed orders, oldest first. */
    private List<OrderView> fills(int n) {
        List<OrderView> orders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clock.advance(Duration.ofSeconds(1));
            orders.add(h.exchange.fill(ExchangeHarness.KEY, "BTC/USD", "buy", new BigDecimal("0.01")));
        }
        return orders;
    }

    @Test
    void ofsPagesOfAFixedWindowStayExactWhileFillsArriveAfterItsEnd() {
        List<OrderView> booked = fills(120);
        List<String> newestFirst = new ArrayList<>(booked.stream().map(OrderView::orderId).toList());
        Collections.reverse(newestFirst);
        JsonNode probe = h.result("ClosedOrders", "closetime=close");
        assertEquals(120, probe.get("count").asInt());
        String end = ids(probe, "closed").get(0);
        fills(7); // arrive while the window is read: after its end, so the offsets do not move
        List<String> read = new ArrayList<>();
        for (int ofs = 0; ofs < 120; ofs += 50) {
            JsonNode page = h.result("ClosedOrders", "closetime=close&end=" + end + "&ofs=" + ofs);
            assertEquals(120, page.get("count").asInt(), "count is that of the window");
            read.addAll(ids(page, "closed"));
        }
        assertEquals(newestFirst, read);
    }

    @Test
    void tradesHistoryStartIsExclusiveByUnixTimeAndEveryFillHasOneTrade() {
        fills(60); // fill i at T0 + i s
        JsonNode page = h.result("TradesHistory", "start=" + (T0_UNIX + 55));
        assertEquals(5, page.get("count").asInt());
        JsonNode all = h.result("TradesHistory", "ofs=50");
        assertEquals(60, all.get("count").asInt());
        assertEquals(10, ids(all, "trades").size(), "the second page holds the 10 oldest");
        assertEquals(String.valueOf(T0_UNIX + 1) + ".0000", all.get("trades").get(ids(all, "trades").get(9)).get("time").asText());
    }

    @Test
    void unsortedPagesHoldTheSameEntriesInAnotherOrder() {
        fills(50);
        List<String> sorted = ids(h.result("TradesHistory", ""), "trades");
        h.exchange.faults().unsortHistoryPages(true);
        List<String> unsorted = ids(h.result("TradesHistory", ""), "trades");
        assertEquals(new HashSet<>(sorted), new HashSet<>(unsorted));
        assertNotEquals(sorted, unsorted);
        assertNotEquals(sorted.get(0), unsorted.get(0), "the newest entry is not first");
        assertEquals(50, new HashSet<>(ids(h.result("ClosedOrders", ""), "closed")).size());
    }

    private static List<String> ids(JsonNode result, String field) {
        List<String> ids = new ArrayList<>();
        result.get(field).fieldNames().forEachRemaining(ids::add);
        return ids;
    }
}
