package com.kafkaconnectkraken.source.stream;

import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.client.ws.Subscription;
import com.kafkaconnectkraken.source.config.KrakenSourceConnectorConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The WS v2 subscribe requests of a task, built from the config (parameter names per
 * https://docs.kraken.com/api/docs/websocket-v2/ticker and sibling pages).
 */
final class Subscriptions {

    private Subscriptions() {
    }

    /** Subscriptions of one channel for the given symbols (one per ohlc interval). */
    static List<Subscription> of(SpotChannel channel, List<String> symbols, KrakenSourceConnectorConfig config) {
        List<Subscription> out = new ArrayList<>();
        switch (channel) {
            case TICKER:
                out.add(Subscription.of(SpotChannel.TICKER, symbols).withParam("event_trigger", config.tickerEventTrigger())
                        .withParam("snapshot", config.snapshot()));
                break;
            case BOOK:
                out.add(book(symbols, config));
                break;
            case TRADE:
                out.add(Subscription.of(SpotChannel.TRADE, symbols).withParam("snapshot", config.tradeSnapshot()));
                break;
            case OHLC:
                config.ohlcIntervals().forEach(interval -> out.add(Subscription.of(SpotChannel.OHLC, symbols)
                        .withParam("interval", interval).withParam("snapshot", config.snapshot())));
                break;
            case INSTRUMENT:
                out.add(instrument());
                break;
            case LEVEL3:
                out.add(level3(symbols, config));
                break;
            case EXECUTIONS:
                out.add(Subscription.of(SpotChannel.EXECUTIONS, List.of()).withParam("snap_orders", config.executionsSnapOrders())
                        .withParam("snap_trades", config.executionsSnapTrades()));
                break;
            case BALANCES:
                out.add(Subscription.of(SpotChannel.BALANCES, List.of()).withParam("snapshot", config.snapshot()));
                break;
            default:
                throw new IllegalArgumentException("Unknown channel " + channel);
        }
        return out;
    }

    /** The instrument subscription (also used only for checksum precisions). */
    static Subscription instrument() {
        return Subscription.of(SpotChannel.INSTRUMENT, List.of()).withParam("snapshot", true);
    }

    /** The book subscription of some symbols (snapshot always on: the book needs it). */
    static Subscription book(List<String> symbols, KrakenSourceConnectorConfig config) {
        return Subscription.of(SpotChannel.BOOK, symbols).withParam("depth", config.bookDepth()).withParam("snapshot", true);
    }

    /** The level3 subscription of some symbols. */
    static Subscription level3(List<String> symbols, KrakenSourceConnectorConfig config) {
        return Subscription.of(SpotChannel.LEVEL3, symbols).withParam("depth", config.level3Depth()).withParam("snapshot", true);
    }
}
