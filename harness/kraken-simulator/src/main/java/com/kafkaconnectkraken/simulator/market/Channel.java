package com.kafkaconnectkraken.simulator.market;

import java.util.Optional;
import java.util.Set;

/**
 * The market-data channels the simulator serves, with their subscribe parameters
 * docs/protocol/kraken-spot.md 2.1-2.7; pages https://docs.kraken.com/api/docs/websocket-v2/{ticker,book,trade,ohlc,instrument,level3}).
 */
enum Channel {
    TICKER("ticker", true, Set.of(), true, null),
    BOOK("book", true, Set.of(10, 25, 100, 500, 1000), true, null),
    TRADE("trade", true, Set.of(), false, null),
    OHLC("ohlc", true, Set.of(1, 5, 15, 30, 60, 240, 1440, 10080, 21600), true,
            "timestamp is deprecated, use interval_begin"),
    INSTRUMENT("instrument", false, Set.of(), true, "tick_size is deprecated, use price_increment"),
    LEVEL3("level3", true, Set.of(10, 100, 1000), true, null);

    private final String wireName;
    private final boolean hasSymbols;
    private final Set<Integer> allowedSizes;
    private final boolean snapshotByDefault;
    private final String ackWarning;

    Channel(String wireName, boolean hasSymbols, Set<Integer> allowedSizes, boolean snapshotByDefault,
            String ackWarning) {
        this.wireName = wireName;
        this.hasSymbols = hasSymbols;
        this.allowedSizes = allowedSizes;
        this.snapshotByDefault = snapshotByDefault;
        this.ackWarning = ackWarning;
    }

    /** @return the channel with this wire name, if served */
    static Optional<Channel> byWireName(String name) {
        for (Channel c : values()) {
            if (c.wireName.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    String wireName() {
        return wireName;
    }

    /** @return whether subscriptions are per symbol (one ack per symbol) */
    boolean hasSymbols() {
        return hasSymbols;
    }

    /** @return allowed {@code depth} (book, level3) or {@code interval} (ohlc) values; empty if none */
    Set<Integer> allowedSizes() {
        return allowedSizes;
    }

    /** @return the default of {@code snapshot} (false only for trade) */
    boolean snapshotByDefault() {
        return snapshotByDefault;
    }

    /** @return the advisory warning the docs show in this channel's subscribe ack, or null */
    String ackWarning() {
        return ackWarning;
    }

    /** @return the default depth or interval: 10 for book/level3, 1 for ohlc, 0 for others */
    int defaultSize() {
        return switch (this) {
            case BOOK, LEVEL3 -> 10;
            case OHLC -> 1;
            default -> 0;
        };
    }
}
