package com.kafkaconnectkraken.simulator.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * REST Ledgers paging (docs/protocol/kraken-spot.md §7): 50 per page, newest first, {@code ofs}, {@code start} exclusive and
 * {@code end} inclusive by unix time or ledger id. Expected ids come from the deposits' own return values.
 */
class LedgerPaginationTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final long T0_UNIX = 1_767_225_600L;

    private MutableClock clock;
    private ExchangeHarness h;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(T0);
        h = new ExchangeHarness(ExchangeConfig.builder().clock(clock)
                .restTier(new RestTier(1000, 1)).build());
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    @Test
    void walkingBackwardsByEndIdNeverSkipsOrRepeatsWhileNewEntriesArrive() {
        List<String> booked = deposits(120);
        List<String> newestFirst = new ArrayList<>(booked);
        Collections.reverse(newestFirst);

        JsonNode first = h.result("Ledgers", "");
        assertEquals(120, first.get("count").asInt());
        List<String> seen = new ArrayList<>(ids(first));
        assertEquals(newestFirst.subList(0, 50), seen);
        List<String> arrived = new ArrayList<>(deposits(7));
        while (true) {
            String oldest = seen.get(seen.size() - 1);
            List<String> page = ids(h.result("Ledgers", "end=" + oldest));
            assertEquals(oldest, page.get(0), "end is inclusive");
            seen.addAll(page.subList(1, page.size()));
            arrived.addAll(deposits(3));
            if (page.size() < 50) {
                break;
            }
        }
        assertEquals(newestFirst, seen);

        List<String> forward = ids(h.result("Ledgers", "start=" + booked.get(booked.size() - 1)));
        Collections.reverse(arrived);
        assertEquals(arrived, forward);
    }

    @Test
    void offsetPagesAndWithoutCount() {
        List<String> booked = deposits(60);
        Collections.reverse(booked);
        JsonNode second = h.result("Ledgers", "ofs=50&without_count=true");
        assertFalse(second.has("count"));
        assertEquals(booked.subList(50, 60), ids(second));
        assertEquals(0, ids(h.result("Ledgers", "ofs=60")).size());
    }

    @Test
    void unixTimeBoundsAreStartExclusiveEndInclusive() {
        List<String> booked = deposits(30); // entry i booked at T0 + i seconds
        JsonNode page = h.result("Ledgers", "start=" + (T0_UNIX + 10) + "&end=" + (T0_UNIX + 20));
        List<String> expected = new ArrayList<>(booked.subList(11, 21));
        Collections.reverse(expected);
        assertEquals(expected, ids(page));
        assertEquals(10, page.get("count").asInt());
    }

    @Test
    void anIdBoundSeparatesTheTwoEntriesOfOneTradeThatShareATimestamp() {
        h.exchange.deposit(ExchangeHarness.KEY, "USD", new BigDecimal("10000"));
        clock.advance(Duration.ofSeconds(1));
        h.exchange.updateMarket("BTC/USD", new BigDecimal("30000.0"), new BigDecimal("30001.0"));
        String token = h.token();
        ExchangeHarness.PrivateClient client = h.connect();
        JsonNode ack = client.request(ExchangeHarness.PrivateClient.trading("add_order", token,
                "{\"order_type\":\"market\",\"side\":\"buy\",\"order_qty\":0.1,\"symbol\":\"BTC/USD\"}", 1));
        assertTrue(ack.get("success").asBoolean(), ack.toString());
        List<String> trade = h.exchange.ledgerEntries(ExchangeHarness.KEY).stream()
                .filter(e -> "trade".equals(e.type())).map(e -> e.id()).toList();
        assertEquals(2, trade.size());
        assertEquals(List.of(trade.get(1)), ids(h.result("Ledgers", "start=" + trade.get(0))));
        assertEquals(List.of(trade.get(0)), ids(h.result("Ledgers", "asset=XBT")));
        assertEquals(1, h.result("Ledgers", "type=deposit").get("count").asInt());
        JsonNode queried = h.result("QueryLedgers", "id=" + trade.get(0) + "," + trade.get(1));
        assertEquals("XXBT", queried.at("/" + trade.get(0) + "/asset").asText());
        assertEquals("ZUSD", queried.at("/" + trade.get(1) + "/asset").asText());
    }

    private List<String> deposits(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(h.exchange.deposit(ExchangeHarness.KEY, i % 2 == 0 ? "USD" : "BTC", BigDecimal.ONE));
            clock.advance(Duration.ofSeconds(1));
        }
        return ids;
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("ledger").fieldNames().forEachRemaining(ids::add);
        return ids;
    }
}
