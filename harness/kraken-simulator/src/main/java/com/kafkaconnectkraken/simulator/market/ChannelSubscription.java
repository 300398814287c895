package com.kafkaconnectkraken.simulator.market;

import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.simulator.transport.ClientConnection;

/**
 * One active subscription of one connection to one channel and symbol.
 *
 * @param connection   where frames go
 * @param channel      the channel
 * @param symbol       the symbol, or {@code "*"} for instrument
 * @param size         depth (book, level3), interval minutes (ohlc), otherwise 0
 * @param snapshot     whether the client asked for a snapshot
 * @param eventTrigger ticker {@code event_trigger} ({@code trades} or {@code bbo})
 */
record ChannelSubscription(ClientConnection connection, SpotChannel channel, String symbol, int size, boolean snapshot,
                    String eventTrigger) {

    /** Symbol placeholder for channels without symbols (instrument). */
    static final String ALL_SYMBOLS = "*";

    /** @return the registry key: channel, symbol and, for ohlc, the interval (book depth is not part of it) */
    String key() {
        return channel == SpotChannel.OHLC ? channel.wireName() + '|' + symbol + '|' + size : channel.wireName() + '|' + symbol;
    }
}
