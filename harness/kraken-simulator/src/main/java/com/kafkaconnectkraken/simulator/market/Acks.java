package com.kafkaconnectkraken.simulator.market;

import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;

/**
 * The {@code result} objects of subscribe/unsubscribe acks, field for field as the docs examples
 * show them (docs/protocol/kraken-spot.md §1.3, 2.x; e.g. https://docs.kraken.com/api/docs/websocket-v2/book):
 * book {@code channel, depth, snapshot, symbol}; ticker adds {@code event_trigger} (as observed
 * live); ohlc {@code interval} and a deprecation warning; instrument only {@code channel, snapshot}
 * and its warning.
 */
final class Acks {

    private Acks() {
    }

    static FrameWriter.Body subscribed(ChannelSubscription sub) {
        SpotChannel channel = sub.channel();
        return g -> {
            g.writeStringField("channel", channel.wireName());
            if (channel == SpotChannel.BOOK) {
                g.writeNumberField("depth", sub.size());
            }
            if (channel == SpotChannel.TICKER) {
                g.writeStringField("event_trigger", sub.eventTrigger());
            }
            if (channel == SpotChannel.OHLC) {
                g.writeNumberField("interval", sub.size());
            }
            g.writeBooleanField("snapshot", sub.snapshot());
            if (channel.perSymbol()) {
                g.writeStringField("symbol", sub.symbol());
            }
            String warning = warning(channel);
            if (warning != null) {
                g.writeArrayFieldStart("warnings");
                g.writeString(warning);
                g.writeEndArray();
            }
        };
    }

    static FrameWriter.Body unsubscribed(ChannelSubscription sub) {
        SpotChannel channel = sub.channel();
        return g -> {
            g.writeStringField("channel", channel.wireName());
            switch (channel) {
                case BOOK -> {
                    g.writeNumberField("depth", sub.size());
                    g.writeBooleanField("snapshot", sub.snapshot());
                }
                case TICKER -> g.writeStringField("event_trigger", sub.eventTrigger());
                case OHLC -> g.writeNumberField("interval", sub.size());
                default -> {
                }
            }
            if (channel.perSymbol()) {
                g.writeStringField("symbol", sub.symbol());
            }
        };
    }

    /** @return the deprecation warning the docs show in the channel's subscribe ack, or {@code null} */
    private static String warning(SpotChannel channel) {
        return switch (channel) {
            case OHLC -> "timestamp is deprecated, use interval_begin";
            case INSTRUMENT -> "tick_size is deprecated, use price_increment";
            default -> null;
        };
    }
}
