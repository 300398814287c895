package com.kafkaconnectkraken.simulator.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * The open ohlc candle per interval for one symbol (docs/protocol/kraken-spot.md §2.4). Candles are aligned to the
 * interval in wall-clock time; a trade after the end of the current candle opens a new one.
 */
final class Candles {

    /** One candle; prices in ticks, volume in units, times in epoch nanoseconds. */
    static final class Candle {
        final int intervalMinutes;
        final long beginNanos;
        long open;
        long high;
        long low;
        long close;
        long volume;
        long trades;
        BigDecimal notional = BigDecimal.ZERO;

        Candle(int intervalMinutes, long beginNanos, long price) {
            this.intervalMinutes = intervalMinutes;
            this.beginNanos = beginNanos;
            this.open = price;
            this.high = price;
            this.low = price;
            this.close = price;
        }

        long endNanos() {
            return beginNanos + intervalMinutes * 60_000_000_000L;
        }
    }

    private final Instrument instrument;
    private final Map<Integer, Candle> current = new HashMap<>();

    Candles(Instrument instrument) {
        this.instrument = instrument;
    }

    /** @return the candle open now for {@code interval}, started at {@code lastPrice} if new */
    Candle current(int interval, long lastPrice) {
        long now = WallClock.epochNanos();
        Candle candle = current.get(interval);
        if (candle == null || now >= candle.endNanos()) {
            long length = interval * 60_000_000_000L;
            candle = new Candle(interval, now - Math.floorMod(now, length), candle == null ? lastPrice : candle.close);
            current.put(interval, candle);
        }
        return candle;
    }

    /** Adds a trade to the current candle of {@code interval} and returns that candle. */
    Candle onTrade(int interval, long price, long qty) {
        Candle candle = current(interval, price);
        if (candle.trades == 0 && candle.volume == 0) {
            candle.open = price;
            candle.high = price;
            candle.low = price;
        }
        candle.high = Math.max(candle.high, price);
        candle.low = Math.min(candle.low, price);
        candle.close = price;
        candle.volume += qty;
        candle.trades++;
        candle.notional = candle.notional.add(instrument.price(price).multiply(instrument.qty(qty)));
        return candle;
    }

    /** @return the candle's vwap with price precision (its close while it has no volume) */
    BigDecimal vwap(Candle candle) {
        return candle.volume == 0 ? instrument.price(candle.close)
                : candle.notional.divide(instrument.qty(candle.volume), instrument.pricePrecision(), RoundingMode.HALF_EVEN);
    }
}
