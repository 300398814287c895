package com.kafkaconnectkraken.simulator.market;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rolling statistics behind the {@code ticker} channel (docs/protocol/kraken-spot.md §2.1), accumulated since the
 * simulator started (standing in for Kraken's 24 h window): last, low, high, volume (base),
 * vwap, change (quote) and change_pct (percentage points, 2 decimals).
 */
final class TickerStats {

    private final Instrument instrument;
    private final long open;
    private long last;
    private long low;
    private long high;
    private long volume;
    private BigDecimal notional = BigDecimal.ZERO;

    TickerStats(Instrument instrument) {
        this.instrument = instrument;
        this.open = instrument.startTicks();
        this.last = open;
        this.low = open;
        this.high = open;
    }

    void onTrade(long price, long qty) {
        last = price;
        low = Math.min(low, price);
        high = Math.max(high, price);
        volume += qty;
        notional = notional.add(instrument.price(price).multiply(instrument.qty(qty)));
    }

    BigDecimal last() {
        return instrument.price(last);
    }

    BigDecimal low() {
        return instrument.price(low);
    }

    BigDecimal high() {
        return instrument.price(high);
    }

    BigDecimal volume() {
        return instrument.qty(volume);
    }

    /** @return volume-weighted average price, {@code last} before the first trade */
    BigDecimal vwap() {
        return volume == 0 ? last() : notional.divide(volume(), instrument.pricePrecision(), RoundingMode.HALF_EVEN);
    }

    BigDecimal change() {
        return instrument.price(last - open);
    }

    BigDecimal changePct() {
        return BigDecimal.valueOf(last - open).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(open), 2, RoundingMode.HALF_EVEN);
    }
}
