package com.kafkaconnectkraken.simulator.exchange.engine;

import java.util.Locale;

/**
 * Order time in force: lower case in requests ({@code gtc}), upper case in {@code executions} ({@code GTC})
 * (docs/protocol/kraken-spot.md §4.2, §5.1).
 */
public enum TimeInForce {
    /** Good till cancelled (default). */
    GTC,
    /** Good till {@code expire_time}. */
    GTD,
    /** Immediate or cancel: fills at once or is cancelled. */
    IOC;

    /** @return the value for a request's {@code time_in_force}; {@code null} means {@link #GTC} */
    public static TimeInForce parse(String wire) {
        if (wire == null) {
            return GTC;
        }
        for (TimeInForce t : values()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(wire)) {
                return t;
            }
        }
        throw KrakenRejection.invalidArgument("time_in_force");
    }
}
