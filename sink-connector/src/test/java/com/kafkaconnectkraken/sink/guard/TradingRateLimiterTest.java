package com.kafkaconnectkraken.sink.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.client.spot.protocol.TradingTier;
import com.kafkaconnectkraken.sink.command.CommandParser;
import com.kafkaconnectkraken.sink.command.OrderCommand;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** Expected counters come from the table in docs/protocol/kraken-spot.md §5.9 (Kraken spot rate limits guide). */
class TradingRateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static final class ManualClock extends Clock {
        Instant now = T0;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final PlacedOrders orders = new PlacedOrders(100);

    private static OrderCommand cmd(String method, Map<String, Object> params) {
        return CommandParser.parse(new SinkRecord("orders", 0, null, null, null, Map.of("method", method, method, params), 1));
    }

    private static OrderCommand add() {
        return cmd("add_order", Map.of("order_type", "market", "side", "buy", "order_qty", "1", "symbol", "BTC/USD"));
    }

    @Test
    void starterTierAllowsSixtyAddsThenRefusesUntilDecay() {
        TradingRateLimiter limiter = new TradingRateLimiter(TradingTier.STARTER, clock, orders);
        for (int i = 0; i < 60; i++) {
            assertEquals(Optional.empty(), limiter.tryAcquire(add()), "add " + i);
        }
        Optional<String> refused = limiter.tryAcquire(add());
        assertTrue(refused.isPresent());
        assertEquals("client rate limit: BTC/USD counter 60.00 + cost 1.00 exceeds 60", refused.get());
        clock.now = T0.plusSeconds(1); // starter decays 1 per second
        assertEquals(Optional.empty(), limiter.tryAcquire(add()));
        assertEquals(60.0, limiter.counter("BTC/USD"), 1e-9);
    }

    @Test
    void cancelCostDependsOnOrderAge() {
        TradingRateLimiter limiter = new TradingRateLimiter(TradingTier.PRO, clock, orders);
        orders.placed("OAAAAA-AAAAA-AAAAAA", null, "BTC/USD", T0);
        orders.placed("OBBBBB-BBBBB-BBBBBB", null, "BTC/USD", T0);
        clock.now = T0.plusSeconds(4);
        limiter.tryAcquire(cmd("cancel_order", Map.of("order_id", List.of("OAAAAA-AAAAA-AAAAAA"))));
        assertEquals(8.0, limiter.counter("BTC/USD"), 1e-9); // < 5 s: +8
        clock.now = T0.plusSeconds(100);
        // decayed by 96 s x 3.75 to 0; an order resting 100 s costs +1 to cancel (< 300 s)
        limiter.tryAcquire(cmd("cancel_order", Map.of("order_id", List.of("OBBBBB-BBBBB-BBBBBB"))));
        assertEquals(1.0, limiter.counter("BTC/USD"), 1e-9);
    }

    @Test
    void amendEditAndBatchCosts() {
        TradingRateLimiter limiter = new TradingRateLimiter(TradingTier.INTERMEDIATE, clock, orders);
        orders.placed("OCCCCC-CCCCC-CCCCCC", "my-order-1", "ETH/USD", T0);
        clock.now = T0.plusSeconds(7);
        limiter.tryAcquire(cmd("amend_order", Map.of("cl_ord_id", "my-order-1", "limit_price", "2")));
        assertEquals(3.0, limiter.counter("ETH/USD"), 1e-9); // +1 fixed, +2 for < 10 s
        limiter.tryAcquire(cmd("edit_order", Map.of("order_id", "OCCCCC-CCCCC-CCCCCC", "symbol", "ETH/USD",
            "order_qty", "2")));
        assertEquals(3.0 + 6.0, limiter.counter("ETH/USD"), 1e-9); // +1 fixed, +5 for < 10 s
        Map<String, Object> order = Map.of("order_type", "market", "side", "buy", "order_qty", "1");
        limiter.tryAcquire(cmd("batch_add", Map.of("symbol", "SOL/USD", "orders", List.of(order, order, order))));
        assertEquals(1.5, limiter.counter("SOL/USD"), 1e-9); // n/2
    }
}
