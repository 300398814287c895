package com.kafkaconnectkraken.client.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExponentialBackoffTest {

    private static final Duration INITIAL = Duration.ofMillis(100);
    private static final Duration MAX = Duration.ofSeconds(1);

    /** Ceilings 100, 200, 400, 800 ms, then capped at 1000 ms (derived by hand: 100 * 2^(n-1)). */
    private static final long[] EXPECTED_CEILING_MS = {100, 200, 400, 800, 1000, 1000, 1000};

    @Test
    void ceilingGrowsByMultiplierAndIsCapped() {
        ExponentialBackoff backoff = new ExponentialBackoff(INITIAL, MAX, 2.0, new Random(1));
        for (int attempt = 1; attempt <= EXPECTED_CEILING_MS.length; attempt++) {
            assertEquals(Duration.ofMillis(EXPECTED_CEILING_MS[attempt - 1]), backoff.ceiling(attempt), "attempt " + attempt);
        }
        assertEquals(MAX, backoff.ceiling(Integer.MAX_VALUE), "huge attempt numbers stay at the cap");
    }

    @Test
    void everyJitteredDelayLiesBetweenZeroAndTheCeiling() {
        ExponentialBackoff backoff = new ExponentialBackoff(INITIAL, MAX, 2.0, new Random(42));
        for (int attempt = 1; attempt <= EXPECTED_CEILING_MS.length; attempt++) {
            Duration ceiling = Duration.ofMillis(EXPECTED_CEILING_MS[attempt - 1]);
            for (int draw = 0; draw < 1000; draw++) {
                Duration delay = backoff.delay(attempt);
                assertTrue(!delay.isNegative() && delay.compareTo(ceiling) <= 0,
                        "attempt " + attempt + " delay " + delay + " outside [0, " + ceiling + "]");
            }
        }
    }

    @Test
    void jitterIsFullNotPartial() {
        ExponentialBackoff backoff = new ExponentialBackoff(INITIAL, MAX, 2.0, new Random(7));
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int draw = 0; draw < 2000; draw++) {
            long ms = backoff.delay(5).toMillis();
            min = Math.min(min, ms);
            max = Math.max(max, ms);
        }
        assertTrue(min < 50, "full jitter reaches close to 0, min was " + min);
        assertTrue(max > 950, "full jitter reaches close to the 1000 ms ceiling, max was " + max);
    }

    @Test
    void delayIsTheRandomFractionOfTheCeiling() {
        ExponentialBackoff quarter = new ExponentialBackoff(INITIAL, MAX, 2.0, fixed(0.25));
        assertEquals(Duration.ofMillis(25), quarter.delay(1));
        assertEquals(Duration.ofMillis(100), quarter.delay(3));
        assertEquals(Duration.ofMillis(250), quarter.delay(9));
        assertEquals(Duration.ZERO, new ExponentialBackoff(INITIAL, MAX, 2.0, fixed(0.0)).delay(4));
    }

    @Test
    void sameSeedGivesSameDelays() {
        assertEquals(draws(new Random(99)), draws(new Random(99)));
    }

    @Test
    void multiplierOfOneKeepsTheCeilingConstant() {
        ExponentialBackoff flat = new ExponentialBackoff(INITIAL, MAX, 1.0, new Random(3));
        assertEquals(INITIAL, flat.ceiling(1));
        assertEquals(INITIAL, flat.ceiling(30));
    }

    @Test
    void rejectsInvalidSettingsAndAttempts() {
        assertThrows(IllegalArgumentException.class, () -> new ExponentialBackoff(Duration.ZERO, MAX, 2.0, new Random()));
        assertThrows(IllegalArgumentException.class, () -> new ExponentialBackoff(MAX, INITIAL, 2.0, new Random()));
        assertThrows(IllegalArgumentException.class, () -> new ExponentialBackoff(INITIAL, MAX, 0.5, new Random()));
        ExponentialBackoff backoff = new ExponentialBackoff(INITIAL, MAX, 2.0, new Random());
        assertThrows(IllegalArgumentException.class, () -> backoff.delay(0));
    }

    private static List<Duration> draws(Random random) {
        ExponentialBackoff backoff = new ExponentialBackoff(INITIAL, MAX, 2.0, random);
        List<Duration> result = new ArrayList<>();
        for (int attempt = 1; attempt <= 10; attempt++) {
            result.add(backoff.delay(attempt));
        }
        return result;
    }

    private static Random fixed(double value) {
        return new Random() {
            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
