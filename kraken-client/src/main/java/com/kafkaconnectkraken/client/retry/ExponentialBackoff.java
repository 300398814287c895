package com.kafkaconnectkraken.client.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The project's one retry delay rule, used for reconnects, resubscribes and the sink's retries:
 * exponential growth with a cap and "full jitter" (the delay is drawn uniformly from
 * {@code [0, ceiling]}, so many clients dropped at once do not come back in lock-step). The ceiling
 * of attempt {@code n} (1-based) is {@code min(max, initial * multiplier^(n-1))}.
 *
 * <p>Kraken asks clients to reconnect quickly a few times after a random drop and to stay under
 * about 150 (re)connects per 10 minutes per IP (docs/protocol/kraken-spot.md §1.6,
 * https://docs.kraken.com/api/docs/guides/spot-ws-intro). Thread-safe ({@link Random} is).
 */
public final class ExponentialBackoff {

    private final long initialNanos;
    private final long maxNanos;
    private final double multiplier;
    private final Random random;

    /**
     * @param initial    ceiling of attempt 1 (positive)
     * @param max        cap of every ceiling (&gt;= initial)
     * @param multiplier growth per attempt (&gt;= 1)
     * @param random     jitter source; inject a seeded one for deterministic tests
     * @throws IllegalArgumentException if a bound is out of range
     */
    public ExponentialBackoff(Duration initial, Duration max, double multiplier, Random random) {
        if (initial.isZero() || initial.isNegative() || max.compareTo(initial) < 0 || !(multiplier >= 1.0)) {
            throw new IllegalArgumentException("Invalid backoff: initial " + initial + ", max " + max
                    + ", multiplier " + multiplier);
        }
        this.initialNanos = initial.toNanos();
        this.maxNanos = max.toNanos();
        this.multiplier = multiplier;
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Doubling backoff with an unseeded jitter source.
     *
     * @param initial ceiling of attempt 1 (positive)
     * @param max     cap of every ceiling (&gt;= initial)
     * @return the backoff
     */
    public static ExponentialBackoff doubling(Duration initial, Duration max) {
        return new ExponentialBackoff(initial, max, 2.0, new Random(ThreadLocalRandom.current().nextLong()));
    }

    /**
     * @param attempt attempt number, starting at 1
     * @return the upper bound of that attempt's delay
     * @throws IllegalArgumentException if {@code attempt < 1}
     */
    public Duration ceiling(int attempt) {
        return Duration.ofNanos(ceilingNanos(attempt));
    }

    /**
     * @param attempt attempt number, starting at 1
     * @return a delay drawn uniformly from {@code [0, ceiling(attempt)]}
     * @throws IllegalArgumentException if {@code attempt < 1}
     */
    public Duration delay(int attempt) {
        long ceiling = ceilingNanos(attempt);
        return Duration.ofNanos(Math.round(random.nextDouble() * ceiling));
    }

    private long ceilingNanos(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be >= 1, was " + attempt);
        }
        double grown = initialNanos * Math.pow(multiplier, attempt - 1);
        return grown >= maxNanos ? maxNanos : (long) grown;
    }
}
