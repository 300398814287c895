package com.kafkaconnectkraken.client.spot.protocol;

import java.time.Duration;

/**
 * What each trading transaction adds to Kraken's per-pair trading rate counter: a fixed part on receipt
 * plus a part that falls with the age of the affected order (docs/protocol/kraken-spot.md §5.9,
 * https://docs.kraken.com/api/docs/guides/spot-ratelimits). Ages below 5, 10, 15, 45, 90 and 300 s:
 * amend +3/+2/+1/0/0/0, edit +6/+5/+4/+2/+1/0, cancel +8/+6/+5/+4/+2/+1; older orders add nothing.
 * An unknown age ({@code null}) counts as the youngest, the most expensive.
 */
public final class RateCosts {

    private static final long[] AGE_LIMITS_MS = {5_000, 10_000, 15_000, 45_000, 90_000, 300_000};
    private static final int[] AMEND = {3, 2, 1, 0, 0, 0};
    private static final int[] EDIT = {6, 5, 4, 2, 1, 0};
    private static final int[] CANCEL = {8, 6, 5, 4, 2, 1};

    private RateCosts() {
    }

    /** @return the cost of one {@code add_order}: +1 */
    public static double add() {
        return 1;
    }

    /**
     * @param orders the number of orders in the batch
     * @return the cost of a {@code batch_add}: +n/2
     */
    public static double batchAdd(int orders) {
        return orders / 2.0;
    }

    /**
     * @param age how long the order has rested, or {@code null} when unknown
     * @return the cost of an {@code amend_order}: +1 plus the age part
     */
    public static double amend(Duration age) {
        return 1 + byAge(AMEND, age);
    }

    /**
     * @param age how long the order has rested, or {@code null} when unknown
     * @return the cost of an {@code edit_order}: +1 plus the age part
     */
    public static double edit(Duration age) {
        return 1 + byAge(EDIT, age);
    }

    /**
     * @param age how long the order has rested, or {@code null} when unknown
     * @return the cost of cancelling one order: the age part only
     */
    public static double cancel(Duration age) {
        return byAge(CANCEL, age);
    }

    private static int byAge(int[] costs, Duration age) {
        if (age == null) {
            return costs[0];
        }
        long ms = Math.max(0, age.toMillis());
        for (int i = 0; i < AGE_LIMITS_MS.length; i++) {
            if (ms < AGE_LIMITS_MS[i]) {
                return costs[i];
            }
        }
        return 0;
    }
}
