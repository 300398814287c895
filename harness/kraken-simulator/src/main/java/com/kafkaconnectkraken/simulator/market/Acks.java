package com.kafkaconnectkraken.simulator.market;

/**
 * The {@code result} objects of subscribe/unsubscribe acks, field for field as the docs examples
 * show them docs/protocol/kraken-spot.md 1.3, 2.x; e.g. https://docs.kraken.com/api/docs/websocket-v2/book):
 * book {@code channel, depth, snapshot, symbol}; ticker adds {@code event_trigger} (as observed
 * live); ohlc {@code interval} and a deprecation warning; instrument only {@code channel, snapshot}
 * and its warning.
 */
final class Acks {

    private Acks() {
    }

    static FrameWriter.Body subscribed(Subscription sub) {
        Channel channel = sub.channel();
        return g -> {
            g.writeStringField("channel", channel.wireName());
            if (channel == Channel.BOOK) {
                g.writeNumberField("depth", sub.size());
            }
            if (channel == Channel.TICKER) {
                g.writeStringField("event_trigger", sub.eventTrigger());
            }
            if (channel == Channel.OHLC) {
                g.writeNumberField("interval", sub.size());
            }
            g.writeBooleanField("snapshot", sub.snapshot());
            if (channel.hasSymbols()) {
                g.writeStringField("symbol", sub.symbol());
            }
            if (channel.ackWarning() != null) {
                g.writeArrayFieldStart("warnings");
                g.writeString(channel.ackWarning());
                g.writeEndArray();
            }
        };
    }

    static FrameWriter.Body unsubscribed(Subscription sub) {
        Channel channel = sub.channel();
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
            if (channel.hasSymbols()) {
                g.writeStringField("symbol", sub.symbol());
            }
        };
    }
}
