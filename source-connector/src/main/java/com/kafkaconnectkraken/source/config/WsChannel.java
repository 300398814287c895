package com.kafkaconnectkraken.source.config;

import java.util.Locale;

/**
 * The Kraken WebSocket v2 channels the source connector can subscribe to
 * (https://docs.kraken.com/api/docs/websocket-v2/ticker and sibling pages).
 */
public enum WsChannel {
    /** Level 1 ticker; public; per symbol. */
    TICKER(false, true),
    /** Level 2 book, checksum-verified; public; per symbol. */
    BOOK(false, true),
    /** Public trades; per symbol. */
    TRADE(false, true),
    /** Candles per interval; public; per symbol. */
    OHLC(false, true),
    /** Asset and pair reference data; public; no symbols. */
    INSTRUMENT(false, false),
    /** Order-level book on the level3 endpoint; token required; per symbol. */
    LEVEL3(true, true),
    /** Own orders and fills; private. */
    EXECUTIONS(true, false),
    /** Own balances and ledger-driven balance changes; private. */
    BALANCES(true, false);

    private final boolean requiresCredentials;
    private final boolean perSymbol;

    WsChannel(boolean requiresCredentials, boolean perSymbol) {
        this.requiresCredentials = requiresCredentials;
        this.perSymbol = perSymbol;
    }

    /** Whether a WebSocket token (hence an API key and secret) is needed. */
    public boolean requiresCredentials() {
        return requiresCredentials;
    }

    /** Whether the channel is subscribed per symbol (split across tasks). */
    public boolean perSymbol() {
        return perSymbol;
    }

    /** Kraken's channel name, e.g. {@code ticker}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Looks a channel up by Kraken's name.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static WsChannel fromWire(String name) {
        for (WsChannel channel : values()) {
            if (channel.wireName().equals(name)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("Unknown channel '" + name + "'");
    }
}
