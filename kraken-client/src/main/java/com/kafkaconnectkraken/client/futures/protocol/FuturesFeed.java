package com.kafkaconnectkraken.client.futures.protocol;

import java.util.Locale;
import java.util.Optional;

/**
 * One descriptor per Kraken Futures WebSocket v1 feed (docs/protocol/kraken-futures.md;
 * https://docs.kraken.com/api/docs/futures-api/websocket/ticker and sibling pages). Adding a feed is one
 * constant here, one {@code schemas/futures/<name>.avsc} and its mapping; no other code spells a feed name.
 *
 * <p>Frames are flat JSON objects keyed by {@code feed}; a feed with a snapshot first sends
 * {@code <feed>_snapshot}. Public feeds are subscribed per product id, private ones take no product ids
 * but a signed challenge.
 */
public enum FuturesFeed {
    /** Full ticker per product (prices in quote currency, sizes in contracts). */
    TICKER(false, true, null, "ticker"),
    /** Reduced ticker per product. */
    TICKER_LITE(false, true, null, "ticker_lite"),
    /** Level 2 book per product: {@code book_snapshot}, then one message per changed level, ordered by {@code seq}. */
    BOOK(false, true, "book_snapshot", "book"),
    /** Public trades per product: {@code trade_snapshot}, then one message per trade. */
    TRADE(false, true, "trade_snapshot", "trade"),
    /** Server liveness, about once a second; feeds the watchdog, no records. */
    HEARTBEAT(false, false, null, null),
    /** The account's fills: {@code fills_snapshot} on every subscribe (also after a reconnect), then updates. */
    FILLS(true, false, "fills_snapshot", "fill"),
    /** The account's open orders: {@code open_orders_snapshot}, then deltas (a cancel may carry only ids). */
    OPEN_ORDERS(true, false, "open_orders_snapshot", "open_order"),
    /** {@link #OPEN_ORDERS} with every field of the order. */
    OPEN_ORDERS_VERBOSE(true, false, "open_orders_verbose_snapshot", "open_order"),
    /** The account's positions, each message the full list. */
    OPEN_POSITIONS(true, false, null, "open_position"),
    /** Holding, futures and flex-futures balances: {@code balances_snapshot}, then updates. */
    BALANCES(true, false, "balances_snapshot", "balance"),
    /** Account ledger: {@code account_log_snapshot}, then one {@code new_entry} per message. */
    ACCOUNT_LOG(true, false, "account_log_snapshot", "account_log"),
    /** Platform notifications for the account. */
    NOTIFICATIONS_AUTH(true, false, null, "notification");

    private final boolean authenticated;
    private final boolean perProduct;
    private final String snapshotFeed;
    private final String recordSchema;
    private final String wireName;

    FuturesFeed(boolean authenticated, boolean perProduct, String snapshotFeed, String recordSchema) {
        this.authenticated = authenticated;
        this.perProduct = perProduct;
        this.snapshotFeed = snapshotFeed;
        this.recordSchema = recordSchema;
        this.wireName = name().toLowerCase(Locale.ROOT);
    }

    /** @return Kraken's feed name, e.g. {@code ticker_lite} */
    public String wireName() {
        return wireName;
    }

    /** @return {@link #wireName()}, so logs and messages show Kraken's name */
    @Override
    public String toString() {
        return wireName;
    }

    /** @return whether subscribing needs {@code api_key}, {@code original_challenge} and {@code signed_challenge} */
    public boolean authenticated() {
        return authenticated;
    }

    /** @return whether the subscribe request carries {@code product_ids} */
    public boolean perProduct() {
        return perProduct;
    }

    /** @return the {@code feed} value of the feed's snapshot message, e.g. {@code book_snapshot}; empty if none */
    public Optional<String> snapshotFeed() {
        return Optional.ofNullable(snapshotFeed);
    }

    /**
     * @return the record schema ({@code schemas/futures/<name>.avsc}) the feed's messages become, also the
     *     topic suffix; empty for {@link #HEARTBEAT}
     */
    public Optional<String> recordSchema() {
        return Optional.ofNullable(recordSchema);
    }

    /**
     * @param feed a frame's {@code feed} value, a feed name or a snapshot name
     * @return the feed it belongs to, or empty for a name this project does not know
     */
    public static Optional<FuturesFeed> ofFrame(String feed) {
        for (FuturesFeed f : values()) {
            if (f.wireName.equals(feed) || feed.equals(f.snapshotFeed)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * @param wireName a feed name as a subscribe request spells it (snapshot names are not feed names)
     * @return the feed, or empty for a name this project does not know
     */
    public static Optional<FuturesFeed> find(String wireName) {
        for (FuturesFeed f : values()) {
            if (f.wireName.equals(wireName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * @param wireName Kraken's feed name
     * @return the feed
     * @throws IllegalArgumentException for an unknown name (snapshot names are not feed names)
     */
    public static FuturesFeed fromWire(String wireName) {
        return find(wireName).orElseThrow(() -> new IllegalArgumentException("Unknown Kraken Futures feed '" + wireName + "'"));
    }
}
