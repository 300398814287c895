package com.kafkaconnectkraken.sink.guard;

import java.time.Duration;

/**
 * Costs each trading transaction adds to Kraken's per-pair rate counter (PROTOCOL.md §5.9): a
 * fixed part on receipt plus a part that depends on how long the affected order has rested.
 */
final class RateCosts {

    private static final long[] AGE_LIMITS_S = {5, 10, 15, 45, 90, 300};
    private static final int[] AMEND = {3, 2, 1, 0, 0, 0};
    private static final int[] EDIT = {6, 5, 4, 2, 1, 0};
    private static final int[] CANCEL = {8, 6, 5, 4, 2, 1};

    private RateCosts() {
    }

    /** @return cost of add_order: +1. */
    static double add() {
        return 1;
    }

    /** @return cost of batch_add with n orders: +n/2. */
    static double batchAdd(int n) {
        return n / 2.0;
    }

    /** @return cost of amend_order on an order of the given age (null = unknown, counted as youngest). */
    static double amend(Duration age) {
        return 1 + byAge(AMEND, age);
    }

    /** @return cost of edit_order on an order of the given age (null = unknown, counted as youngest). */
    static double edit(Duration age) {
        return 1 + byAge(EDIT, age);
    }

    /** @return cost of cancelling one order of the given age (null = unknown, counted as youngest). */
    static double cancel(Duration age) {
        return byAge(CANCEL, age);
    }

    private static int byAge(int[] costs, Duration age) {
        if (age == null) {
            return costs[0];
        }
        for (int i = 0; i < AGE_LIMITS_S.length; i++) {
            if (age.compareTo(Duration.ofSeconds(AGE_LIMITS_S[i])) < 0) {
                return costs[i];
            }
        }
        return 0;
    }
}
