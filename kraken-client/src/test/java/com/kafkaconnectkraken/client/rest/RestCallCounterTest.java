package com.kafkaconnectkraken.client.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.client.spot.protocol.RestTier;
import java.time.Duration;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RestCallCounterTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private RestCallCounter counter(RestTier tier, int historyCost) {
        return new RestCallCounter(tier.maxCounter(), tier.decayPerSecond(), historyCost, nanos::get);
    }

    @Test
    void documentedTierLimits() {
        assertEquals(15, RestTier.STARTER.maxCounter());
        assertEquals(0.33, RestTier.STARTER.decayPerSecond());
        assertEquals(20, RestTier.INTERMEDIATE.maxCounter());
        assertEquals(0.5, RestTier.INTERMEDIATE.decayPerSecond());
        assertEquals(20, RestTier.PRO.maxCounter());
        assertEquals(1.0, RestTier.PRO.decayPerSecond());
    }

    @Test
    void costsFollowBothReadingsOfTheHistoryCost() {
        RestCallCounter two = counter(RestTier.PRO, 2);
        RestCallCounter four = counter(RestTier.PRO, 4);
        for (String history : new String[] {"Ledgers", "QueryLedgers", "TradesHistory", "QueryTrades"}) {
            assertEquals(2, two.costOf(history));
            assertEquals(4, four.costOf(history));
        }
        assertEquals(1, two.costOf("Balance"));
        assertEquals(1, two.costOf("GetWebSocketsToken"));
        assertEquals(0, two.costOf("AddOrder"));
        assertEquals(0, two.costOf("CancelOrder"));
    }

    @Test
    void starterAllowsFifteenThenDecaysAtOneThirdPerSecond() {
        RestCallCounter c = counter(RestTier.STARTER, 2);
        for (int i = 0; i < 15; i++) {
            assertTrue(c.tryAcquire(1), "call " + i);
        }
        assertFalse(c.tryAcquire(1));
        nanos.addAndGet(3_000_000_000L); // 3 s * 0.33 = 0.99 < 1
        assertFalse(c.tryAcquire(1));
        nanos.addAndGet(40_000_000L); // 3.04 s * 0.33 = 1.0032
        assertTrue(c.tryAcquire(1));
    }

    @Test
    void historyCallNeedsRoomForItsWholeCost() {
        RestCallCounter c = counter(RestTier.INTERMEDIATE, 4);
        for (int i = 0; i < 17; i++) {
            assertTrue(c.tryAcquire(1));
        }
        assertFalse(c.tryAcquire(c.costOf("Ledgers")));
        nanos.addAndGet(2_100_000_000L); // -1.05 -> 15.95
        assertTrue(c.tryAcquire(c.costOf("Ledgers")));
        assertEquals(19.95, c.level(), 1e-9);
    }

    @Test
    void acquireGivesUpAtOnceWhenTheDeadlineIsTooShort() throws InterruptedException {
        RestCallCounter c = counter(RestTier.PRO, 2);
        assertTrue(c.acquire(20, Duration.ZERO));
        assertFalse(c.acquire(1, Duration.ofMillis(999))); // needs 1 s of decay
        assertThrows(IllegalArgumentException.class, () -> c.acquire(21, Duration.ofSeconds(60)));
    }

    @Test
    void acquireWaitsUntilTheCounterHasDecayed() throws Exception {
        RestCallCounter c = new RestCallCounter(2, 100.0, 2, nanos::get); // 10 ms of decay per unit
        assertTrue(c.acquire(2, Duration.ZERO));
        FutureTask<Boolean> waiting = new FutureTask<>(() -> c.acquire(1, Duration.ofSeconds(10)));
        Thread waiter = new Thread(waiting, "rest-call-counter-waiter");
        waiter.start();
        awaitState(waiter, Thread.State.TIMED_WAITING);
        assertFalse(waiting.isDone(), "no decay on the test clock: the call waits");
        assertEquals(2.0, c.level(), 1e-9, "nothing was taken while waiting");

        nanos.addAndGet(10_000_000L); // 10 ms: exactly one unit decays
        assertTrue(waiting.get(10, TimeUnit.SECONDS));
        assertEquals(2.0, c.level(), 1e-9, "the decayed unit was taken by the waiting call");
        waiter.join(10_000);
    }

    @Test
    void rateLimitAnswerFillsTheCounter() {
        RestCallCounter c = counter(RestTier.PRO, 2);
        c.onRateLimitExceeded();
        assertFalse(c.tryAcquire(1));
        nanos.addAndGet(1_000_000_000L);
        assertTrue(c.tryAcquire(1));
    }

    @Test
    void rejectsInvalidLimits() {
        assertThrows(IllegalArgumentException.class, () -> new RestCallCounter(20, 0, 2, nanos::get));
        assertThrows(IllegalArgumentException.class, () -> new RestCallCounter(20, 1, 0, nanos::get));
        assertThrows(IllegalArgumentException.class, () -> new RestCallCounter(15, 1, 16, nanos::get));
    }

    /** Waits (bounded) until the thread is parked in the given state, e.g. inside a timed wait. */
    private static void awaitState(Thread thread, Thread.State state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != state) {
            assertTrue(System.nanoTime() < deadline, thread.getName() + " never reached " + state + ", is " + thread.getState());
            Thread.sleep(1);
        }
    }
}
