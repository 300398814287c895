package com.kafkaconnectkraken.source.mapping;

/**
 * What a JSON number in a timestamp field counts: Kraken Spot REST sends unix seconds (with a fraction,
 * e.g. {@code 1688464484.1787}), Kraken Futures epoch milliseconds (e.g. {@code 1612269825817}).
 * Either way {@code 0} means unset.
 */
public enum NumericTime {
    /** Unix seconds, any number of decimals. */
    EPOCH_SECONDS(9),
    /** Epoch milliseconds, any number of decimals. */
    EPOCH_MILLIS(6);

    private final int nanosShift;

    NumericTime(int nanosShift) {
        this.nanosShift = nanosShift;
    }

    /** @return the power of ten that turns one unit into nanoseconds */
    int nanosShift() {
        return nanosShift;
    }
}
