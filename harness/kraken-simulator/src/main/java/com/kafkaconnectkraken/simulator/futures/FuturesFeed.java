package com.kafkaconnectkraken.simulator.futures;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Kraken Futures WebSocket v1 feeds the simulator serves
 * (https://docs.kraken.com/api/docs/futures-api/websocket/ticker and the sibling pages; docs/protocol/kraken-futures.md).
 * Public per-product feeds take {@code product_ids}; {@code heartbeat} and the private feeds take none; private feeds
 * need a signed challenge.
 */
enum FuturesFeed {
    TICKER("ticker", Kind.PRODUCT),
    TICKER_LITE("ticker_lite", Kind.PRODUCT),
    BOOK("book", Kind.PRODUCT),
    TRADE("trade", Kind.PRODUCT),
    HEARTBEAT("heartbeat", Kind.CONNECTION),
    FILLS("fills", Kind.ACCOUNT),
    OPEN_ORDERS("open_orders", Kind.ACCOUNT),
    OPEN_ORDERS_VERBOSE("open_orders_verbose", Kind.ACCOUNT),
    OPEN_POSITIONS("open_positions", Kind.ACCOUNT),
    BALANCES("balances", Kind.ACCOUNT),
    ACCOUNT_LOG("account_log", Kind.ACCOUNT),
    NOTIFICATIONS_AUTH("notifications_auth", Kind.ACCOUNT);

    /** What a subscription to the feed is keyed by. */
    enum Kind {
        /** Public, one subscription per product id. */
        PRODUCT,
        /** Public, one per connection, no product ids ({@code heartbeat}). */
        CONNECTION,
        /** Private (signed challenge), one per connection and account, no product ids. */
        ACCOUNT
    }

    private final String wire;
    private final Kind kind;

    FuturesFeed(String wire, Kind kind) {
        this.wire = wire;
        this.kind = kind;
    }

    /** @return the feed name on the wire, e.g. {@code book} */
    String wire() {
        return wire;
    }

    /** @return how subscriptions to this feed are keyed */
    Kind kind() {
        return kind;
    }

    /** @return whether the feed needs a signed challenge */
    boolean isPrivate() {
        return kind == Kind.ACCOUNT;
    }

    /** @return the feed with this wire name (exact, case-sensitive), if served */
    static Optional<FuturesFeed> find(String wire) {
        return Arrays.stream(values()).filter(f -> f.wire.equals(wire)).findFirst();
    }
}
