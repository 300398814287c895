package com.kafkaconnectkraken.client.spot.protocol;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One descriptor per Kraken Spot WebSocket v2 channel (docs/protocol/kraken-spot.md §1.4, §2, §4;
 * https://docs.kraken.com/api/docs/websocket-v2/ticker and sibling pages). Adding a channel is one
 * constant here, one {@code .avsc} per record schema and its mapping; no other code spells a channel name.
 *
 * <p>Data channels carry {@code {"channel":..,"type":"snapshot|update","data":[..]}}; the control
 * channels {@link #STATUS} and {@link #HEARTBEAT} are pushed without a subscription.
 */
public enum SpotChannel {
    /** Level 1 ticker per symbol. */
    TICKER(SpotEndpoint.PUBLIC, true, Set.of("event_trigger", "snapshot"), Set.of("event_trigger"),
            List.of("ticker"), null, List.of(), true),
    /** Level 2 book per symbol, CRC32 verified; a mismatch gives a {@code book_reset} record. */
    BOOK(SpotEndpoint.PUBLIC, true, Set.of("depth", "snapshot"), Set.of("depth"), List.of("book", "book_reset"),
            "depth", List.of(10, 25, 100, 500, 1000), true),
    /** Public trades per symbol. */
    TRADE(SpotEndpoint.PUBLIC, true, Set.of("snapshot"), Set.of(), List.of("trade"), null, List.of(), false),
    /** Candles per symbol and interval (minutes). */
    OHLC(SpotEndpoint.PUBLIC, true, Set.of("interval", "snapshot"), Set.of("interval"), List.of("ohlc"),
            "interval", List.of(1, 5, 15, 30, 60, 240, 1440, 10080, 21600), true),
    /** Asset and pair reference data; no symbols. */
    INSTRUMENT(SpotEndpoint.PUBLIC, false, Set.of("snapshot", "include_tokenized_assets"), Set.of(),
            List.of("instrument_asset", "instrument_pair"), null, List.of(), true),
    /** Order-by-order book per symbol on the level3 endpoint, CRC32 verified. */
    LEVEL3(SpotEndpoint.LEVEL3, true, Set.of("depth", "snapshot"), Set.of("depth"), List.of("level3", "book_reset"),
            "depth", List.of(10, 100, 1000), true),
    /** The account's own orders and fills. */
    EXECUTIONS(SpotEndpoint.PRIVATE, false,
            Set.of("snap_orders", "snap_trades", "snapshot", "order_status", "rebased", "ratecounter", "users"),
            Set.of(), List.of("execution"), null, List.of(), true),
    /** The account's balances and ledger-driven balance changes. */
    BALANCES(SpotEndpoint.PRIVATE, false, Set.of("snapshot", "rebased", "users"), Set.of(), List.of("balance"), null, List.of(), true),
    /** Engine status, pushed on connect and on change (control channel, never subscribed). */
    STATUS(null, false, Set.of(), Set.of(), List.of(), null, List.of(), false),
    /** Keep-alive about once a second once anything is subscribed (control channel). */
    HEARTBEAT(null, false, Set.of(), Set.of(), List.of(), null, List.of(), false);

    private final SpotEndpoint endpoint;
    private final boolean perSymbol;
    private final Set<String> params;
    private final Set<String> identifyingParams;
    private final List<String> recordSchemas;
    private final String sizeParam;
    private final List<Integer> sizes;
    private final boolean snapshotByDefault;
    private final String wireName;

    SpotChannel(SpotEndpoint endpoint, boolean perSymbol, Set<String> params, Set<String> identifyingParams,
                List<String> recordSchemas, String sizeParam, List<Integer> sizes, boolean snapshotByDefault) {
        this.endpoint = endpoint;
        this.perSymbol = perSymbol;
        this.params = params;
        this.identifyingParams = identifyingParams;
        this.recordSchemas = recordSchemas;
        this.sizeParam = sizeParam;
        this.sizes = sizes;
        this.snapshotByDefault = snapshotByDefault;
        this.wireName = name().toLowerCase(Locale.ROOT);
    }

    /** @return Kraken's channel name, e.g. {@code ticker} */
    public String wireName() {
        return wireName;
    }

    /** @return {@link #wireName()}, so logs and error messages show Kraken's name, e.g. {@code book} */
    @Override
    public String toString() {
        return wireName;
    }

    /** @return the endpoint the channel is subscribed on; empty for the control channels */
    public Optional<SpotEndpoint> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /** @return whether the channel is data one subscribes to (not {@link #STATUS} or {@link #HEARTBEAT}) */
    public boolean isSubscribable() {
        return endpoint != null;
    }

    /** @return whether subscribe requests need {@code params.token} (private and level3 endpoints) */
    public boolean requiresToken() {
        return endpoint != null && endpoint.requiresToken();
    }

    /** @return whether the channel takes a {@code symbol} list (one acknowledgement per symbol) */
    public boolean perSymbol() {
        return perSymbol;
    }

    /**
     * @return the subscribe parameters Kraken documents for the channel besides {@code channel},
     *     {@code symbol}, {@code token} and {@code req_id}
     */
    public Set<String> params() {
        return params;
    }

    /**
     * @return the parameters that identify a subscription, hence go into its {@code unsubscribe}
     *     ({@code depth} for books, {@code interval} for ohlc, {@code event_trigger} for ticker)
     *     [INFERRED from the per-channel unsubscribe schemas]
     */
    public Set<String> identifyingParams() {
        return identifyingParams;
    }

    /**
     * @return the parameter that sizes a subscription: {@code depth} (levels per side, book and level3) or
     *     {@code interval} (candle minutes, ohlc); empty for the other channels
     */
    public Optional<String> sizeParam() {
        return Optional.ofNullable(sizeParam);
    }

    /**
     * @return the values Kraken accepts for {@link #sizeParam()}, the default first (book 10, 25, 100, 500,
     *     1000; level3 10, 100, 1000; ohlc 1, 5, 15, 30, 60, 240, 1440, 10080, 21600 minutes); empty if none
     */
    public List<Integer> sizes() {
        return sizes;
    }

    /** @return the default of {@code params.snapshot}: {@code false} for trade, {@code true} for the other data channels */
    public boolean snapshotByDefault() {
        return snapshotByDefault;
    }

    /** @return the Avro record schemas ({@code schemas/<name>.avsc}) the channel's frames become */
    public List<String> recordSchemas() {
        return recordSchemas;
    }

    /**
     * @param wireName a frame's {@code channel} value
     * @return the channel, or empty for a name this project does not know
     */
    public static Optional<SpotChannel> find(String wireName) {
        for (SpotChannel channel : values()) {
            if (channel.wireName.equals(wireName)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }

    /**
     * @param wireName Kraken's channel name
     * @return the channel
     * @throws IllegalArgumentException for an unknown name
     */
    public static SpotChannel fromWire(String wireName) {
        return find(wireName).orElseThrow(() -> new IllegalArgumentException("Unknown channel '" + wireName + "'"));
    }
}
