package com.kafkaconnectkraken.simulator.market;

import com.fasterxml.jackson.core.JsonGenerator;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * {@code ticker}, {@code trade} and {@code ohlc} data frames docs/protocol/kraken-spot.md §2.1, 2.3, 2.4; pages
 * https://docs.kraken.com/api/docs/websocket-v2/{ticker,trade,ohlc}).
 */
final class MarketFrames {

    private MarketFrames() {
    }

    /** @return a ticker frame; bid/ask with their level quantities from the book */
    static String ticker(Instrument in, String type, SimBook book, TickerStats stats) {
        SimLevel bid = book.levelAt(true, 0);
        SimLevel ask = book.levelAt(false, 0);
        return FrameWriter.write(g -> {
            start(g, SpotChannel.TICKER, type);
            g.writeStartObject();
            g.writeStringField("symbol", in.symbol());
            decimal(g, "bid", bid == null ? BigDecimal.ZERO : in.price(bid.price));
            decimal(g, "bid_qty", in.qty(bid == null ? 0 : bid.total));
            decimal(g, "ask", ask == null ? BigDecimal.ZERO : in.price(ask.price));
            decimal(g, "ask_qty", in.qty(ask == null ? 0 : ask.total));
            decimal(g, "last", stats.last());
            decimal(g, "volume", stats.volume());
            decimal(g, "vwap", stats.vwap());
            decimal(g, "low", stats.low());
            decimal(g, "high", stats.high());
            decimal(g, "change", stats.change());
            decimal(g, "change_pct", stats.changePct());
            g.writeStringField("timestamp", WireTime.nowMicros());
            g.writeEndObject();
            end(g);
        });
    }

    /** @return a trade frame with the given trades, oldest first */
    static String trades(Instrument in, String type, List<TradeTape.Trade> trades) {
        return FrameWriter.write(g -> {
            start(g, SpotChannel.TRADE, type);
            for (TradeTape.Trade t : trades) {
                g.writeStartObject();
                g.writeStringField("symbol", in.symbol());
                g.writeStringField("side", t.takerBuys() ? "buy" : "sell");
                decimal(g, "price", in.price(t.price()));
                decimal(g, "qty", in.qty(t.qty()));
                g.writeStringField("ord_type", t.ordType());
                g.writeNumberField("trade_id", t.tradeId());
                g.writeStringField("timestamp", WireTime.micros(WallClock.instant(t.nanos())));
                g.writeEndObject();
            }
            end(g);
        });
    }

    /** @return an ohlc frame for one candle; the message carries its own {@code timestamp} */
    static String ohlc(Instrument in, String type, Candles candles, Candles.Candle c) {
        return FrameWriter.write(g -> {
            g.writeStartObject();
            g.writeStringField("channel", SpotChannel.OHLC.wireName());
            g.writeStringField("type", type);
            g.writeStringField("timestamp", WireTime.nanos(WallClock.instant(WallClock.epochNanos())));
            g.writeArrayFieldStart("data");
            g.writeStartObject();
            g.writeStringField("symbol", in.symbol());
            decimal(g, "open", in.price(c.open));
            decimal(g, "high", in.price(c.high));
            decimal(g, "low", in.price(c.low));
            decimal(g, "close", in.price(c.close));
            decimal(g, "vwap", candles.vwap(c));
            g.writeNumberField("trades", c.trades);
            decimal(g, "volume", in.qty(c.volume));
            g.writeStringField("interval_begin", WireTime.nanos(WallClock.instant(c.beginNanos)));
            g.writeNumberField("interval", c.intervalMinutes);
            g.writeStringField("timestamp", WireTime.micros(WallClock.instant(c.beginNanos)
                    .plus(Duration.ofMinutes(c.intervalMinutes))));
            g.writeEndObject();
            end(g);
        });
    }

    private static void start(JsonGenerator g, SpotChannel channel, String type) throws IOException {
        g.writeStartObject();
        g.writeStringField("channel", channel.wireName());
        g.writeStringField("type", type);
        g.writeArrayFieldStart("data");
    }

    private static void end(JsonGenerator g) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void decimal(JsonGenerator g, String field, BigDecimal value) throws IOException {
        g.writeFieldName(field);
        g.writeNumber(value);
    }
}
